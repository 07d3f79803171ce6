import { describe, expect, it } from "vitest";
import { inProbation, probationEndsOn, STATUS_CHANGES } from "@/lib/training/lifecycle/rules";
import { CancelSchema, SuspendSchema } from "@/lib/training/lifecycle/schemas";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const id = "ckv0000000000000000000000";

describe("the probationary period", () => {
  it("runs from the start date for the program's months, its last day included", () => {
    expect(probationEndsOn(day("2027-01-15"), 6)).toEqual(day("2027-07-14"));
    expect(inProbation(day("2027-01-15"), 6, day("2027-07-14"))).toBe(true);
    expect(inProbation(day("2027-01-15"), 6, day("2027-07-15"))).toBe(false);
    expect(inProbation(day("2027-01-15"), 6, day("2027-01-15"))).toBe(true);
    // A start on the 31st: six months later is 31 July; the period ends the day before.
    expect(probationEndsOn(day("2027-01-31"), 6)).toEqual(day("2027-07-30"));
  });
});

describe("which change follows which status", () => {
  it("suspends only active training, resumes only suspended, and cancels either", () => {
    expect(STATUS_CHANGES.suspend).toEqual({ from: ["ACTIVE"], to: "SUSPENDED" });
    expect(STATUS_CHANGES.resume).toEqual({ from: ["SUSPENDED"], to: "ACTIVE" });
    expect(STATUS_CHANGES.cancel).toEqual({ from: ["ACTIVE", "SUSPENDED"], to: "CANCELLED" });
  });
});

describe("the status forms", () => {
  const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

  it("refuse a suspension without a reason or with days that are not dates, each next to its field", () => {
    expect(
      issues(SuspendSchema.safeParse({ apprenticeId: id, effectiveOn: "2027-02-30", returnOn: "", reason: " " })),
    ).toEqual({
      effectiveOn: "Enter the day as a date, like 2027-07-15.",
      returnOn: "Enter the day the apprentice is expected back.",
      reason: "Say why the training is suspended.",
    });
  });

  it("refuse a cancellation reason not on the list, and 'Other' without a note", () => {
    expect(
      issues(CancelSchema.safeParse({ apprenticeId: id, effectiveOn: "2027-03-01", cancellationReason: "BORED" })),
    ).toEqual({ cancellationReason: "Choose the reason from the list." });
    expect(
      issues(CancelSchema.safeParse({ apprenticeId: id, effectiveOn: "2027-03-01", cancellationReason: "OTHER" })),
    ).toEqual({ note: "Say what the reason was." });
    expect(
      CancelSchema.safeParse({ apprenticeId: id, effectiveOn: "2027-03-01", cancellationReason: "LAID_OFF" }).success,
    ).toBe(true);
  });
});
