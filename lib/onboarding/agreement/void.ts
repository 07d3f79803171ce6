import "server-only";
import type { StepKey } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/prisma-client";
import {
  AGREEMENT_CONTENT_STEPS,
  agreementFingerprint,
  loadAgreementContent,
} from "@/lib/onboarding/agreement/content";

/**
 * After a change to step `step`, voids the signed agreement if what it says no longer matches the organization's
 * data. The signed PDF itself is never touched; the row only records that, and why, it no longer counts.
 */
export async function voidOutdatedAgreement(tx: Tx, organizationId: string, step: StepKey, actorId: string) {
  const changed = AGREEMENT_CONTENT_STEPS[step];
  if (!changed) return;
  const signed = await tx.employerAgreement.findFirst({
    where: { organizationId, status: "SIGNED" },
    select: { id: true, version: true, contentFingerprint: true },
  });
  if (!signed) return;
  if (signed.contentFingerprint === agreementFingerprint(await loadAgreementContent(organizationId, tx))) return;
  const reason = `${changed[0]!.toUpperCase()}${changed.slice(1)} changed after the agreement was signed.`;
  await tx.employerAgreement.update({
    where: { id: signed.id },
    data: { status: "VOIDED", voidedAt: new Date(), voidedReason: reason },
  });
  await recordAudit(tx, {
    kind: "agreement.voided",
    organizationId,
    actorId,
    subject: { type: "EmployerAgreement", id: signed.id },
    payload: { version: signed.version, reason },
  });
}
