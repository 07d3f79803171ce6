import { describe, expect, it } from "vitest";
import { apprenticeSignSchema } from "@/lib/apprentices/agreement/schemas";
import { DISABILITY_CODES, EDUCATION_CODES, GENDER_OPTIONS } from "@/lib/apprentices/codes";
import { RAPIDS_HEADER, rapidsCsv, rapidsRow } from "@/lib/rapids/csv";
import {
  NOT_SELF_IDENTIFIED,
  answeredSelfIdentification,
  raceFlags,
  rapidsDemographics,
} from "@/lib/apprentices/self-identification/answers";
import { DISABILITY_DISCLOSURE } from "@/lib/apprentices/self-identification/disability-disclosure";
import { SelfIdentificationSchema } from "@/lib/apprentices/self-identification/schemas";
import { fieldErrorsOf } from "@/lib/forms/form-data";
import { SAMPLE_RAPIDS_APPRENTICE as SAMPLE } from "../support/rapids-fixtures";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";

// The apprentice's voluntary self-identification: optional questions that default to RAPIDS' "did not
// self-identify", and the codes they are stored and exported as.

const errors = (input: Record<string, unknown>) => {
  const result = SelfIdentificationSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("the self-identification questions", () => {
  it("are each optional: nothing answered (absent, blank, or an unchosen radio) is 'did not self-identify'", () => {
    const declined = {
      gender: "9",
      ethnicity: "9",
      races: [],
      veteranStatus: "9",
      disabilityStatus: "9",
      educationLevel: "5",
    };
    expect(SelfIdentificationSchema.parse({})).toEqual(declined);
    expect(
      SelfIdentificationSchema.parse({
        gender: "",
        ethnicity: null,
        races: false,
        veteranStatus: "",
        disabilityStatus: null,
        educationLevel: "",
      }),
    ).toEqual(declined);
    expect(rapidsDemographics(SelfIdentificationSchema.parse({}))).toEqual({
      gender: "9",
      ethnicity: 9,
      raceAmericanIndian: 9,
      raceAsian: 9,
      raceBlack: 9,
      racePacificIslander: 9,
      raceWhite: 9,
      veteranStatus: 9,
      disabilityStatus: 9,
      educationLevel: 5,
    });
    expect(NOT_SELF_IDENTIFIED).toEqual(rapidsDemographics(SelfIdentificationSchema.parse({})));
  });

  it("accept only RAPIDS' codes, each refusal next to its question", () => {
    for (const field of ["gender", "ethnicity", "veteranStatus", "disabilityStatus", "educationLevel"]) {
      expect(errors({ [field]: "7x" })).toEqual({
        [field]: ["Choose one of the answers, or “I do not wish to answer”."],
      });
    }
    expect(errors({ races: ["purple"] })).toEqual({ races: ["Choose races from the list."] });
    expect(errors({ races: ["raceAsian", "declined"] }).races?.[0]).toMatch(/not both/);
    expect(errors({ races: "raceAsian" })).toEqual({});
  });

  it("map the answers to the RAPIDS columns, races several at once", () => {
    const answers = SelfIdentificationSchema.parse({
      gender: "F",
      ethnicity: "1",
      races: ["raceAsian", "raceWhite"],
      veteranStatus: "4",
      disabilityStatus: "1",
      educationLevel: "6",
    });
    expect(rapidsDemographics(answers)).toEqual({
      gender: "F",
      ethnicity: 1,
      raceAmericanIndian: 0,
      raceAsian: 1,
      raceBlack: 0,
      racePacificIslander: 0,
      raceWhite: 1,
      veteranStatus: 4,
      disabilityStatus: 1,
      educationLevel: 6,
    });
    // "I do not wish to answer" and no box ticked both read 9 in every race column.
    expect(Object.values(raceFlags(["declined"]))).toEqual([9, 9, 9, 9, 9]);
    expect(Object.values(raceFlags([]))).toEqual([9, 9, 9, 9, 9]);
    // Education's "did not self-identify" is 5; its 9 is a doctorate, an answer.
    expect(EDUCATION_CODES.find((o) => o.value === "9")?.label).toMatch(/Doctorate/);
    expect(answeredSelfIdentification(rapidsDemographics({ ...answers, gender: "9" }))).toBe(true);
  });

  it("count as answered only when at least one answer is more than 'did not self-identify'", () => {
    expect(answeredSelfIdentification(null)).toBe(false);
    expect(answeredSelfIdentification(NOT_SELF_IDENTIFIED)).toBe(false);
    expect(answeredSelfIdentification({ ...NOT_SELF_IDENTIFIED, educationLevel: 9 })).toBe(true);
    expect(answeredSelfIdentification({ ...NOT_SELF_IDENTIFIED, raceBlack: 0 })).toBe(true);
  });

  it("go into the RAPIDS row as stored, and the row still conforms to DOL's table schema", () => {
    const demographics = rapidsDemographics(
      SelfIdentificationSchema.parse({ gender: "M", races: ["raceBlack"], disabilityStatus: "2" }),
    );
    const row = rapidsRow({ ...SAMPLE, demographics });
    const at = (column: string) => row[RAPIDS_HEADER.indexOf(column)];
    expect([at("Gender"), at("Black / African American"), at("Asian"), at("Apprentice Disability Status")]).toEqual([
      "M",
      1,
      0,
      2,
    ]);
    expect([at("Ethnicity Hispanic / Latino"), at("Veteran Status"), at("Apprentice Education Level")]).toEqual([
      9, 9, 5,
    ]);
    expect(tableSchemaProblems(rapidsCsv([{ ...SAMPLE, demographics }]), readTableSchema(RAPIDS_TABLESCHEMA))).toEqual(
      [],
    );
  });

  it("are part of the apprentice's signing form, which still requires the signature", () => {
    const signing = apprenticeSignSchema(false).safeParse({ token: "t", signerName: "", consent: "", gender: "X" });
    expect(signing.success).toBe(false);
    expect(Object.keys(fieldErrorsOf(signing.error!)).sort()).toEqual(["consent", "gender", "signerName"]);
    const signed = apprenticeSignSchema(true).parse({
      token: "t",
      signerName: "Ana Lee",
      consent: "yes",
      guardianName: "Bo Lee",
      guardianRelationship: "Father",
      guardianConsent: "yes",
      disabilityStatus: "2",
    });
    expect(signed).toMatchObject({ disabilityStatus: "2", gender: "9", educationLevel: "5" });
  });

  it("ask about disability in the words of the Voluntary Disability Disclosure Form", () => {
    expect(DISABILITY_CODES.map((o) => o.label)).toEqual([
      "Yes, I have a disability (or previously had a disability)",
      "No, I do not have a disability",
      "I do not wish to answer",
    ]);
    expect(DISABILITY_DISCLOSURE.why.heading).toBe("Why are you being asked to complete this form?");
    expect(DISABILITY_DISCLOSURE.how.examples).toContain("Impairments requiring the use of a wheelchair");
    expect(GENDER_OPTIONS.at(-1)?.label).toBe("I do not wish to answer");
  });
});
