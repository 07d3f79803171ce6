import "server-only";
import type { StepKey } from "@prisma/client";
import { orgPage } from "@/lib/authz/page";
import { db } from "@/lib/db";
import { loadOnboardingFacts } from "@/lib/onboarding/facts";
import { canEditStep } from "@/lib/onboarding/progress";

/** What every checklist step page needs: who is asking, for which organization, its progress, and whether the step may be edited now. */
export async function loadStepPage(returnTo: string, step: StepKey) {
  const ctx = await orgPage(returnTo);
  const facts = await loadOnboardingFacts(db, ctx.org.id);
  return { ...ctx, facts, editable: canEditStep(step, facts) };
}
