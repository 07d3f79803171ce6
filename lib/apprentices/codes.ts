// The coded answers of DOL's RAPIDS apprentice upload, as the portal's forms offer them: the value is the code
// RAPIDS stores, the label is what the person answering reads (the employer on the enrollment form; the apprentice,
// for the voluntary self-identification questions on the signing page). A unit test checks every list against the
// categories of ../shared/reference/rapids-apprentice-upload.tableschema.json itself, so a code can only be one
// RAPIDS knows.

export type CodeOption<V extends string = string> = { value: V; label: string };

/** How the apprentice declines a self-identification question; RAPIDS records it as "did not self-identify". */
export const DECLINE_LABEL = "I do not wish to answer";

export const SUFFIX_OPTIONS = [
  { value: "I", label: "I" },
  { value: "II", label: "II" },
  { value: "III", label: "III" },
  { value: "Jr.", label: "Jr." },
  { value: "Sr.", label: "Sr." },
] as const;

export const GENDER_OPTIONS = [
  { value: "F", label: "Female" },
  { value: "M", label: "Male" },
  { value: "9", label: DECLINE_LABEL },
] as const;

export const ETHNICITY_CODES = [
  { value: "1", label: "Hispanic or Latino" },
  { value: "2", label: "Not Hispanic or Latino" },
  { value: "9", label: DECLINE_LABEL },
] as const;

/** The five race columns: each is 1 (yes), 0 (no) or 9 (did not self-identify). */
export const RACE_FLAGS = [
  { key: "raceAmericanIndian", label: "American Indian or Alaska Native" },
  { key: "raceAsian", label: "Asian" },
  { key: "raceBlack", label: "Black or African American" },
  { key: "racePacificIslander", label: "Native Hawaiian or Other Pacific Islander" },
  { key: "raceWhite", label: "White" },
] as const;
export type RaceFlagKey = (typeof RACE_FLAGS)[number]["key"];
/** The "I do not wish to answer" box of the race question (as is ticking none): every race column becomes 9. */
export const RACE_DECLINED = "declined";

/** RAPIDS' own categories, in its words. */
export const VETERAN_CODES = [
  { value: "1", label: "Veteran" },
  { value: "4", label: "Veteran, eligible" },
  { value: "2", label: "Not a veteran" },
  { value: "3", label: "Not a veteran, other eligible individual" },
  { value: "9", label: DECLINE_LABEL },
] as const;

/** The answers of the Office of Apprenticeship's Voluntary Disability Disclosure Form (see disability-disclosure.ts). */
export const DISABILITY_CODES = [
  { value: "1", label: "Yes, I have a disability (or previously had a disability)" },
  { value: "2", label: "No, I do not have a disability" },
  { value: "9", label: DECLINE_LABEL },
] as const;

/** RAPIDS codes "did not self-identify" as 5 here (9 is a doctorate). */
export const EDUCATION_CODES = [
  { value: "1", label: "Not a high school graduate" },
  { value: "3", label: "High school graduate (or equivalent, such as a GED)" },
  { value: "6", label: "Some college or an associate degree" },
  { value: "7", label: "Bachelor's degree" },
  { value: "8", label: "Master's degree" },
  { value: "9", label: "Doctorate or professional degree" },
  { value: "5", label: DECLINE_LABEL },
] as const;

export const EMPLOYMENT_STATUS_OPTIONS = [
  { value: "NEW_EMPLOYEE", label: "New hire", rapids: "NE" },
  { value: "EXISTING_EMPLOYEE", label: "Incumbent worker (already employed here)", rapids: "EE" },
] as const;

export const WAGE_UNITS = [
  { value: "H", label: "Hourly" },
  { value: "W", label: "Weekly" },
  { value: "M", label: "Monthly" },
  { value: "Q", label: "Quarterly" },
  { value: "S", label: "Semi-annually" },
  { value: "A", label: "Annually" },
] as const;

export const CAREER_CONNECTION_CODES = [
  { value: "N", label: "None" },
  { value: "P", label: "Pre-apprenticeship" },
  { value: "T", label: "Technical training school" },
  { value: "M", label: "Military veterans" },
  { value: "J", label: "Job Corps" },
  { value: "Y", label: "YouthBuild" },
  { value: "H", label: "HUD/STEP-UP" },
  { value: "C", label: "Career center referral" },
  { value: "S", label: "School-to-Registered Apprenticeship" },
] as const;

export const APPRENTICE_TYPE_CODES = [
  { value: "IW", label: "Incumbent worker" },
  { value: "AD", label: "Adult" },
  { value: "YT", label: "Youth" },
  { value: "DI", label: "Dislocated worker" },
] as const;

export const CAREER_LINKAGE_CODES = [
  { value: "N", label: "None" },
  { value: "DE", label: "Direct entry" },
  { value: "JC", label: "Job Corps" },
  { value: "HD", label: "HUD/STEP-UP" },
  { value: "SR", label: "School to Registered Apprenticeship" },
] as const;

export const STUDENT_STATUS_CODES = [
  { value: "NA", label: "Not a student" },
  { value: "WBLRA", label: "Work-based learning registered apprentice (WBLRA)" },
  { value: "YRA", label: "Youth registered apprentice (YRA)" },
] as const;

export const valuesOf = <O extends ReadonlyArray<{ value: string }>>(options: O) =>
  options.map((o) => o.value) as unknown as [O[number]["value"], ...Array<O[number]["value"]>];

export const labelOf = (options: ReadonlyArray<CodeOption>, value: string | null | undefined) =>
  options.find((o) => o.value === value)?.label ?? "—";
