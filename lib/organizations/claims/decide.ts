import "server-only";
import type { OrgRole } from "@prisma/client";
import type { StaffActionContext } from "@/lib/action-client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { roleLabel } from "@/lib/organizations/schemas";
import { ensureUserByEmail } from "@/lib/users";

// AAMI staff decide a claim: someone confirmed from their own email that they want to start an organization that
// was already registered (lib/onboarding/intent/requests.ts). Accepting adds them to it; declining does not. Either
// way the decision is made once (a conditional update on CLAIMED), recorded and emailed in one transaction.

export type ClaimDecision = { decision: "ACCEPTED"; role: OrgRole } | { decision: "DECLINED" };

export async function decideClaim(ctx: StaffActionContext, requestId: string, choice: ClaimDecision) {
  return db.$transaction(async (tx) => {
    const role = choice.decision === "ACCEPTED" ? choice.role : null;
    const decided = await tx.organizationRequest.updateMany({
      where: { id: requestId, status: "CLAIMED" },
      data: { status: choice.decision, grantedRole: role, decidedById: ctx.user.id, decidedAt: new Date() },
    });
    const claim = await tx.organizationRequest.findUnique({
      where: { id: requestId },
      select: {
        contactEmail: true,
        contactName: true,
        status: true,
        organization: { select: { id: true, legalName: true } },
      },
    });
    if (!claim?.organization) throw notFound();
    if (decided.count === 0) {
      throw new AppError("CONFLICT", "Another staff member decided this request a moment ago. Reload to see what.");
    }
    const { organization } = claim;
    if (role) {
      const user = await ensureUserByEmail(tx, claim.contactEmail);
      if (user.staffRole) throw new AppError("CONFLICT", "A staff account cannot be added to an organization.");
      // Someone the owners added meanwhile keeps the role they were given.
      await tx.membership.upsert({
        where: { userId_organizationId: { userId: user.id, organizationId: organization.id } },
        create: { userId: user.id, organizationId: organization.id, role },
        update: {},
      });
    }
    await ctx.audit(tx, {
      kind: "organization.claim_decided",
      organizationId: organization.id,
      actorId: ctx.user.id,
      subject: { type: "OrganizationRequest", id: requestId },
      payload: { requestId, requesterEmail: claim.contactEmail, decision: choice.decision, role },
    });
    await enqueueMail(tx, {
      to: claim.contactEmail,
      template: "organization-claim-decided",
      organizationId: organization.id,
      props: {
        contactName: claim.contactName,
        added: role
          ? {
              organizationName: organization.legalName,
              role: roleLabel(role).toLowerCase(),
              signInUrl: `${env().APP_URL}/signin`,
            }
          : null,
      },
    });
    return organization.id;
  });
}
