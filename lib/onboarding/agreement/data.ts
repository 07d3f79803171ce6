import "server-only";
import type { AgreementStatus, SignatureMethod } from "@prisma/client";
import { requireStaffOrOrg } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

type AgreementSummary = {
  id: string;
  version: number;
  status: AgreementStatus;
  method: SignatureMethod;
  signerName: string;
  signerTitle: string;
  signerEmail: string;
  signedAt: Date;
  signedSha256: string;
  unsignedSha256: string;
  voidedAt: Date | null;
  voidedReason: string | null;
};

/**
 * The organization's newest agreement (signed, or voided and waiting for a new signature), or null. A statement of
 * our own rather than an ORM call: step 6 reads it on every view, and Prisma 6.19's query compiler compiles every
 * ORM call anew in wasm (the largest single cost of step 6 in a profile, over its ten ORM calls then).
 */
export async function getLatestAgreement(organizationId: string): Promise<AgreementSummary | null> {
  const [latest] = await db.$queryRaw<AgreementSummary[]>`
    SELECT a.id, a.version, a.status::text AS status, a.method::text AS method, a."signerName", a."signerTitle",
           a."signerEmail", a."signedAt", a."signedSha256", a."unsignedSha256", a."voidedAt", a."voidedReason"
      FROM "EmployerAgreement" a
     WHERE a."organizationId" = ${organizationId}
     ORDER BY a.version DESC
     LIMIT 1`;
  return latest ?? null;
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
