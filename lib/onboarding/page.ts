import "server-only";
import type { StepKey } from "@prisma/client";
import { orgPage } from "@/lib/authz/page";
import { db } from "@/lib/db";
import { loadOnboardingFacts } from "@/lib/onboarding/facts";
import { canEditStep, readOnlyNotice } from "@/lib/onboarding/progress";
import { AGREEMENT_CONTENT_STEPS } from "@/lib/onboarding/agreement/content";

/** What every checklist step page needs: who is asking, for which organization, its progress, and whether the step may be edited now. */
export async function loadStepPage(returnTo: string, step: StepKey) {
  const ctx = await orgPage(returnTo);
  const facts = await loadOnboardingFacts(db, ctx.org.id);
  const editable = canEditStep(step, facts);
  // Changing what a signed agreement contains voids it: say so before anyone saves.
  const signatureAtRisk = editable && facts.hasValidSignedAgreement && AGREEMENT_CONTENT_STEPS[step] !== null;
  return { ...ctx, facts, editable, readOnlyNotice: editable ? null : readOnlyNotice(facts), signatureAtRisk };
}
