import type { StandardsSkillSet } from "@/lib/program/standards/model";

// Hybrid progress against the work-process schedule, per skill set: approved on-the-job hours plus fast-track
// credit against the hours the published schedule requires (with the hours still waiting for the mentor beside
// them), and the skills signed off against the set's skills. Pure: the record page, the dashboards and (later)
// raises and completion count the same way.

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
  skillsTotal: number;
  skillsSignedOff: number;
};

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export function progressBySkillSet(
  skillSets: ReadonlyArray<Pick<StandardsSkillSet, "key" | "title" | "hours" | "isSample" | "skills">>,
  minutes: MinutesBySkillSet,
  credits: ReadonlyArray<{ skillSetKey: string; creditedHours: number }>,
  /** The codes of the skills signed off (standing sign-offs). */
  signedOff: ReadonlySet<string> = new Set(),
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
      skillsTotal: set.skills.length,
      skillsSignedOff: set.skills.filter((skill) => signedOff.has(skill.code)).length,
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
    skillsTotal: sum((p) => p.skillsTotal),
    skillsSignedOff: sum((p) => p.skillsSignedOff),
  };
}

/** Hours as people write them: "7.5", "40". */
export const formatHours = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** Minutes as a form field shows hours ("7.5", "1000", no thousands separator): blank for none. */
export const dayHoursText = (minutes: number) => (minutes === 0 ? "" : String(Math.round((minutes / 60) * 100) / 100));
