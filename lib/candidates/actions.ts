"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/action-client";
import { INTEREST_LIMITS } from "@/lib/candidates/limits";
import { profileData, queueProfileEmail, saveSelfIdentification } from "@/lib/candidates/profile-write";
import { InterestFormSchema } from "@/lib/candidates/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// The public interest form. No account: the email address identifies the candidate, so sending the form again
// with the same address updates that profile instead of creating a second one.

const DONE_PAGE = "/apprentices/interest/thanks";
const TOO_MANY =
  "We have received several forms from you in the last hour. Please wait an hour and send it again; what you typed is still here.";

export const submitInterest = publicAction.schema(InterestFormSchema).action(async ({ input, ctx }) => {
  // A filled honeypot is a bot: it is shown the same confirmation and nothing is stored.
  if (input.website) redirect(DONE_PAGE);
  const withinIp = await ctx.withinLimit(INTEREST_LIMITS.perIp);
  const withinEmail = await ctx.withinLimit(INTEREST_LIMITS.perEmail, input.email);
  if (!withinIp || !withinEmail) throw new AppError("CONFLICT", TOO_MANY);

  await db.$transaction(async (tx) => {
    const existing = await tx.candidate.findUnique({ where: { email: input.email }, select: { id: true } });
    // Two sends at once with a new address: the unique email makes the second an update of the first.
    const candidate = await tx.candidate.upsert({
      where: { email: input.email },
      create: { email: input.email, ...profileData(input) },
      update: profileData(input),
      select: { id: true, email: true, firstName: true, withdrawnAt: true },
    });
    await saveSelfIdentification(tx, candidate.id, input.selfId, "keep");
    await tx.candidateEvent.create({
      data: { candidateId: candidate.id, kind: existing ? "updated" : "submitted" },
    });
    // Anyone can type an address: its owner is told of every update and can correct it through the link.
    await queueProfileEmail(tx, candidate, existing ? "updated" : "received");
  });
  redirect(DONE_PAGE);
});
