import "server-only";
import type { StaffContext } from "@/lib/authz";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueMailToMany } from "@/lib/mail/outbox";
import { employerRecipients } from "@/lib/organizations/recipients";
import { CREDENTIAL_LABELS } from "@/lib/training/credentials/kinds";

// AAMI staff verify a credential the apprentice entered, or return it with a reason so it can be entered again.
// The decision is one conditional update (still waiting: neither verified nor returned), so two staff deciding at
// once cannot both win: the second is told what the first did. The decision, its audit event and the email to the
// organization's owners and admins and the apprentice commit together; from then on the row never changes (a
// trigger).

type Decision = { verdict: "verified" } | { verdict: "returned"; reason: string };

/** Verifies or returns a waiting credential; returns its apprentice's id. */
export async function decideCredential(
  staff: Pick<StaffContext, "user">,
  credentialId: string,
  decision: Decision,
  ip: string | null,
) {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const moved = await tx.credential.updateMany({
      where: { id: credentialId, verifiedAt: null, returnedAt: null },
      data:
        decision.verdict === "verified"
          ? { verifiedAt: now, verifiedById: staff.user.id }
          : { returnedAt: now, returnedById: staff.user.id, returnReason: decision.reason },
    });
    const credential = await tx.credential.findUnique({
      where: { id: credentialId },
      select: {
        apprenticeId: true,
        kind: true,
        earnedOn: true,
        verifiedAt: true,
        // The apprentice's employer now, which is not the one the credential was entered at after a transfer.
        apprentice: {
          select: { organizationId: true, firstName: true, lastName: true, user: { select: { email: true } } },
        },
      },
    });
    if (!credential) throw new AppError("NOT_FOUND");
    if (moved.count === 0) {
      throw new AppError(
        "CONFLICT",
        `This credential was already ${credential.verifiedAt ? "verified" : "returned"} by AAMI staff. Reload the page to see it.`,
      );
    }
    const { apprenticeId, apprentice } = credential;
    const { organizationId } = apprentice;
    const label = CREDENTIAL_LABELS[credential.kind];
    if (decision.verdict === "verified") {
      await recordAudit(tx, {
        kind: "training.credential_verified",
        organizationId,
        actorId: staff.user.id,
        subject: { type: "Credential", id: credentialId },
        payload: { apprenticeId, credential: credential.kind },
        ip,
      });
    } else {
      await recordAudit(tx, {
        kind: "training.credential_returned",
        organizationId,
        actorId: staff.user.id,
        subject: { type: "Credential", id: credentialId },
        payload: { apprenticeId, credential: credential.kind, reason: decision.reason },
        ip,
      });
    }
    const recipients = await employerRecipients(tx, organizationId);
    const apprenticeEmail = apprentice.user?.email.toLowerCase();
    await enqueueMailToMany(tx, {
      template: "training-credential-decided",
      props: {
        apprenticeName: `${apprentice.firstName} ${apprentice.lastName}`,
        credential: label,
        earnedOn: formatLongDate(credential.earnedOn),
        returnReason: decision.verdict === "returned" ? decision.reason : null,
        credentialsUrl: `${env().APP_URL}/training/${apprenticeId}/credentials`,
      },
      recipients: [...new Set([...recipients, ...(apprenticeEmail ? [apprenticeEmail] : [])])].map((to) => ({
        to,
        organizationId,
      })),
    });
    return apprenticeId;
  });
}
