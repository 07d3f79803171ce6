import type { StepKey } from "@prisma/client";
import { deriveStepStatuses, type OnboardingFacts } from "@/lib/onboarding/progress";
import { STEPS } from "@/lib/program";

const NEEDED: StepKey[] = ["STANDARDS", "POSITION", "FUNDING", "MENTOR"];
const TITLE: Partial<Record<StepKey, string>> = Object.fromEntries(
  STEPS.map((s) => [s.key.toUpperCase(), `Step ${s.number}: ${s.title.toLowerCase()}`]),
);

/** What must be done before the agreement can be signed (it contains steps 3–5 and the wage schedule). */
export function missingBeforeSigning(facts: OnboardingFacts): string[] {
  const statuses = deriveStepStatuses(facts);
  const missing = NEEDED.filter((step) => statuses[step] !== "COMPLETE").map((step) => TITLE[step]!);
  if (!facts.hasWageSchedule) missing.push("Save the wage schedule above");
  return missing;
}
