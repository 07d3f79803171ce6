import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/form-data";
import { MAX_PDF_UPLOAD_BYTES } from "@/lib/forms/fields";
import { RequestSignOffSchema, SignOffSkillSchema, UndoSignOffSchema } from "@/lib/training/skills/schemas";

// The forms of skill sign-offs (issue 17), as the skill's page posts them. The rules that need the database (the
// schedule, the start date, who signs off) are in tests/integration/training-skills.test.ts.

const APPRENTICE_ID = "capprentice000000000000001";
const SIGN_OFF_ID = "csignoff00000000000000001";

const signOff = (fields: Record<string, unknown> = {}) => ({
  apprenticeId: APPRENTICE_ID,
  skillCode: "1.04",
  demonstratedOn: "2026-11-30",
  note: "",
  evidence: new File([], ""),
  ...fields,
});
const errorsOf = (input: unknown) => {
  const parsed = SignOffSkillSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("the sign-off form (SignOffSkillSchema)", () => {
  it("reads a day, and a blank note and an unchosen file as none", () => {
    expect(SignOffSkillSchema.parse(signOff({ demonstratedOn: " 2026-11-30 " }))).toEqual({
      apprenticeId: APPRENTICE_ID,
      skillCode: "1.04",
      demonstratedOn: "2026-11-30",
      note: undefined,
      evidence: undefined,
    });
    const file = new File(["%PDF-"], "checklist.pdf");
    expect(SignOffSkillSchema.parse(signOff({ note: " Watched it. ", evidence: file }))).toMatchObject({
      note: "Watched it.",
      evidence: file,
    });
  });

  it("tells a blank day once, and a day that is no date as such", () => {
    expect(errorsOf(signOff({ demonstratedOn: "" }))).toEqual({
      demonstratedOn: ["Enter the day the apprentice showed the skill."],
    });
    expect(errorsOf(signOff({ demonstratedOn: undefined }))).toEqual({
      demonstratedOn: ["Enter the day the apprentice showed the skill."],
    });
    for (const day of ["2026-02-30", "2026-13-01", "30/11/2026", "2026-11-3", "yesterday"]) {
      expect(errorsOf(signOff({ demonstratedOn: day })), day).toEqual({
        demonstratedOn: ["Enter the day as a date, like 2027-03-15."],
      });
    }
  });

  it("refuses evidence over 10 MB before reading it", () => {
    const big = new File([new Uint8Array(MAX_PDF_UPLOAD_BYTES + 1)], "scan.pdf");
    expect(errorsOf(signOff({ evidence: big }))).toEqual({
      evidence: ["The evidence file is larger than 10 MB. Attach a smaller one."],
    });
  });

  it("takes only a skill code shaped like the schedule's, for every form that names one", () => {
    for (const code of ["../1.04", "1.04/x", "", " ", "a".repeat(33), "1.04?done=x"]) {
      expect(errorsOf(signOff({ skillCode: code })), code).toEqual({
        skillCode: ["This page is out of date. Reload it and try again."],
      });
      expect(RequestSignOffSchema.safeParse({ apprenticeId: APPRENTICE_ID, skillCode: code }).success, code).toBe(
        false,
      );
    }
    expect(RequestSignOffSchema.parse({ apprenticeId: APPRENTICE_ID, skillCode: "10.12", note: "" })).toEqual({
      apprenticeId: APPRENTICE_ID,
      skillCode: "10.12",
      note: undefined,
    });
  });
});

describe("the undo form (UndoSignOffSchema)", () => {
  it("needs a reason", () => {
    const parsed = UndoSignOffSchema.safeParse({ apprenticeId: APPRENTICE_ID, signOffId: SIGN_OFF_ID, reason: " " });
    expect(parsed.success).toBe(false);
    expect(parsed.success ? {} : Object.keys(fieldErrorsOf(parsed.error))).toEqual(["reason"]);
    expect(
      UndoSignOffSchema.parse({ apprenticeId: APPRENTICE_ID, signOffId: SIGN_OFF_ID, reason: " Wrong skill. " }),
    ).toEqual({ apprenticeId: APPRENTICE_ID, signOffId: SIGN_OFF_ID, reason: "Wrong skill." });
  });
});
