import type { WageScheduleInput } from "../../lib/onboarding/wages/rules";
import type { RaiseProgress } from "../../lib/training/raises/rules";

// The inputs of the pure raise rules (lib/training/raises/rules.ts) that their unit tests and the transfer's share.

export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** Entry at $22.80 of a $38 journeyworker rate, raises at the thresholds given (65%, 70%, 75%… of that rate). */
export const schedule = (
  basis: WageScheduleInput["basis"],
  thresholds: number[],
  termLength: number,
): WageScheduleInput => ({
  journeyworkerRateCents: 3800,
  entryWageCents: 2280,
  basis,
  termLength,
  steps: thresholds.map((threshold, i) => ({ threshold, amountKind: "PERCENT", amountValue: 6500 + 500 * i })),
});

/** An apprentice who started on 2027-01-15 with no credit and nothing approved yet, unless told otherwise. */
export const progress = (over: Partial<RaiseProgress> = {}): RaiseProgress => ({
  startDate: day("2027-01-15"),
  credit: 0,
  startingWageStep: 0,
  approvedWeeks: [],
  signOffDays: [],
  ...over,
});
