import type { SkillSetSummary } from "@/lib/program/standards/model";

// Hours against the work-process schedule, per skill set: approved on-the-job hours plus fast-track credit, against
// the hours the published schedule requires, with the hours still waiting for the mentor beside them. Pure: the
// record page, the dashboards and (later) raises and completion count the same way.

/** Minutes per skill set and status, as the loader sums them (corrections already replace what they correct). */
export type MinutesBySkillSet = ReadonlyArray<{ skillSetKey: string; approvedMinutes: number; waitingMinutes: number }>;

export type SkillSetProgress = {
  key: string;
  title: string;
  isSample: boolean;
  requiredHours: number;
  creditedHours: number;
  approvedHours: number;
  waitingHours: number;
  /** Approved plus credited, capped at the required hours: what counts toward the term. */
  countedHours: number;
};

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function progressBySkillSet(
  skillSets: readonly SkillSetSummary[],
  minutes: MinutesBySkillSet,
  credits: ReadonlyArray<{ skillSetKey: string; creditedHours: number }>,
): SkillSetProgress[] {
  return skillSets.map((set) => {
    const logged = minutes.find((m) => m.skillSetKey === set.key);
    const creditedHours = credits.find((c) => c.skillSetKey === set.key)?.creditedHours ?? 0;
    const approvedHours = hours(logged?.approvedMinutes ?? 0);
    return {
      key: set.key,
      title: set.title,
      isSample: set.isSample,
      requiredHours: set.hours,
      creditedHours,
      approvedHours,
      waitingHours: hours(logged?.waitingMinutes ?? 0),
      countedHours: Math.min(set.hours, approvedHours + creditedHours),
    };
  });
}

/** The term's totals across skill sets. */
export function totalProgress(progress: readonly SkillSetProgress[]) {
  const sum = (pick: (p: SkillSetProgress) => number) => progress.reduce((total, p) => total + pick(p), 0);
  return {
    requiredHours: sum((p) => p.requiredHours),
    countedHours: sum((p) => p.countedHours),
    creditedHours: sum((p) => p.creditedHours),
    approvedHours: sum((p) => p.approvedHours),
    waitingHours: sum((p) => p.waitingHours),
  };
}

/** Hours as people write them: "7.5", "40". */
export const formatHours = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** Minutes on a day as the form shows them: blank for none. */
export const dayHoursText = (minutes: number) => (minutes === 0 ? "" : String(Math.round((minutes / 60) * 100) / 100));
