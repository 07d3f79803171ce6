"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { requirePartner } from "@/lib/authz/partner";
import { alreadySentMessage, SendInterestSchema } from "@/lib/candidates/partner/schemas";
import { visibleCandidatesWhere } from "@/lib/candidates/partner/scope";
import { PROFILE_REQUEST_PAGE } from "@/lib/candidates/profile/link";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { isUniqueViolation } from "@/lib/prisma-errors";
import type { Tx } from "@/lib/prisma-client";

// An employer partner's expression of interest: at most one per candidate and organization, recorded with the
// candidate's history and the audit log, and emailed to the candidate, all in one transaction.

async function refuseIfAlreadySent(tx: Tx, key: { candidateId: string; organizationId: string }) {
  const earlier = await tx.candidateInterest.findUnique({
    where: { candidateId_organizationId: key },
    select: { createdAt: true },
  });
  if (earlier) throw new AppError("CONFLICT", alreadySentMessage(earlier.createdAt));
}

export const sendInterest = orgAction()
  .schema(SendInterestSchema)
  .action(async ({ input, ctx }) => {
    const { org, user, scope } = await requirePartner(ctx);
    const key = { candidateId: input.candidateId, organizationId: org.id };
    try {
      await db.$transaction(async (tx) => {
        // Locks the candidate: a withdrawal or deletion either commits first (then the check below sees it) or
        // waits for this send, so no email goes to someone who has just withdrawn.
        await tx.$queryRaw`SELECT 1 FROM "Candidate" WHERE "id" = ${input.candidateId} FOR UPDATE`;
        const candidate = await tx.candidate.findFirst({
          where: { AND: [{ id: input.candidateId }, visibleCandidatesWhere(scope)] },
          select: { email: true, firstName: true },
        });
        if (!candidate) throw notFound();
        await refuseIfAlreadySent(tx, key);
        const interest = await tx.candidateInterest.create({
          data: { ...key, userId: user.id, message: input.message },
          select: { id: true },
        });
        await tx.candidateEvent.create({
          data: { candidateId: input.candidateId, kind: "interest-sent", actorId: user.id, note: org.name },
        });
        await ctx.audit(tx, {
          kind: "candidate.interest_sent",
          organizationId: org.id,
          actorId: user.id,
          subject: { type: "Candidate", id: input.candidateId },
          payload: { interestId: interest.id },
        });
        await enqueueMail(tx, {
          to: candidate.email,
          template: "employer-interest",
          organizationId: org.id,
          props: {
            candidateFirstName: candidate.firstName,
            organizationName: org.name,
            senderName: user.name ?? user.email,
            senderEmail: user.email,
            message: input.message,
            // Not the private link: this message is made to be forwarded to the employer, and the link opens the
            // whole profile (self-identification included). The page emails the link to the address on file.
            profileUrl: `${env().APP_URL}${PROFILE_REQUEST_PAGE}`,
          },
        });
      });
    } catch (error) {
      // A colleague (or a double click) sent at the same moment: the unique key kept theirs, so say when it went.
      if (!isUniqueViolation(error)) throw error;
      await refuseIfAlreadySent(db, key);
      throw error;
    }
    revalidatePath(`/candidates/${input.candidateId}`);
    redirect(`/candidates/${input.candidateId}?sent=1`);
  });
