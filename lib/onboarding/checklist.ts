import type { ApprenticeStatus, StepKey, StepStatus } from "@prisma/client";
import { STEPS, type StepKeyName } from "@/lib/program";
import { apprenticeCountsLine } from "@/lib/status-messages";

// Turns the stored step rows into the eight-step checklist the employer sees. Pure, so it is unit-tested.

export const STEP_KEY_BY_NAME: Record<StepKeyName, StepKey> = {
  intent: "INTENT",
  standards: "STANDARDS",
  position: "POSITION",
  funding: "FUNDING",
  mentor: "MENTOR",
  agreement: "AGREEMENT",
  submit: "SUBMIT",
  apprentices: "APPRENTICES",
};

/** Each step's page; step 1 is done at /employers/start. */
export const STEP_PAGES: Partial<Record<StepKey, string>> = {
  STANDARDS: "/onboarding/standards",
  POSITION: "/onboarding/position",
  FUNDING: "/onboarding/funding",
  MENTOR: "/onboarding/mentor",
  AGREEMENT: "/onboarding/agreement",
  SUBMIT: "/onboarding/submit",
  APPRENTICES: "/onboarding/apprentices",
};

/** "Step 3: have a position": how messages name a step. */
export function stepLabel(step: StepKey): string {
  const found = STEPS.find((s) => STEP_KEY_BY_NAME[s.key] === step)!;
  return `Step ${found.number}: ${found.title.toLowerCase()}`;
}

export type StoredStep = {
  step: StepKey;
  status: StepStatus;
  completedAt: Date | null;
  completedByName: string | null;
};
export type ChecklistItem = (typeof STEPS)[number] & {
  status: StepStatus;
  completedAt: Date | null;
  completedByName: string | null;
  locked: boolean;
  lockedReason: string | null;
  /** What AAMI's reviewer asked to change in this step, while the request is open. */
  reviewComments: string[];
  /** Where the step's records stand, beside its status (step 8: how many apprentices wait where). */
  statusNote: string | null;
};

export type Checklist = { items: ChecklistItem[]; completeCount: number; percent: number; next: ChecklistItem | null };

const BEFORE_SUBMIT: StepKeyName[] = ["intent", "standards", "position", "funding", "mentor", "agreement"];

/**
 * `partner`: AAMI has approved the organization (and countersigned its acceptance agreement), which unlocks step 8.
 * `reviewComments`: the reviewer's open comments, by step. `apprenticeCounts`: the organization's apprentices by status.
 */
export function buildChecklist(
  stored: StoredStep[],
  partner: boolean,
  reviewComments: Partial<Record<StepKey, string[]>> = {},
  apprenticeCounts: Partial<Record<ApprenticeStatus, number>> = {},
): Checklist {
  const byKey = new Map(stored.map((s) => [s.step, s]));
  const statusOf = (name: StepKeyName) => byKey.get(STEP_KEY_BY_NAME[name])?.status ?? "NOT_STARTED";
  // Steps AAMI reopened count: the submit page itself checks their data is complete again.
  const readyToSubmit = BEFORE_SUBMIT.every((name) => ["COMPLETE", "CHANGES_REQUESTED"].includes(statusOf(name)));

  const items: ChecklistItem[] = STEPS.map((step) => {
    const row = byKey.get(STEP_KEY_BY_NAME[step.key]);
    const lockedReason =
      step.key === "submit" && !readyToSubmit
        ? "Complete steps 1–6 first."
        : step.key === "apprentices" && !partner
          ? "Opens when AAMI approves your organization as an employer partner."
          : null;
    return {
      ...step,
      status: row?.status ?? "NOT_STARTED",
      completedAt: row?.completedAt ?? null,
      completedByName: row?.completedByName ?? null,
      locked: lockedReason !== null,
      lockedReason,
      reviewComments: reviewComments[STEP_KEY_BY_NAME[step.key]] ?? [],
      statusNote: step.key === "apprentices" ? apprenticeCountsLine(apprenticeCounts) : null,
    };
  });

  const completeCount = items.filter((i) => i.status === "COMPLETE").length;
  const next =
    items.find((i) => i.status === "CHANGES_REQUESTED") ??
    items.find((i) => i.status !== "COMPLETE" && !i.locked) ??
    null;
  return { items, completeCount, percent: Math.round((completeCount / items.length) * 100), next };
}
