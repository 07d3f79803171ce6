import { describe, expect, it } from "vitest";
import {
  APPRENTICE_TYPE_CODES,
  CAREER_CONNECTION_CODES,
  CAREER_LINKAGE_CODES,
  DISABILITY_CODES,
  EDUCATION_CODES,
  EMPLOYMENT_STATUS_OPTIONS,
  ETHNICITY_CODES,
  GENDER_OPTIONS,
  STUDENT_STATUS_CODES,
  SUFFIX_OPTIONS,
  VETERAN_CODES,
  WAGE_UNITS,
} from "@/lib/apprentices/codes";
import { ageOn, enrollmentSchema, isPlausibleSsn, type EnrollmentLimits } from "@/lib/apprentices/enrollment/schemas";
import { fieldErrorsOf } from "@/lib/forms/form-data";
import { creditStandards } from "@/lib/program/standards/model";
import { STANDARDS_V1 } from "@/tests/support/standards";
import { RAPIDS_TABLESCHEMA, categoryValue, readTableSchema } from "../support/tableschema";

// Every RAPIDS rule the enrollment form enforces, one case each, against the limits an organization passes in.

const standards = creditStandards(STANDARDS_V1);
const ACCEPTED: EnrollmentLimits = { agencyAcceptedOn: "2026-10-01", today: "2026-11-24", standards };
const PENDING: EnrollmentLimits = { agencyAcceptedOn: null, today: "2026-11-24", standards };

const VALID = {
  employmentStatus: "NEW_EMPLOYEE",
  firstName: "José",
  lastName: "Nguyễn",
  dateOfBirth: "2000-05-17",
  startDate: "2027-01-04",
  ssn: "",
  email: "jose@example.org",
  streetAddress: "12 Lake St",
  city: "Madison",
  state: "WI",
  postalCode: "53703",
  rtiProviderId: "cmadisoncollegeprovider00",
  creditPreviousTrainingHours: "0",
  priorWage: "17.50",
  priorWageUnit: "H",
  studentStatus: "NA",
  masteredSkillSets: [],
  evidence: {},
};

/** The field errors for VALID with `changes` applied, under `limits`. */
function errors(changes: Record<string, unknown>, limits = ACCEPTED) {
  const result = enrollmentSchema(limits).safeParse({ ...VALID, ...changes });
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("the enrollment form's RAPIDS rules", () => {
  it("accepts a complete enrollment and keeps what DOL needs", () => {
    const parsed = enrollmentSchema(ACCEPTED).parse({ ...VALID, ssn: "123-45-6789" });
    expect(parsed).toMatchObject({ firstName: "José", priorWage: 1750, creditPreviousTrainingHours: 0 });
    // In the browser react-hook-form reports an unticked checkbox as false; a posted form leaves it out.
    const unticked = { wioaParticipant: false, taaParticipant: false, removeSsn: false };
    expect(enrollmentSchema(ACCEPTED).parse({ ...VALID, ...unticked })).toMatchObject({ wioaParticipant: undefined });
    expect(enrollmentSchema(ACCEPTED).parse({ ...VALID, wioaParticipant: "yes" })).toMatchObject({
      wioaParticipant: "yes",
    });
  });

  it("has no self-identification questions: answers an employer posts are dropped, not stored", () => {
    const posted = { gender: "F", ethnicity: "1", races: ["raceAsian"], disabilityStatus: "1", educationLevel: "7" };
    const parsed = enrollmentSchema(ACCEPTED).parse({ ...VALID, ...posted, veteranStatus: "1" });
    for (const key of [...Object.keys(posted), "veteranStatus"]) expect(parsed).not.toHaveProperty(key);
  });

  it("limits names, street and city to 55 characters and refuses formula starts", () => {
    for (const field of ["firstName", "lastName", "middleName", "streetAddress", "city"]) {
      expect(errors({ [field]: "a".repeat(55) })).toEqual({});
      expect(errors({ [field]: "a".repeat(56) })[field]?.[0]).toMatch(/55 characters/);
      expect(errors({ [field]: "=HYPERLINK(1)" })[field]?.[0]).toMatch(/cannot start with/);
    }
    expect(errors({ firstName: " " }).firstName).toEqual(["Enter the first name."]);
    expect(errors({ lastName: "O\u0000Brien" }).lastName?.[0]).toMatch(/control characters/);
  });

  it("requires the apprentice to be at least 16 on the start date", () => {
    expect(errors({ dateOfBirth: "2011-01-04", startDate: "2027-01-04" })).toEqual({});
    expect(errors({ dateOfBirth: "2011-01-05", startDate: "2027-01-04" }).dateOfBirth).toEqual([
      "Apprentices must be at least 16 on their start date.",
    ]);
    expect(errors({ dateOfBirth: "2025-02-30" }).dateOfBirth).toEqual(["Enter the date of birth as a real date."]);
    expect(errors({ dateOfBirth: "1899-12-31" }).dateOfBirth).toBeDefined();
    expect(ageOn(new Date("2008-02-29T00:00:00Z"), new Date("2026-02-28T00:00:00Z"))).toBe(17);
    expect(ageOn(new Date("2008-02-29T00:00:00Z"), new Date("2026-03-01T00:00:00Z"))).toBe(18);
  });

  it("starts no earlier than the program's registration, or today while it is pending, and within a year", () => {
    expect(errors({ startDate: "2026-10-01" })).toEqual({});
    expect(errors({ startDate: "2026-09-30" }).startDate?.[0]).toMatch(
      /before the Registration Agency accepted your organization/,
    );
    expect(errors({ startDate: "2026-11-23" }, PENDING).startDate?.[0]).toMatch(
      /has not accepted your organization yet/,
    );
    expect(errors({ startDate: "2026-11-24" }, PENDING)).toEqual({});
    expect(errors({ startDate: "2027-12-01" }).startDate).toEqual(["Choose a start date within the next year."]);
    expect(errors({ startDate: "01/04/2027" }).startDate?.[0]).toMatch(/as a date/);
  });

  it("takes a 5-digit ZIP code and a state code", () => {
    expect(errors({ postalCode: "53703-1234" }).postalCode).toEqual(["Enter the 5-digit ZIP code, like 53703."]);
    expect(errors({ postalCode: "5370" }).postalCode).toBeDefined();
    expect(errors({ state: "XX" }).state).toEqual(["Choose a state."]);
  });

  it("accepts only RAPIDS codes for every coded answer", () => {
    for (const field of ["employmentStatus", "priorWageUnit", "studentStatus"]) {
      expect(errors({ [field]: "X" })[field]).toHaveLength(1);
    }
    for (const field of ["suffix", "careerConnection", "apprenticeType", "careerLinkageOrDirectEntry"]) {
      expect(errors({ [field]: "" })).toEqual({});
      expect(errors({ [field]: "X" })[field]).toHaveLength(1);
    }
  });

  it("takes an optional, plausible SSN", () => {
    expect(errors({ ssn: "123456789" })).toEqual({});
    for (const bad of [
      "123-45-678",
      "000-12-3456",
      "666-12-3456",
      "912-12-3456",
      "123-00-4567",
      "123-45-0000",
      "abc",
    ]) {
      expect(isPlausibleSsn(bad)).toBe(false);
      expect(errors({ ssn: bad }).ssn?.[0]).toMatch(/9-digit Social Security number/);
    }
  });

  it("limits wages, previous training hours and the optional RAPIDS texts", () => {
    expect(errors({ priorWage: "abc" }).priorWage?.[0]).toMatch(/in dollars/);
    expect(errors({ creditPreviousTrainingHours: "-1" }).creditPreviousTrainingHours).toBeDefined();
    expect(errors({ creditPreviousTrainingHours: "1.5" }).creditPreviousTrainingHours).toBeDefined();
    expect(errors({ ojtFundingSources: "a".repeat(256) }).ojtFundingSources?.[0]).toMatch(/255/);
    expect(errors({ email: "not an email" }).email).toBeDefined();
  });

  it("needs evidence for every mastered skill set and leaves at least one to train", () => {
    expect(errors({ masteredSkillSets: ["SAFETY"] })["evidence.SAFETY"]?.[0]).toMatch(/showed mastery/);
    expect(errors({ masteredSkillSets: ["SAFETY"], evidence: { SAFETY: "OSHA 10 card" } })).toEqual({});
    // Postgres cannot store a NUL: refused next to the field, not a failed save.
    expect(errors({ masteredSkillSets: ["SAFETY"], evidence: { SAFETY: "OSHA\u0000 10 card" } })).toEqual({
      "evidence.SAFETY": ["Remove the invisible control characters from the evidence."],
    });
    const all = STANDARDS_V1.skillSets.map((s) => s.key);
    const evidence = Object.fromEntries(all.map((k) => [k, "Ten years as a BMET"]));
    expect(errors({ masteredSkillSets: all, evidence }).masteredSkillSets?.[0]).toMatch(/at least one skill set/);
    expect(errors({ masteredSkillSets: ["NOT_A_SKILL"] }).masteredSkillSets).toBeDefined();
  });

  it("offers the skill sets of the standards it is given", () => {
    const amended = {
      ...standards,
      skillSets: [...standards.skillSets, { key: "ROBOTICS", title: "Surgical robots", hours: 100, isSample: false }],
    };
    const withRobotics = enrollmentSchema({ ...ACCEPTED, standards: amended });
    const input = { ...VALID, masteredSkillSets: ["ROBOTICS"], evidence: { ROBOTICS: "Vendor course" } };
    expect(withRobotics.safeParse(input).success).toBe(true);
    expect(enrollmentSchema(ACCEPTED).safeParse(input).success).toBe(false);
  });
});

describe("the form's coded answers", () => {
  const fields = readTableSchema(RAPIDS_TABLESCHEMA);
  const categories = (name: string) =>
    (fields.find((f) => f.name === name)?.categories ?? []).map(categoryValue).sort();
  const values = (options: ReadonlyArray<{ value: string }>) => options.map((o) => o.value).sort();

  it("are exactly the categories of DOL's table schema", () => {
    expect(values(SUFFIX_OPTIONS)).toEqual(categories("Apprentice Suffix"));
    expect(values(GENDER_OPTIONS)).toEqual(categories("Gender"));
    expect(EMPLOYMENT_STATUS_OPTIONS.map((o) => o.rapids).sort()).toEqual(categories("Employment Status"));
    expect(values(ETHNICITY_CODES)).toEqual(categories("Ethnicity Hispanic / Latino"));
    expect(values(VETERAN_CODES)).toEqual(categories("Veteran Status"));
    expect(values(DISABILITY_CODES)).toEqual(categories("Apprentice Disability Status"));
    expect(values(EDUCATION_CODES)).toEqual(categories("Apprentice Education Level"));
    expect(values(WAGE_UNITS)).toEqual(categories("Prior Wage Units"));
    expect(values(WAGE_UNITS)).toEqual(categories("Entry Wage Units"));
    expect(values(CAREER_CONNECTION_CODES)).toEqual(categories("Career Connection"));
    expect(values(APPRENTICE_TYPE_CODES)).toEqual(categories("Type"));
    expect(values(CAREER_LINKAGE_CODES)).toEqual(categories("Career Linkage or Direct Entry"));
    expect(values(STUDENT_STATUS_CODES)).toEqual(categories("Student Status"));
    for (const race of ["Race-American Indian / Alaskan Native", "Asian", "Black / African American", "White"]) {
      expect(categories(race)).toEqual(["0", "1", "9"]);
    }
  });
});
