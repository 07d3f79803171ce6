import type { StepKey } from "@prisma/client";
import { stepLabel } from "@/lib/onboarding/checklist";
import { dataCompleteness, type OnboardingFacts } from "@/lib/onboarding/progress";

const BEFORE_SUBMIT: StepKey[] = ["INTENT", "STANDARDS", "POSITION", "FUNDING", "MENTOR", "AGREEMENT"];

/** Steps 1–6 whose data is not complete. */
export function missingBeforeSubmitting(facts: OnboardingFacts) {
  const statuses = dataCompleteness(facts);
  return BEFORE_SUBMIT.filter((step) => statuses[step] !== "COMPLETE").map((step) => ({
    step,
    label: stepLabel(step),
  }));
}
