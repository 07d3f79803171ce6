"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/action-client";
import { LINK_LIMITS } from "@/lib/candidates/limits";
import { LINK_NOT_VALID } from "@/lib/authz/candidate-link";
import { candidateLinkAction, expiredCandidateLinkAction } from "@/lib/authz/token-action";
import { deleteCandidate } from "@/lib/candidates/deletion";
import { PROFILE_REQUEST_PAGE } from "@/lib/candidates/profile/link";
import { requestProfileLinkByEmail } from "@/lib/candidates/profile/link-requests";
import {
  profileData,
  queueProfileEmail,
  saveSelfIdentification,
  selectForProfileEmail,
} from "@/lib/candidates/profile/write";
import {
  DeleteProfileSchema,
  ProfileFormSchema,
  ProfileLinkSchema,
  RequestProfileLinkSchema,
} from "@/lib/candidates/profile/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// What a candidate does with their own profile through their private link (no account), and asking for that
// link again by email. Each action checks the link itself before touching anything.

const profilePage = (token: string, done: string) => `/apprentices/profile/${token}?done=${done}`;
const LINK_SENT_PAGE = `${PROFILE_REQUEST_PAGE}?sent=1`;
const TOO_MANY_LINKS =
  "We have sent several links in the last hour. Please wait an hour, or use the newest email you received.";

export const updateProfile = candidateLinkAction.schema(ProfileFormSchema).action(async ({ input, ctx }) => {
  const { candidateId } = ctx.link;
  await db.$transaction(async (tx) => {
    const updated = await tx.candidate.updateMany({ where: { id: candidateId }, data: profileData(input) });
    if (updated.count === 0) throw new AppError("NOT_FOUND", LINK_NOT_VALID);
    await saveSelfIdentification(tx, candidateId, input.selfId, "replace");
    await tx.candidateEvent.create({ data: { candidateId, kind: "updated-by-candidate" } });
  });
  redirect(profilePage(input.token, "updated"));
});

export const withdrawProfile = candidateLinkAction.schema(ProfileLinkSchema).action(async ({ input, ctx }) => {
  const { candidateId } = ctx.link;
  await db.$transaction(async (tx) => {
    // Guarded on "not yet withdrawn", so a double click withdraws (and emails) once.
    const withdrawn = await tx.candidate.updateMany({
      where: { id: candidateId, withdrawnAt: null },
      data: { withdrawnAt: new Date() },
    });
    const candidate = await tx.candidate.findUnique({ where: { id: candidateId }, select: selectForProfileEmail });
    if (!candidate) throw new AppError("NOT_FOUND", LINK_NOT_VALID);
    if (withdrawn.count === 0) return;
    await tx.candidateEvent.create({ data: { candidateId, kind: "withdrawn" } });
    await queueProfileEmail(tx, candidate, "withdrawn");
  });
  redirect(profilePage(input.token, "withdrawn"));
});

export const shareProfileAgain = candidateLinkAction.schema(ProfileLinkSchema).action(async ({ input, ctx }) => {
  const { candidateId } = ctx.link;
  await db.$transaction(async (tx) => {
    // Guarded on "withdrawn", so a double click records it once.
    const shared = await tx.candidate.updateMany({
      where: { id: candidateId, withdrawnAt: { not: null } },
      data: { withdrawnAt: null, consentToShare: true, consentAt: new Date() },
    });
    if (shared.count === 1) await tx.candidateEvent.create({ data: { candidateId, kind: "shared-again" } });
    else if (!(await tx.candidate.count({ where: { id: candidateId } })))
      throw new AppError("NOT_FOUND", LINK_NOT_VALID);
  });
  redirect(profilePage(input.token, "shared"));
});

export const deleteProfile = candidateLinkAction.schema(DeleteProfileSchema).action(async ({ ctx }) => {
  const { candidateId } = ctx.link;
  // Already gone (a double click, a second tab) ends on the same confirmation.
  await deleteCandidate(candidateId, { by: "candidate" });
  redirect(`${PROFILE_REQUEST_PAGE}/deleted`);
});

/** From an expired link: a fresh one to the address on the profile, which is where the expired one went. */
export const resendProfileLink = expiredCandidateLinkAction.schema(ProfileLinkSchema).action(async ({ ctx }) => {
  const { candidateId } = ctx.link;
  if (!(await ctx.withinLimit(LINK_LIMITS.perTarget, candidateId))) {
    throw new AppError("CONFLICT", TOO_MANY_LINKS);
  }
  await db.$transaction(async (tx) => {
    const candidate = await tx.candidate.findUniqueOrThrow({
      where: { id: candidateId },
      select: selectForProfileEmail,
    });
    await tx.candidateEvent.create({ data: { candidateId, kind: "link-sent" } });
    await queueProfileEmail(tx, candidate, "requested");
  });
  redirect(LINK_SENT_PAGE);
});

/**
 * Anyone may ask. The request is stored as it is and resolved in the background (lib/candidates/profile/link-requests.ts),
 * so the answer, and the time it takes, are the same whether or not the address has a profile.
 */
export const requestProfileLink = publicAction.schema(RequestProfileLinkSchema).action(async ({ input, ctx }) => {
  const withinIp = await ctx.withinLimit(LINK_LIMITS.perIp);
  const withinEmail = await ctx.withinLimit(LINK_LIMITS.perTarget, input.email);
  if (!withinIp || !withinEmail) throw new AppError("CONFLICT", TOO_MANY_LINKS);
  await requestProfileLinkByEmail(db, input.email, "REQUESTED");
  redirect(LINK_SENT_PAGE);
});

/** "Sign out this link": every link sent so far stops working; a new one can be asked for by email. */
export const signOutProfileLink = candidateLinkAction.schema(ProfileLinkSchema).action(async ({ ctx }) => {
  const { candidateId } = ctx.link;
  await db.$transaction(async (tx) => {
    await tx.candidate.update({ where: { id: candidateId }, data: { linkVersion: { increment: 1 } } });
    await tx.candidateEvent.create({ data: { candidateId, kind: "link-signed-out" } });
  });
  redirect(`${PROFILE_REQUEST_PAGE}?signedOut=1`);
});
