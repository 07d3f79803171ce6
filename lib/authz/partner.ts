import "server-only";
import { requireOrg, type Actor, type OrgContext } from "@/lib/authz";
import type { PartnerScope } from "@/lib/candidates/partner/scope";
import { AppError } from "@/lib/errors";

// Employer partners: organizations AAMI has approved or registered. Only they see candidates. Known from the
// organization's latest submission, read with the session (currentActor in lib/authz), so a decision takes effect
// on the next request and asking costs no query.

export type PartnerContext = OrgContext & { scope: PartnerScope };

export const NOT_YET_PARTNER = "Candidates are available once AAMI approves your organization as an employer partner.";

/** Whether the user's organization is an employer partner (its latest submission is approved or registered). */
export function isPartnerOrganization(actor: Actor, organizationId: string): boolean {
  return Object.hasOwn(actor.partnerScopes, organizationId);
}

/** The partner context of an organization member, or null while AAMI has not approved the organization. */
export function partnerContext(ctx: OrgContext): PartnerContext | null {
  const scope = ctx.user.partnerScopes[ctx.org.id];
  return scope ? { ...ctx, scope } : null;
}

/**
 * requireOrg, and the organization must be an employer partner. Actions pass the context they already hold, and
 * the words for a refusal when theirs is not about candidates.
 */
export async function requirePartner(ctx?: OrgContext, refusal = NOT_YET_PARTNER): Promise<PartnerContext> {
  const partner = partnerContext(ctx ?? (await requireOrg()));
  if (!partner) throw new AppError("FORBIDDEN", refusal);
  return partner;
}
