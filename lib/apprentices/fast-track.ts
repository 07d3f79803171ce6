import { wagePeriods, type WagePeriod, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { PROGRAM, SKILL_SETS, type SkillSetKey } from "@/lib/program";

// Fast-track credit: skill sets of the Training Objectives an apprentice has already mastered count as on-the-job
// hours done, and advanced standing comes with the wage that goes with it. Pure, so the employer's preview, the
// save, the staff adjustment and the agreement all compute the same numbers.

export type SkillCredit = { skillSetKey: SkillSetKey; creditedHours: number };

export type FastTrack = {
  creditedOjtHours: number;
  /** How far into the wage schedule the credit reaches, in the schedule's own unit (months, hours, competencies). */
  progress: number;
  /** Index into wagePeriods(schedule): 0 is the entry wage. */
  startingWageStep: number;
  startingPeriod: WagePeriod;
  remainingOjtHours: number;
};

export const skillSet = (key: string) => SKILL_SETS.find((s) => s.key === key);

/** A mastered skill set is credited its full hours unless AAMI staff set otherwise. */
export const fullCredit = (key: SkillSetKey): SkillCredit => ({
  skillSetKey: key,
  creditedHours: skillSet(key)!.hours,
});

/** The credited hours never reach the whole term: an apprentice always has some training left. */
export const MAX_CREDITED_HOURS = PROGRAM.termHours - Math.min(...SKILL_SETS.map((s) => s.hours));

export function fastTrack(credits: readonly SkillCredit[], schedule: WageScheduleInput): FastTrack {
  const total = credits.reduce((sum, c) => sum + c.creditedHours, 0);
  const creditedOjtHours = Math.min(total, MAX_CREDITED_HOURS);
  // The term in hours, scaled to the schedule's unit; rounded down so credit never pays ahead of the hours done.
  const progress = Math.floor((creditedOjtHours * schedule.termLength) / PROGRAM.termHours);
  const periods = wagePeriods(schedule);
  const startingWageStep = periods.reduce((found, period, i) => (period.from <= progress ? i : found), 0);
  return {
    creditedOjtHours,
    progress,
    startingWageStep,
    startingPeriod: periods[startingWageStep]!,
    remainingOjtHours: PROGRAM.termHours - creditedOjtHours,
  };
}
