import { wagePeriods, type WagePeriod } from "@/lib/onboarding/wages/rules";
import type { ApprenticeRaises } from "@/lib/training/raises/data";

// Where a transferred apprentice starts on the receiving employer's wage schedule: the last step their progress
// (months from the start date, approved hours or competencies signed off, with fast-track credit) has reached by the
// first day with it, and never below the step they started at with their current employer (advanced standing from
// fast-track credit, or an earlier transfer's step). The receiving employer pays at least that step's wage; raises
// after it are owed by the receiving employer. Pure, so the form and the acceptance agree.

export type TransferStep = { step: number; period: WagePeriod };

export function transferStep(owed: Pick<ApprenticeRaises, "schedule" | "startingStep" | "raises">, effectiveOn: Date) {
  const reached = owed.raises.filter((r) => r.dueOn !== null && r.dueOn <= effectiveOn).map((r) => r.step);
  const periods = wagePeriods(owed.schedule);
  const step = Math.min(Math.max(owed.startingStep, ...reached), periods.length - 1);
  return { step, period: periods[step]! } satisfies TransferStep;
}
