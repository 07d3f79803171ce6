import { describe, expect, it } from "vitest";
import type { StepKey, StepStatus } from "@prisma/client";
import { buildChecklist, type StoredStep } from "@/lib/onboarding/checklist";
import { STEPS } from "@/lib/program";

const rows = (statuses: Partial<Record<StepKey, StepStatus>>): StoredStep[] =>
  Object.entries(statuses).map(([step, status]) => ({
    step: step as StepKey,
    status: status!,
    completedAt: null,
    completedByName: null,
  }));
const item = (c: ReturnType<typeof buildChecklist>, key: string) => c.items.find((i) => i.key === key)!;
const FIRST_SIX: Partial<Record<StepKey, StepStatus>> = {
  INTENT: "COMPLETE",
  STANDARDS: "COMPLETE",
  POSITION: "COMPLETE",
  FUNDING: "COMPLETE",
  MENTOR: "COMPLETE",
  AGREEMENT: "COMPLETE",
};

describe("buildChecklist", () => {
  it("lists all eight steps in order, not started by default", () => {
    const c = buildChecklist([], false);
    expect(c.items.map((i) => i.key)).toEqual(STEPS.map((s) => s.key));
    expect(c.items.every((i) => i.status === "NOT_STARTED")).toBe(true);
    expect(c).toMatchObject({ completeCount: 0, percent: 0 });
    expect(c.next?.key).toBe("intent");
  });

  it("locks submission until steps 1–6 are complete", () => {
    expect(item(buildChecklist(rows({ ...FIRST_SIX, AGREEMENT: "IN_PROGRESS" }), false), "submit")).toMatchObject({
      locked: true,
      lockedReason: "Complete steps 1–6 first.",
    });
    expect(item(buildChecklist(rows(FIRST_SIX), false), "submit").locked).toBe(false);
  });

  it("keeps step 8 locked until AAMI registers the program with DOL", () => {
    const submitted = rows({ ...FIRST_SIX, SUBMIT: "COMPLETE" });
    expect(item(buildChecklist(submitted, false), "apprentices").locked).toBe(true);
    expect(buildChecklist(submitted, false).next).toBeNull();
    expect(item(buildChecklist(submitted, true), "apprentices").locked).toBe(false);
    expect(buildChecklist(submitted, true).next?.key).toBe("apprentices");
  });

  it("puts steps with requested changes first in 'what's next' and counts progress", () => {
    const c = buildChecklist(rows({ ...FIRST_SIX, FUNDING: "CHANGES_REQUESTED" }), false, {
      FUNDING: ["Raise instruction to 144 hours."],
    });
    expect(c.next?.key).toBe("funding");
    expect(item(c, "funding").reviewComments).toEqual(["Raise instruction to 144 hours."]);
    expect(item(c, "mentor").reviewComments).toEqual([]);
    expect(c.completeCount).toBe(5);
    expect(c.percent).toBe(63);
  });
});
