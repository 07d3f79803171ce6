import "server-only";
import type { ProfileLinkRequestReason } from "@prisma/client";
import type { CandidateProfileReason } from "@/emails/candidate-profile";
import type { CandidateEventKind } from "@/lib/candidates/events";
import { queueProfileEmail, selectForProfileEmail } from "@/lib/candidates/profile/write";
import type { Db, Tx } from "@/lib/prisma-client";

// Requests for a candidate's private link by email address. The request itself only stores the address, the same
// one insert whether or not a profile exists, so neither the answer nor its timing tells a stranger who has a
// profile. A background task (instrumentation.ts) resolves them: it emails the link where there is a profile and
// forgets the address either way.

const REASONS: Record<ProfileLinkRequestReason, { email: CandidateProfileReason; event: CandidateEventKind }> = {
  REQUESTED: { email: "requested", event: "link-sent" },
  FORM_AGAIN: { email: "form-again", event: "form-again" },
};

export async function requestProfileLinkByEmail(tx: Tx, email: string, reason: ProfileLinkRequestReason) {
  await tx.profileLinkRequest.create({ data: { email, reason } });
}

/**
 * Resolves waiting requests one at a time, each in its own transaction (the request is deleted, and the email
 * queued, together). SKIP LOCKED lets several instances share the work; returns how many were resolved.
 */
export async function processProfileLinkRequests(db: Db, max = 50): Promise<number> {
  let resolved = 0;
  while (resolved < max) {
    const found = await db.$transaction(async (tx) => {
      const [request] = await tx.$queryRaw<{ email: string; reason: ProfileLinkRequestReason }[]>`
        DELETE FROM "ProfileLinkRequest"
         WHERE "id" = (SELECT "id" FROM "ProfileLinkRequest" ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING "email", "reason"`;
      if (!request) return false;
      const candidate = await tx.candidate.findUnique({
        where: { email: request.email },
        select: selectForProfileEmail,
      });
      if (candidate) {
        const reason = REASONS[request.reason];
        await tx.candidateEvent.create({ data: { candidateId: candidate.id, kind: reason.event } });
        await queueProfileEmail(tx, candidate, reason.email);
      }
      return true;
    });
    if (!found) break;
    resolved++;
  }
  return resolved;
}
