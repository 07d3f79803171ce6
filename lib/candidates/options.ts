import type { CandidateSituation, CandidateStatus, EducationLevel } from "@prisma/client";

// The interest form's choices, in the words candidates read. Stored values are the keys; every list a form,
// filter or export shows comes from here.

export const SITUATION_OPTIONS: ReadonlyArray<{ value: CandidateSituation; label: string }> = [
  { value: "STUDENT", label: "Student" },
  { value: "EMPLOYED", label: "Employed" },
  { value: "UNEMPLOYED", label: "Looking for work" },
  { value: "SERVICE_MEMBER", label: "Active-duty or transitioning service member" },
  { value: "VETERAN", label: "Veteran" },
];

export const EDUCATION_OPTIONS: ReadonlyArray<{ value: EducationLevel; label: string }> = [
  { value: "SOME_HIGH_SCHOOL", label: "Some high school" },
  { value: "HIGH_SCHOOL", label: "High school diploma or GED" },
  { value: "SOME_COLLEGE", label: "Some college" },
  { value: "ASSOCIATE", label: "Associate degree" },
  { value: "BACHELOR", label: "Bachelor's degree" },
  { value: "GRADUATE", label: "Graduate degree" },
  { value: "MILITARY_TRAINING", label: "Military technical training" },
];

export const EXPERIENCE_OPTIONS = [
  { value: "military-biomedical", label: "Military biomedical equipment repair" },
  { value: "electronics", label: "Electronics (repair, assembly or troubleshooting)" },
  { value: "it", label: "IT, networking or computers" },
  { value: "healthcare", label: "Work in a hospital or clinic" },
  { value: "mechanical", label: "Mechanical or facilities maintenance" },
] as const;

/** The longest experience note the interest form takes (its schema enforces it, the field shows it). */
export const MAX_EXPERIENCE_NOTES = 2000;

export const HEARD_ABOUT_OPTIONS = [
  { value: "", label: "Choose one (optional)" },
  { value: "AAMI website or social media", label: "AAMI website or social media" },
  { value: "School or college", label: "School or college" },
  { value: "Military transition program", label: "Military transition program" },
  { value: "Employer or hospital", label: "An employer or hospital" },
  { value: "Friend or family", label: "A friend or family member" },
  { value: "Job center", label: "American Job Center or workforce office" },
  { value: "Other", label: "Other" },
] as const;

// Voluntary self-identification (29 CFR 30). Every question offers "I prefer not to answer".
export const DECLINED = "DECLINED";
export const SEX_OPTIONS = [
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
  { value: DECLINED, label: "I prefer not to answer" },
] as const;
export const ETHNICITY_OPTIONS = [
  { value: "HISPANIC", label: "Hispanic or Latino" },
  { value: "NOT_HISPANIC", label: "Not Hispanic or Latino" },
  { value: DECLINED, label: "I prefer not to answer" },
] as const;
export const RACE_OPTIONS = [
  { value: "AMERICAN_INDIAN", label: "American Indian or Alaska Native" },
  { value: "ASIAN", label: "Asian" },
  { value: "BLACK", label: "Black or African American" },
  { value: "PACIFIC_ISLANDER", label: "Native Hawaiian or Other Pacific Islander" },
  { value: "WHITE", label: "White" },
] as const;
export const VETERAN_OPTIONS = [
  { value: "VETERAN", label: "I am a veteran" },
  { value: "NOT_VETERAN", label: "I am not a veteran" },
  { value: DECLINED, label: "I prefer not to answer" },
] as const;
export const DISABILITY_OPTIONS = [
  { value: "YES", label: "Yes, I have a disability (or had one in the past)" },
  { value: "NO", label: "No, I do not have a disability" },
  { value: DECLINED, label: "I prefer not to answer" },
] as const;

/** The self-identification questions in the order the form asks them; keys match the schema's `selfId`. */
export const SELF_ID_QUESTIONS = [
  { name: "sex", legend: "Sex", type: "radio", options: SEX_OPTIONS },
  { name: "ethnicity", legend: "Ethnicity", type: "radio", options: ETHNICITY_OPTIONS },
  { name: "races", legend: "Race (tick all that apply)", type: "checkbox", options: RACE_OPTIONS },
  { name: "veteranStatus", legend: "Veteran status", type: "radio", options: VETERAN_OPTIONS },
  { name: "disability", legend: "Disability", type: "radio", options: DISABILITY_OPTIONS },
] as const;

export const valuesOf = <T extends { value: string }>(options: ReadonlyArray<T>) =>
  options.map((o) => o.value) as [T["value"], ...T["value"][]];

/** The label of a stored value; a value no longer offered (an old record) shows as stored. */
export const optionLabel = (options: ReadonlyArray<{ value: string; label: string }>, value: string) =>
  options.find((o) => o.value === value)?.label ?? value;

/** Where AAMI staff are with a candidate (staff only; candidates and employers never see it). */
export const CANDIDATE_STATUS_OPTIONS: ReadonlyArray<{ value: CandidateStatus; label: string }> = [
  { value: "NEW", label: "New" },
  { value: "CONTACTED", label: "Contacted" },
  { value: "HIRED", label: "Hired" },
  { value: "NOT_A_FIT", label: "Not a fit" },
];
