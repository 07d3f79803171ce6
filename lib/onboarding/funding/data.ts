import "server-only";
import { db } from "@/lib/db";
import { PROVIDER_FIELDS, providerChoices } from "@/lib/rti-providers/data";

export async function getFundingPlan(organizationId: string) {
  return db.fundingPlan.findUnique({
    where: { organizationId },
    include: { rtiProvider: { select: PROVIDER_FIELDS } },
  });
}

export type FundingPlanWithProvider = NonNullable<Awaited<ReturnType<typeof getFundingPlan>>>;

/** Step 4's page: the plan, and the providers the organization may choose from. */
export async function fundingStep(organizationId: string) {
  const [plan, providers] = await Promise.all([getFundingPlan(organizationId), providerChoices(organizationId)]);
  return { plan, providers };
}
