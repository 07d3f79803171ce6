import { wagePeriods, type WagePeriod, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { skillSetOf, type CreditStandards } from "@/lib/program/standards/model";

// Fast-track credit: skill sets of the work-process schedule an apprentice has already mastered count as on-the-job
// hours done, and advanced standing comes with the wage that goes with it. Pure, with the standards as a parameter,
// so the employer's preview, the save, the staff adjustment and the agreement all compute the same numbers.

export type SkillCredit = { skillSetKey: string; creditedHours: number };

export type FastTrack = {
  creditedOjtHours: number;
  /** How far into the wage schedule the credit reaches, in the schedule's own unit (months, hours, competencies). */
  progress: number;
  /** Index into wagePeriods(schedule): 0 is the entry wage. */
  startingWageStep: number;
  startingPeriod: WagePeriod;
  remainingOjtHours: number;
};

/** A mastered skill set is credited its full hours unless AAMI staff set otherwise. */
export const fullCredit = (standards: Pick<CreditStandards, "skillSets">, key: string): SkillCredit => ({
  skillSetKey: key,
  creditedHours: skillSetOf(standards, key)?.hours ?? 0,
});

export function fastTrack(
  standards: CreditStandards,
  credits: readonly SkillCredit[],
  schedule: WageScheduleInput,
): FastTrack {
  const total = credits.reduce((sum, c) => sum + c.creditedHours, 0);
  // The standards cap credit below the term: an apprentice always has some training left.
  const creditedOjtHours = Math.min(total, standards.maxCreditHours);
  // The term in hours, scaled to the schedule's unit; rounded down so credit never pays ahead of the hours done.
  const progress = Math.floor((creditedOjtHours * schedule.termLength) / standards.termOjlHours);
  const periods = wagePeriods(schedule);
  const startingWageStep = periods.reduce((found, period, i) => (period.from <= progress ? i : found), 0);
  return {
    creditedOjtHours,
    progress,
    startingWageStep,
    startingPeriod: periods[startingWageStep]!,
    remainingOjtHours: standards.termOjlHours - creditedOjtHours,
  };
}
