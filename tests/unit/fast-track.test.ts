import { describe, expect, it } from "vitest";
import {
  fastTrack as fastTrackUnder,
  fullCredit as fullCreditUnder,
  type SkillCredit,
} from "@/lib/apprentices/fast-track";
import type { WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { STANDARDS_V1 } from "@/tests/support/standards";

// Fast-track credit: hours credited for mastered skill sets, and the wage step they reach, under the standards given.

const fastTrack = (credits: SkillCredit[], schedule: WageScheduleInput) =>
  fastTrackUnder(STANDARDS_V1, credits, schedule);
const fullCredit = (key: string) => fullCreditUnder(STANDARDS_V1, key);

const MONTHS: WageScheduleInput = {
  journeyworkerRateCents: 4000,
  entryWageCents: 2200,
  basis: "MONTHS",
  termLength: 24,
  steps: [
    { threshold: 6, amountKind: "DOLLARS", amountValue: 2400 },
    { threshold: 12, amountKind: "PERCENT", amountValue: 6500 },
    { threshold: 18, amountKind: "DOLLARS", amountValue: 2900 },
  ],
};
const HOURS: WageScheduleInput = {
  ...MONTHS,
  basis: "HOURS",
  termLength: 4000,
  steps: [{ threshold: 1000, amountKind: "DOLLARS", amountValue: 2500 }],
};

describe("fastTrack", () => {
  it("starts at the entry wage with no credit", () => {
    expect(fastTrack([], MONTHS)).toMatchObject({
      creditedOjtHours: 0,
      progress: 0,
      startingWageStep: 0,
      remainingOjtHours: 4000,
      startingPeriod: { cents: 2200 },
    });
  });

  it("credits each mastered skill set's hours and reaches the wage step they cover", () => {
    // 500 + 500 = 1,000 of 4,000 hours = 6 of 24 months: exactly the first raise.
    const two = fastTrack([fullCredit("ELECTRONICS"), fullCredit("DEVICES")], MONTHS);
    expect(two).toMatchObject({ creditedOjtHours: 1000, progress: 6, startingWageStep: 1, remainingOjtHours: 3000 });
    expect(two.startingPeriod.cents).toBe(2400);
    // 200 hours = 1.2 months: rounded down, so still the entry wage.
    expect(fastTrack([fullCredit("SAFETY")], MONTHS)).toMatchObject({ progress: 1, startingWageStep: 0 });
    // 2,100 hours = 12.6 months: the percentage step, 65% of $40.00.
    const more = fastTrack(
      ["ELECTRONICS", "DEVICES", "REPAIR", "IT_SECURITY"].map((k) => fullCredit(k)),
      MONTHS,
    );
    expect(more).toMatchObject({ creditedOjtHours: 2100, progress: 12, startingWageStep: 2 });
    expect(more.startingPeriod.cents).toBe(2600);
  });

  it("works in the schedule's own unit", () => {
    expect(fastTrack([fullCredit("REPAIR"), fullCredit("INSPECTION")], HOURS)).toMatchObject({
      progress: 1100,
      startingWageStep: 1,
    });
    expect(fastTrack([fullCredit("REPAIR")], HOURS)).toMatchObject({ progress: 600, startingWageStep: 0 });
  });

  it("uses the hours AAMI staff set, and never credits the whole term", () => {
    expect(fastTrack([{ skillSetKey: "REPAIR", creditedHours: 300 }], HOURS).creditedOjtHours).toBe(300);
    const everything = STANDARDS_V1.skillSets.map((s) => fullCredit(s.key));
    expect(fastTrack(everything, MONTHS)).toMatchObject({ creditedOjtHours: 3800, remainingOjtHours: 200 });
  });

  it("reads the term, the cap and each skill set's hours from the standards it is given", () => {
    const amended = {
      ...STANDARDS_V1,
      termOjlHours: 6000,
      maxCreditHours: 1000,
      skillSets: STANDARDS_V1.skillSets.map((s) => (s.key === "REPAIR" ? { ...s, hours: 2600 } : s)),
    };
    expect(fullCreditUnder(amended, "REPAIR")).toEqual({ skillSetKey: "REPAIR", creditedHours: 2600 });
    // 1,000 of 6,000 hours (the cap) = 4 of 24 months.
    expect(fastTrackUnder(amended, [fullCreditUnder(amended, "REPAIR")], MONTHS)).toMatchObject({
      creditedOjtHours: 1000,
      progress: 4,
      remainingOjtHours: 5000,
    });
    // A key the version no longer has credits nothing rather than failing.
    expect(fullCreditUnder(amended, "RETIRED")).toEqual({ skillSetKey: "RETIRED", creditedHours: 0 });
  });
});
