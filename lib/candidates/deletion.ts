import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { INTEREST_LIMITS, LINK_LIMITS } from "@/lib/candidates/limits";
import { tallyIncrements, type StoredSelfId } from "@/lib/candidates/self-id-tally";
import { db } from "@/lib/db";
import { requestLimitKey } from "@/lib/rate-limit";

// Deleting a candidate removes everything that identifies them; only anonymous counts per region and sign-up month
// survive: how many people (CandidateTally), so AAMI's recruitment figures do not shrink when people leave, and what
// they answered to the voluntary self-identification questions (CandidateSelfIdTally), one count per question and
// answer, for the equal-opportunity records 29 CFR 30 asks sponsors to keep.

/** Messages addressed to candidates as candidates: they hold the name, the private link or an employer's note. */
const CANDIDATE_MAIL_TEMPLATES = ["candidate-profile", "employer-interest"];

/** Who deleted: the candidate through their private link, or a staff member at their request. */
export type Deleter = { by: "candidate" } | { by: "staff"; staffId: string; ip: string | null };

/** Returns whether there was anything to delete (a second click finds nothing, and that is fine). */
export async function deleteCandidate(candidateId: string, deleter: Deleter): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // DELETE … RETURNING: of two deletions at once only one gets the row, so the tallies count the person once.
    // The profile's demographics, history, views and interests go with it (ON DELETE CASCADE); RETURNING still
    // reads the demographics as they were when the statement began, so the answers counted are the ones deleted.
    // An apprentice record made from the profile keeps its own enrollment and loses only the link.
    const [gone] = await tx.$queryRaw<{ email: string; region: string; createdAt: Date; selfId: StoredSelfId }[]>`
      DELETE FROM "Candidate" c WHERE c."id" = ${candidateId}
      RETURNING c."email", c."region", c."createdAt",
        (SELECT jsonb_build_object('sex', d."sex", 'ethnicity', d."ethnicity", 'races', d."races",
                                   'disability', d."disability")
           FROM "CandidateDemographics" d WHERE d."candidateId" = c."id") AS "selfId"`;
    if (!gone) return false;
    const { region } = gone;
    const month = gone.createdAt.toISOString().slice(0, 7);
    await tx.candidateTally.upsert({
      where: { region_month: { region, month } },
      create: { region, month, deleted: 1 },
      update: { deleted: { increment: 1 } },
    });
    for (const { question, answer } of tallyIncrements(gone.selfId)) {
      await tx.candidateSelfIdTally.upsert({
        where: { region_month_question_answer: { region, month, question, answer } },
        create: { region, month, question, answer, count: 1 },
        update: { count: { increment: 1 } },
      });
    }
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
