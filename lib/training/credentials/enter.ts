import "server-only";
import { requireCanLogHours, type TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { storeFile } from "@/lib/storage";
import { CREDENTIAL_LABELS } from "@/lib/training/credentials/kinds";
import type { EnterCredentialInput } from "@/lib/training/credentials/schemas";
import { lockApprentice } from "@/lib/training/lock";
import { readEvidence } from "@/lib/training/skills/evidence";

// A credential entered by the apprentice, or by an owner or admin of their organization on their behalf: the day it
// was earned and the certificate as evidence. It waits for AAMI staff (./verify.ts); a returned one is entered again
// as a new credential.

/** Enters a credential; returns its id. */
export async function enterCredential(
  access: TrainingAccess,
  input: EnterCredentialInput,
  ip: string | null,
  today = new Date(),
) {
  requireCanLogHours(access, "Credentials are entered");
  const { apprenticeId, organizationId } = access;
  const earnedOn = new Date(`${input.earnedOn}T00:00:00.000Z`);
  if (earnedOn.getTime() > today.getTime()) {
    fieldError("earnedOn", "That day has not come yet: enter the credential once it is earned.");
  }
  // Read and checked before the transaction: decoding a photo is slow work that must not hold database locks.
  const evidence = await readEvidence(input.evidence, "evidence");
  return db.$transaction(async (tx) => {
    // One at a time per apprentice: two entries of one credential at once take turns, and the second is refused.
    await lockApprentice(tx, access);
    const standing = await tx.credential.findFirst({
      where: { apprenticeId, kind: input.kind, returnedAt: null },
      select: { verifiedAt: true },
    });
    if (standing) {
      fieldError(
        "kind",
        `${CREDENTIAL_LABELS[input.kind]} is already ${standing.verifiedAt ? "verified by AAMI" : "entered and waits for AAMI"}.`,
      );
    }
    const file = await storeFile(tx, { organizationId, ...evidence });
    const credential = await tx.credential.create({
      data: {
        organizationId,
        apprenticeId,
        kind: input.kind,
        earnedOn,
        evidenceFileId: file.id,
        enteredById: access.user.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      kind: "training.credential_entered",
      organizationId,
      actorId: access.user.id,
      subject: { type: "Credential", id: credential.id },
      payload: { apprenticeId, credential: input.kind, earnedOn: input.earnedOn, evidenceSha256: file.sha256 },
      ip,
    });
    return credential.id;
  });
}
