import { describe, expect, it } from "vitest";
import { day, progress, schedule } from "../support/wage-schedules";
import type { WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { scheduledRaises, type RaiseProgress } from "@/lib/training/raises/rules";
import { transferStep } from "@/lib/training/transfers/rules";

// Where a transferred apprentice starts on the receiving employer's schedule: the last step their progress reached by
// the first day there, never below the step they stood at.

/** What the receiving employer owes from `effectiveOn`, as lib/training/raises/data.ts hands it over. */
const owed = (s: WageScheduleInput, p: RaiseProgress, effectiveOn: Date) => ({
  schedule: s,
  startingStep: p.startingWageStep,
  raises: scheduledRaises(s, p, [], effectiveOn),
});

describe("the step a transferred apprentice starts at", () => {
  const months = schedule("MONTHS", [6, 12, 18], 24);

  it("is the last step reached by the first day with the receiving employer, with its wage", () => {
    const at = (iso: string) => transferStep(owed(months, progress(), day(iso)), day(iso));
    expect(at("2027-03-01")).toMatchObject({ step: 0, period: { cents: 2280 } });
    // The raise at 6 months falls due on 2027-07-15: reached that day, not the day before.
    expect(at("2027-07-14")).toMatchObject({ step: 0 });
    expect(at("2027-07-15")).toMatchObject({ step: 1, period: { cents: 2470 } });
    expect(at("2028-02-01")).toMatchObject({ step: 2, period: { cents: 2660 } });
    // Past the end of the schedule: its last step.
    expect(at("2030-01-01")).toMatchObject({ step: 3, period: { cents: 2850 } });
  });

  it("never falls below the step the apprentice already stood at (advanced standing, an earlier transfer)", () => {
    const standing = progress({ startingWageStep: 2 });
    expect(transferStep(owed(months, standing, day("2027-03-01")), day("2027-03-01"))).toMatchObject({ step: 2 });
  });

  it("counts approved hours on an hours schedule: a raise not reached yet is no step", () => {
    const hours = schedule("HOURS", [1000, 2000], 4000);
    const weeks = Array.from({ length: 30 }, () => ({ weekEnd: day("2027-02-07"), hours: 40 }));
    const p = progress({ approvedWeeks: weeks });
    // 1,200 hours approved: the first raise (1,000 hours) is reached, the second is not.
    expect(transferStep(owed(hours, p, day("2027-09-01")), day("2027-09-01"))).toMatchObject({ step: 1 });
  });
});
