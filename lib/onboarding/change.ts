import "server-only";
import type { StepKey } from "@prisma/client";
import type { OrgContext } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";
import { voidOutdatedAgreement } from "@/lib/onboarding/agreement/void";
import { loadOnboardingFacts, refreshChecklist } from "@/lib/onboarding/facts";
import { canEditStep, readOnlyNotice, type OnboardingFacts } from "@/lib/onboarding/progress";

/**
 * Every change to onboarding data goes through here: one transaction that locks the organization (so two members
 * saving at once are applied one after the other), refuses steps that are read-only while AAMI reviews, applies
 * the change, voids a signed agreement the change makes outdated, and recomputes the checklist.
 */
export async function changeOnboardingStep<T>(
  ctx: OrgContext,
  step: StepKey,
  change: (tx: Tx, facts: OnboardingFacts) => Promise<T>,
  /** Prisma's interactive-transaction limits, for a change that does more than Prisma's 5-second default allows. */
  limits?: { timeout: number; maxWait: number },
): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${ctx.org.id} FOR UPDATE`;
    const facts = await loadOnboardingFacts(tx, ctx.org.id);
    if (!canEditStep(step, facts)) throw new AppError("CONFLICT", readOnlyNotice(facts));
    const result = await change(tx, facts);
    await voidOutdatedAgreement(tx, ctx.org.id, step, ctx.user.id);
    await refreshChecklist(tx, ctx.org.id, ctx.user.id);
    return result;
  }, limits);
}
