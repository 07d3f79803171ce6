import "server-only";
import { needsGuardian } from "@/lib/apprentices/agreement/document";
import { signingTokenHash } from "@/lib/apprentices/agreement/signing-link";
import { isEmailTokenShape } from "@/lib/email-token";
import { requireStaffOrOrg } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

// Reading apprenticeship agreements: the current one of an apprentice, its file for those allowed to see it, and
// what an emailed signing link leads to.

/** The apprentice's current (not voided) agreement, newest first; null before the employer signs. */
export function currentAgreement(organizationId: string, apprenticeId: string) {
  return db.apprenticeAgreement.findFirst({
    where: { apprenticeId, organizationId, voidedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      fileId: true,
      employerSignerName: true,
      employerSignedAt: true,
      apprenticeSignerName: true,
      apprenticeSignedAt: true,
      guardianSignerName: true,
      guardianSignedAt: true,
      signingTokenExpiresAt: true,
    },
  });
}

/** An agreement's PDF, for AAMI staff or the organization it belongs to; anyone else gets "not found". */
export async function agreementFileForViewer(agreementId: string) {
  const { organizationId } = await requireStaffOrOrg();
  const agreement = await db.apprenticeAgreement.findFirst({
    where: { id: agreementId, ...(organizationId ? { organizationId } : {}) },
    select: { fileId: true },
  });
  if (!agreement?.fileId) throw notFound();
  return agreement.fileId;
}

/**
 * What a signing link leads to, while it can still be used: not expired, not replaced or used, its agreement not
 * voided and the apprentice waiting to sign. Null otherwise; the page then says the link no longer works.
 */
export async function findSigningLink(token: string) {
  if (!isEmailTokenShape(token)) return null;
  const agreement = await db.apprenticeAgreement.findUnique({
    where: { signingTokenHash: signingTokenHash(token) },
    select: {
      id: true,
      fileId: true,
      voidedAt: true,
      apprenticeSignedAt: true,
      signingTokenExpiresAt: true,
      employerSignerName: true,
      apprentice: {
        select: {
          id: true,
          status: true,
          firstName: true,
          lastName: true,
          dateOfBirth: true,
          startDate: true,
          creditedOjtHours: true,
          entryWageCents: true,
          organization: { select: { id: true, legalName: true } },
        },
      },
    },
  });
  const usable =
    agreement &&
    !agreement.voidedAt &&
    !agreement.apprenticeSignedAt &&
    agreement.signingTokenExpiresAt &&
    agreement.signingTokenExpiresAt > new Date() &&
    agreement.apprentice.status === "PENDING_SIGNATURES";
  if (!usable) return null;
  const a = agreement.apprentice;
  return {
    agreementId: agreement.id,
    fileId: agreement.fileId,
    apprenticeId: a.id,
    apprenticeName: `${a.firstName} ${a.lastName}`,
    organizationId: a.organization.id,
    organizationName: a.organization.legalName,
    employerSignerName: agreement.employerSignerName,
    startDate: a.startDate,
    creditedOjtHours: a.creditedOjtHours,
    entryWageCents: a.entryWageCents,
    guardianRequired: needsGuardian(a),
    expiresAt: agreement.signingTokenExpiresAt!,
  };
}

export type SigningLink = NonNullable<Awaited<ReturnType<typeof findSigningLink>>>;
