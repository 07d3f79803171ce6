import "server-only";
import { requireStaffOrOrg } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

const SUMMARY = {
  id: true,
  version: true,
  status: true,
  method: true,
  signerName: true,
  signerTitle: true,
  signerEmail: true,
  signedAt: true,
  signedSha256: true,
  unsignedSha256: true,
  voidedAt: true,
  voidedReason: true,
} as const;

/** The organization's newest agreement (signed, or voided and waiting for a new signature), or null. */
export async function getLatestAgreement(organizationId: string) {
  return db.employerAgreement.findFirst({
    where: { organizationId },
    orderBy: { version: "desc" },
    select: SUMMARY,
  });
}

/**
 * A signed agreement's stored file, for AAMI staff or for a member of the organization that signed it. Anyone
 * else gets "not found".
 */
export async function getAgreementFileForViewer(agreementId: string) {
  const { organizationId } = await requireStaffOrOrg();
  const agreement = await db.employerAgreement.findFirst({
    where: { id: agreementId, ...(organizationId ? { organizationId } : {}) },
    select: { signedFileId: true },
  });
  if (!agreement) throw notFound();
  return agreement.signedFileId;
}
