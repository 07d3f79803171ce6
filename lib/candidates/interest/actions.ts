"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/action-client";
import { INTEREST_LIMITS } from "@/lib/candidates/limits";
import { requestProfileLinkByEmail } from "@/lib/candidates/profile/link-requests";
import {
  profileData,
  queueProfileEmail,
  saveSelfIdentification,
  selectForProfileEmail,
} from "@/lib/candidates/profile/write";
import { InterestFormSchema } from "@/lib/candidates/interest/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";

// The public interest form. No account: the email address identifies the candidate. Anyone can type an address, so
// sending the form again with the address of an existing profile changes nothing: the address is emailed its
// private link instead, to review and change the profile there. The page answers the same either way.

const DONE_PAGE = "/apprentices/interest/thanks";
const TOO_MANY =
  "We have received several forms from you in the last hour. Please wait an hour and send it again; what you typed is still here.";

export const submitInterest = publicAction.schema(InterestFormSchema).action(async ({ input, ctx }) => {
  // A filled honeypot is a bot: it is shown the same confirmation and nothing is stored.
  if (input.website) redirect(DONE_PAGE);
  const withinIp = await ctx.withinLimit(INTEREST_LIMITS.perIp);
  const withinEmail = await ctx.withinLimit(INTEREST_LIMITS.perEmail, input.email);
  if (!withinIp || !withinEmail) throw new AppError("CONFLICT", TOO_MANY);

  try {
    await db.$transaction(async (tx) => {
      const candidate = await tx.candidate.create({
        data: { email: input.email, ...profileData(input) },
        select: selectForProfileEmail,
      });
      await saveSelfIdentification(tx, candidate.id, input.selfId, "keep");
      await tx.candidateEvent.create({ data: { candidateId: candidate.id, kind: "submitted" } });
      await queueProfileEmail(tx, candidate, "received");
    });
  } catch (error) {
    // The address has a profile (or a double click created it a moment ago): leave it as it is.
    if (!isUniqueViolation(error)) throw error;
    await requestProfileLinkByEmail(db, input.email, "FORM_AGAIN");
  }
  redirect(DONE_PAGE);
});
