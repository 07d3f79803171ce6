import { plural } from "@/lib/plural";

// The program's standards as the rest of the portal sees them: one published version (29 CFR 29.5's term,
// probation, ratio, related instruction, credit cap and work-process schedule), read through
// lib/program/standards/data.ts and passed to the pure rules and documents that need it. Pure, so the browser, the
// actions and the PDF builders compute with the same numbers.

export type StandardsSkill = { code: string; ordinal: number; title: string };

export type StandardsSkillSet = {
  /** Stable across versions: fast-track credits store it. */
  key: string;
  ordinal: number;
  title: string;
  hours: number;
  /** Placeholder content until staff import AAMI's registered schedule. */
  isSample: boolean;
  skills: StandardsSkill[];
};

export type Ratio = { apprentices: number; journeyworkers: number; level: "WORKSITE" };

export type ProgramStandards = {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED";
  /** AAMI's registration number with the Registration Agency; null until staff enter it. */
  registrationNumber: string | null;
  /** YYYY-MM-DD; null until staff enter it. */
  registeredOn: string | null;
  termOjlHours: number;
  termMonths: number;
  probationMonths: number;
  ratio: Ratio;
  riHoursPerYear: number;
  maxCreditHours: number;
  skillSets: StandardsSkillSet[];
  publishedAt: Date | null;
};

/** What a document prints while AAMI's registration number or date is not entered yet. */
export const NOT_YET_ENTERED = "To be entered by AAMI";

/** 29 CFR 29.5(b)(8): the probationary period is at most 25% of the term or one year, whichever is shorter. */
export const maxProbationMonths = (termMonths: number) => Math.min(Math.floor(termMonths / 4), 12);

/** "1 apprentice per 1 journeyworker at each worksite". */
export const ratioLabel = (ratio: Ratio) =>
  `${plural(ratio.apprentices, "apprentice")} per ${plural(ratio.journeyworkers, "journeyworker")} at each worksite`;

/** "24 months, at least 4,000 hours of on-the-job learning". */
export const termText = (s: Pick<ProgramStandards, "termMonths" | "termOjlHours">) =>
  `${plural(s.termMonths, "month")}, at least ${plural(s.termOjlHours, "hour")} of on-the-job learning`;

export const probationText = (s: Pick<ProgramStandards, "probationMonths">) =>
  `The first ${plural(s.probationMonths, "month")} of the term`;

/** How every document names the standards an agreement incorporates. */
export const standardsVersionText = (s: Pick<ProgramStandards, "version" | "publishedAt">) =>
  `Version ${s.version}${s.publishedAt ? `, published ${s.publishedAt.toISOString().slice(0, 10)}` : " (draft)"}`;

export const registrationText = (s: Pick<ProgramStandards, "registrationNumber" | "registeredOn">) =>
  s.registrationNumber && s.registeredOn
    ? `${s.registrationNumber}, registered ${s.registeredOn}`
    : `${NOT_YET_ENTERED} (program registration number and date)`;

export const skillSetOf = <S extends { key: string }>(s: { skillSets: readonly S[] }, key: string) =>
  s.skillSets.find((set) => set.key === key);

/** A skill of the schedule by its code, with the set it belongs to; undefined when this version has no such skill. */
export function skillOf(s: Pick<ProgramStandards, "skillSets">, code: string) {
  for (const set of s.skillSets) {
    const skill = set.skills.find((k) => k.code === code);
    if (skill) return { skill, set };
  }
  return undefined;
}

/** A skill set without its skills: what forms and credit need. */
export type SkillSetSummary = Pick<StandardsSkillSet, "key" | "title" | "hours" | "isSample">;

/** What fast-track credit is computed from: the term, the credit cap and the skill sets' hours. */
export type CreditStandards = Pick<ProgramStandards, "termOjlHours" | "maxCreditHours"> & {
  skillSets: SkillSetSummary[];
};

/** The part of the standards credit needs, small enough to hand to a form in the browser. */
export const creditStandards = (s: ProgramStandards): CreditStandards => ({
  termOjlHours: s.termOjlHours,
  maxCreditHours: s.maxCreditHours,
  skillSets: s.skillSets.map(({ key, title, hours, isSample }) => ({ key, title, hours, isSample })),
});

/** A skill set's title as documents show it: with "(SAMPLE)" while it is placeholder content. */
export const skillSetLabel = (set: Pick<StandardsSkillSet, "title" | "isSample">) =>
  set.isSample ? `${set.title} (SAMPLE)` : set.title;

/** The title of a credited skill set, or its key when this version no longer has it. */
export const skillSetTitle = (s: { skillSets: readonly SkillSetSummary[] }, key: string) => {
  const set = skillSetOf(s, key);
  return set ? skillSetLabel(set) : key;
};

export type StandardsIssue = { path: string; message: string };

/**
 * Every rule the standards' numbers must meet, keyed by the form field each belongs to. The edit form checks them
 * on each save; publishing checks them again with the schedule (scheduleIssues) and the registration.
 */
export function termIssues(
  s: Pick<ProgramStandards, "termOjlHours" | "termMonths" | "probationMonths" | "maxCreditHours">,
): StandardsIssue[] {
  const issues: StandardsIssue[] = [];
  const cap = maxProbationMonths(s.termMonths);
  if (s.probationMonths > cap) {
    issues.push({
      path: "probationMonths",
      message: `The probationary period can be at most ${plural(cap, "month")}: 25% of the ${s.termMonths}-month term or one year, whichever is shorter (29 CFR 29.5(b)(8)).`,
    });
  }
  if (s.maxCreditHours >= s.termOjlHours) {
    issues.push({
      path: "maxCreditHours",
      message: `Credit must stay below the term's ${plural(s.termOjlHours, "hour")}: every apprentice trains some of the program.`,
    });
  }
  return issues;
}

/** The schedule's hours must add up to the term's minimum on-the-job hours, and it must have at least one set. */
export function scheduleIssues(s: Pick<ProgramStandards, "termOjlHours" | "skillSets">): StandardsIssue[] {
  if (s.skillSets.length === 0) return [{ path: "schedule", message: "Import a work-process schedule first." }];
  const total = s.skillSets.reduce((sum, set) => sum + set.hours, 0);
  return total === s.termOjlHours
    ? []
    : [
        {
          path: "termOjlHours",
          message: `The skill sets add up to ${plural(total, "hour")}, not the term's ${plural(s.termOjlHours, "hour")}. Change the term or import a schedule that adds up to it.`,
        },
      ];
}

/** Everything that stops a draft from being published; empty when it can be. */
export function publishIssues(s: ProgramStandards): StandardsIssue[] {
  const issues = [...termIssues(s), ...scheduleIssues(s)];
  if (!s.registrationNumber) {
    issues.push({ path: "registrationNumber", message: "Enter AAMI's program registration number." });
  }
  if (!s.registeredOn) issues.push({ path: "registeredOn", message: "Enter the date the program was registered." });
  return issues;
}
