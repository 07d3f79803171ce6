import "server-only";
import type { Prisma } from "@prisma/client";
import type { z } from "zod";
import { db } from "@/lib/db";
import { emailTokenHash, isEmailTokenShape, newEmailToken } from "@/lib/email-token";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueMail, enqueueMailToMany } from "@/lib/mail/outbox";
import { isUniqueViolation } from "@/lib/prisma-errors";
import type { Tx } from "@/lib/prisma-client";
import { STEPS } from "@/lib/program";
import { regionOf } from "@/lib/regions";
import type { RequestContext } from "@/lib/request";
import { ensureUserByEmail } from "@/lib/users";
import { StartOnboardingSchema, legalNameKey } from "@/lib/onboarding/intent/schemas";
import { stateName } from "@/lib/us-states";

// Becoming an employer partner starts with a request that only its contact can turn into an organization, by
// confirming from the emailed link. Until then nothing is reserved and nothing is revealed: the form answers
// everyone the same. Confirming creates the organization, or, if one with the same EIN or legal name and state
// exists by then, records a claim that AAMI staff decide (lib/organizations/claims/); the claimant is told only
// that AAMI will be in touch, and the existing owners that a request is with AAMI.

export type StartDetails = z.output<typeof StartOnboardingSchema>;

/** Long enough for an HR colleague to find the email after a weekend. */
export const CONFIRM_LINK_DAYS = 3;

/** Stores the request and emails its contact the link that confirms it. */
export async function createOrganizationRequest(details: StartDetails) {
  const link = newEmailToken(CONFIRM_LINK_DAYS);
  await db.$transaction(async (tx) => {
    await tx.organizationRequest.create({
      data: {
        tokenHash: link.hash,
        expiresAt: link.expiresAt,
        contactEmail: details.contactEmail,
        contactName: details.contactName,
        details: details as unknown as Prisma.InputJsonObject,
      },
    });
    await enqueueMail(tx, {
      to: details.contactEmail,
      template: "organization-request-confirm",
      // The link creates the organization: erased from the queue once delivered.
      sensitive: true,
      props: {
        contactName: details.contactName,
        organizationName: details.legalName,
        confirmUrl: `${env().APP_URL}/employers/start/confirm/${link.token}`,
        expiresOn: link.expiresOn,
      },
    });
  });
}

export type PendingRequest = { id: string; details: StartDetails; expiresAt: Date };

/** The unconfirmed, unexpired request behind an emailed token, or null. */
export async function findPendingRequest(token: string): Promise<PendingRequest | null> {
  if (!isEmailTokenShape(token)) return null;
  const request = await db.organizationRequest.findUnique({ where: { tokenHash: emailTokenHash(token) } });
  if (!request || request.status !== "PENDING" || request.expiresAt <= new Date()) return null;
  return { id: request.id, details: StartOnboardingSchema.parse(request.details), expiresAt: request.expiresAt };
}

export type ConfirmOutcome = { kind: "created"; organizationId: string } | { kind: "claimed" };

/**
 * The contact's click: uses the token up (so a double click or a second tab does nothing twice), then creates the
 * organization, or records a claim when one matching it exists. A concurrent creation of the same organization
 * (two colleagues confirming at once) makes the second a claim too.
 */
export async function confirmOrganizationRequest(
  token: string,
  request: PendingRequest,
  ctx: RequestContext,
): Promise<ConfirmOutcome> {
  try {
    return await db.$transaction((tx) => confirmInTransaction(tx, token, request, ctx));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.$transaction((tx) => confirmInTransaction(tx, token, request, ctx));
  }
}

async function confirmInTransaction(tx: Tx, token: string, request: PendingRequest, ctx: RequestContext) {
  const used = await tx.organizationRequest.updateMany({
    where: { id: request.id, tokenHash: emailTokenHash(token), status: "PENDING", expiresAt: { gt: new Date() } },
    data: { tokenHash: null },
  });
  if (used.count === 0) throw new AppError("CONFLICT", CONFIRM_LINK_USED);
  const existing = await findMatchingOrganization(tx, request.details);
  if (existing) {
    await recordClaim(tx, request, existing, ctx);
    return { kind: "claimed" } as const;
  }
  const organizationId = await createOrganization(tx, request, ctx);
  return { kind: "created", organizationId } as const;
}

export const CONFIRM_LINK_USED =
  "This link has expired or was already used. If you confirmed already, check your email for the next step; otherwise start again.";

function findMatchingOrganization(tx: Tx, details: StartDetails) {
  return tx.organization.findFirst({
    where: {
      OR: [
        ...(details.ein ? [{ ein: details.ein }] : []),
        { legalNameKey: legalNameKey(details.legalName), state: details.state },
      ],
    },
    select: { id: true, legalName: true, ein: true, state: true },
  });
}

/** Every AAMI staff member, as recipients of a message about this organization. */
async function staffRecipients(tx: Tx, organizationId: string) {
  const staff = await tx.user.findMany({ where: { staffRole: { not: null } }, select: { email: true } });
  return staff.map((s) => ({ to: s.email, organizationId }));
}

async function recordClaim(
  tx: Tx,
  request: PendingRequest,
  existing: { id: string; legalName: string; ein: string | null; state: string },
  ctx: RequestContext,
) {
  const { details } = request;
  await tx.organizationRequest.update({
    where: { id: request.id },
    data: { status: "CLAIMED", organizationId: existing.id },
  });
  await ctx.audit(tx, {
    kind: "organization.claim_received",
    organizationId: existing.id,
    actorId: null,
    subject: { type: "OrganizationRequest", id: request.id },
    payload: { requestId: request.id, requesterEmail: details.contactEmail, requesterName: details.contactName },
  });
  await enqueueMail(tx, {
    to: details.contactEmail,
    template: "organization-claim-received",
    props: { contactName: details.contactName },
  });
  const owners = await tx.membership.findMany({
    where: { organizationId: existing.id, role: "OWNER" },
    select: { user: { select: { email: true } } },
  });
  await enqueueMailToMany(tx, {
    template: "organization-claim-owners",
    props: { organizationName: existing.legalName },
    recipients: owners.map((o) => ({ to: o.user.email, organizationId: existing.id })),
  });
  const matchedOn =
    details.ein && existing.ein === details.ein
      ? "the same EIN"
      : `the same legal name in ${stateName(existing.state)}`;
  await enqueueMailToMany(tx, {
    template: "staff-organization-claim",
    props: {
      organizationName: existing.legalName,
      claimant: `${details.contactName} (${details.contactEmail}, ${details.contactPhone})`,
      matchedOn,
      employerUrl: `${env().APP_URL}/staff/employers/${existing.id}`,
    },
    recipients: await staffRecipients(tx, existing.id),
  });
}

async function createOrganization(tx: Tx, request: PendingRequest, ctx: RequestContext) {
  const { details } = request;
  const owner = await ensureUserByEmail(tx, details.contactEmail);
  if (owner.staffRole) {
    throw new AppError(
      "CONFLICT",
      "This address belongs to an AAMI staff account, which cannot own an organization. Start again with your own work email address at the organization.",
    );
  }
  const org = await tx.organization.create({
    data: {
      legalName: details.legalName,
      legalNameKey: legalNameKey(details.legalName),
      dbaName: details.dbaName,
      ein: details.ein,
      addressLine1: details.addressLine1,
      addressLine2: details.addressLine2,
      city: details.city,
      county: details.county,
      state: details.state,
      postalCode: details.postalCode,
      region: regionOf(details.state),
      contactName: details.contactName,
      contactEmail: details.contactEmail,
      contactPhone: details.contactPhone,
      apprenticesWanted: details.apprenticesWanted,
      heardAbout: details.heardAbout,
      memberships: { create: { userId: owner.id, role: "OWNER" } },
      steps: { create: { step: "INTENT", status: "COMPLETE", completedAt: new Date(), completedById: owner.id } },
    },
    select: { id: true },
  });
  await tx.organizationRequest.update({
    where: { id: request.id },
    data: { status: "CREATED", organizationId: org.id },
  });
  await tx.user.update({
    where: { id: owner.id },
    data: { activeOrganizationId: org.id, ...(owner.created ? { name: details.contactName } : {}) },
  });
  await ctx.audit(tx, {
    kind: "organization.created",
    organizationId: org.id,
    actorId: owner.id,
    subject: { type: "Organization", id: org.id },
    payload: { legalName: details.legalName, state: details.state, ownerEmail: details.contactEmail },
  });
  const appUrl = env().APP_URL;
  await enqueueMail(tx, {
    to: details.contactEmail,
    template: "employer-welcome",
    organizationId: org.id,
    props: {
      contactName: details.contactName,
      organizationName: details.legalName,
      checklistUrl: `${appUrl}/onboarding`,
      stepCount: STEPS.length,
    },
  });
  await enqueueMailToMany(tx, {
    template: "staff-new-employer",
    props: {
      organizationName: details.legalName,
      location: `${details.city}, ${details.state}`,
      contact: `${details.contactName}, ${details.contactEmail}, ${details.contactPhone}`,
      apprenticesWanted: details.apprenticesWanted,
      employerUrl: `${appUrl}/staff/employers/${org.id}`,
    },
    recipients: await staffRecipients(tx, org.id),
  });
  return org.id;
}
