import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { INTEREST_LIMITS, LINK_LIMITS } from "@/lib/candidates/limits";
import { db } from "@/lib/db";
import { requestLimitKey } from "@/lib/rate-limit";

// Deleting a candidate removes everything that identifies them; only an anonymous count per region and sign-up
// month survives (CandidateTally), so AAMI's recruitment figures do not shrink when people leave.

/** Messages addressed to candidates as candidates: they hold the name, the private link or an employer's note. */
const CANDIDATE_MAIL_TEMPLATES = ["candidate-profile", "employer-interest"];

/** Who deleted: the candidate through their private link, or a staff member at their request. */
export type Deleter = { by: "candidate" } | { by: "staff"; staffId: string; ip: string | null };

/** Returns whether there was anything to delete (a second click finds nothing, and that is fine). */
export async function deleteCandidate(candidateId: string, deleter: Deleter): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // DELETE … RETURNING: of two deletions at once only one gets the row, so the tally counts the person once.
    // The profile's demographics, history, views and interests go with it (ON DELETE CASCADE); an apprentice record
    // made from it keeps its own copy and loses only the link.
    const [gone] = await tx.$queryRaw<{ email: string; region: string; createdAt: Date }[]>`
      DELETE FROM "Candidate" WHERE "id" = ${candidateId} RETURNING "email", "region", "createdAt"`;
    if (!gone) return false;
    const month = gone.createdAt.toISOString().slice(0, 7);
    await tx.candidateTally.upsert({
      where: { region_month: { region: gone.region, month } },
      create: { region: gone.region, month, deleted: 1 },
      update: { deleted: { increment: 1 } },
    });
    await tx.mailMessage.deleteMany({ where: { to: gone.email, template: { in: CANDIDATE_MAIL_TEMPLATES } } });
    await tx.profileLinkRequest.deleteMany({ where: { email: gone.email } });
    await tx.rateLimit.deleteMany({
      where: {
        key: {
          in: [
            requestLimitKey(INTEREST_LIMITS.perEmail, null, gone.email).key,
            requestLimitKey(LINK_LIMITS.perTarget, null, gone.email).key,
            requestLimitKey(LINK_LIMITS.perTarget, null, candidateId).key,
          ],
        },
      },
    });
    await recordAudit(tx, {
      kind: "candidate.deleted",
      organizationId: null,
      actorId: deleter.by === "staff" ? deleter.staffId : null,
      subject: { type: "Candidate", id: candidateId },
      payload: { by: deleter.by },
      ip: deleter.by === "staff" ? deleter.ip : null,
    });
    return true;
  });
}
