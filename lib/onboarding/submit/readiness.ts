import type { StepKey, SubmissionStatus } from "@prisma/client";
import { stepLabel } from "@/lib/onboarding/checklist";
import { dataCompleteness, type OnboardingFacts } from "@/lib/onboarding/progress";

const BEFORE_SUBMIT: StepKey[] = ["INTENT", "STANDARDS", "POSITION", "FUNDING", "MENTOR", "AGREEMENT"];

/** Submitting is possible first, after AAMI asks for changes, and after a rejection (a fresh start). */
export const SUBMITTABLE_AFTER: ReadonlyArray<SubmissionStatus | null> = [null, "CHANGES_REQUESTED", "REJECTED"];

/** Steps 1–6 whose data is not complete. */
export function missingBeforeSubmitting(facts: OnboardingFacts) {
  const statuses = dataCompleteness(facts);
  return BEFORE_SUBMIT.filter((step) => statuses[step] !== "COMPLETE").map((step) => ({
    step,
    label: stepLabel(step),
  }));
}
