import "server-only";
import { cache } from "react";
import type { SubmissionStatus } from "@prisma/client";
import { requireOrg, type OrgContext } from "@/lib/authz";
import { partnerScope, type PartnerScope } from "@/lib/candidates/partner/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { APPROVED_STATUSES } from "@/lib/review/transitions";

// Employer partners: organizations AAMI has approved or registered. Only they see candidates. Checked once per
// request from the organization's latest submission, so a decision takes effect on the next request.

export type PartnerContext = OrgContext & { scope: PartnerScope };

export const NOT_YET_PARTNER = "Candidates are available once AAMI approves your organization as an employer partner.";

/**
 * The organization's scope while its latest submission (highest version) is approved or registered, else null.
 * One query, once per request and organization: the header and the page ask the same question.
 */
const approvedScope = cache(async (organizationId: string): Promise<PartnerScope | null> => {
  const [organization] = await db.$queryRaw<Array<{ region: string; state: string; status: SubmissionStatus | null }>>`
    SELECT o.region, o.state, latest.status::text AS status
      FROM "Organization" o
      LEFT JOIN LATERAL (SELECT s.status FROM "Submission" s WHERE s."organizationId" = o.id
                          ORDER BY s.version DESC LIMIT 1) latest ON true
     WHERE o.id = ${organizationId}`;
  return organization?.status && APPROVED_STATUSES.includes(organization.status) ? partnerScope(organization) : null;
});

export async function isPartnerOrganization(organizationId: string): Promise<boolean> {
  return (await approvedScope(organizationId)) !== null;
}

/** The partner context of an organization member, or null while AAMI has not approved the organization. */
export async function partnerContext(ctx: OrgContext): Promise<PartnerContext | null> {
  const scope = await approvedScope(ctx.org.id);
  return scope ? { ...ctx, scope } : null;
}

/**
 * requireOrg, and the organization must be an employer partner. Actions pass the context they already hold, and
 * the words for a refusal when theirs is not about candidates.
 */
export async function requirePartner(ctx?: OrgContext, refusal = NOT_YET_PARTNER): Promise<PartnerContext> {
  const partner = await partnerContext(ctx ?? (await requireOrg()));
  if (!partner) throw new AppError("FORBIDDEN", refusal);
  return partner;
}
