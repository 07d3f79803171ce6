import type { SkillSetProgress } from "@/lib/training/hours/progress";
import { fallingBehind, type InstructionYear } from "@/lib/training/instruction/years";
import type { ScheduledRaise } from "@/lib/training/raises/rules";

// What the dashboards say comes next for an apprentice, from figures their loaders already read. Pure.

/** The first raise of the schedule not yet recorded (due, coming, or not reached yet); null when all are given. */
export const nextRaise = (raises: readonly ScheduledRaise[]) => raises.find((r) => r.standing !== "recorded") ?? null;

/** The apprenticeship year that holds `today` (the last one once the term is over). */
export const currentYear = (years: readonly InstructionYear[], today: Date) =>
  years.find((y) => y.from <= today && today <= y.to) ?? years.at(-1) ?? null;

/** The apprentice's own "What is next": their next raise, weeks to fix, the skill set they are in, instruction. */
export function whatIsNext({
  raises,
  returnedWeeks,
  progress,
  instructionYears,
}: {
  /** Null when the organization has no wage schedule. */
  raises: readonly ScheduledRaise[] | null;
  returnedWeeks: number;
  progress: readonly SkillSetProgress[];
  instructionYears: readonly InstructionYear[];
}) {
  // The skill set they are in: the first in schedule order with skills not yet signed off.
  const current = progress.find((p) => p.skillsSignedOff < p.skillsTotal);
  return {
    /** Undefined without a wage schedule; null once every raise is given. */
    raise: raises ? nextRaise(raises) : undefined,
    returnedWeeks,
    skillSet: current ? { title: current.title, skillsLeft: current.skillsTotal - current.skillsSignedOff } : null,
    instructionBehind: fallingBehind(instructionYears),
  };
}
export type WhatIsNext = ReturnType<typeof whatIsNext>;
