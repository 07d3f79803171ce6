import type { StepKey } from "@prisma/client";
import { stepLabel } from "@/lib/onboarding/checklist";
import { dataCompleteness, type OnboardingFacts } from "@/lib/onboarding/progress";

const NEEDED: StepKey[] = ["STANDARDS", "POSITION", "FUNDING", "MENTOR"];

/** What must be done before the agreement can be signed (it contains steps 3–5 and the wage schedule). */
export function missingBeforeSigning(facts: OnboardingFacts): string[] {
  const statuses = dataCompleteness(facts);
  const missing = NEEDED.filter((step) => statuses[step] !== "COMPLETE").map(stepLabel);
  if (!facts.hasWageSchedule) missing.push("Save the wage schedule above");
  return missing;
}
