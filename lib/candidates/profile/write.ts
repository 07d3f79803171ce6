import "server-only";
import type { CandidateProfileReason } from "@/emails/candidate-profile";
import { answeredSelfId, type InterestForm } from "@/lib/candidates/interest/schemas";
import { profileLink } from "@/lib/candidates/profile/link";
import { enqueueMail } from "@/lib/mail/outbox";
import type { Tx } from "@/lib/prisma-client";
import { regionOf } from "@/lib/regions";
import { formatLongDate } from "@/lib/dates";

// Writing a candidate's own profile, shared by the public form and the private link.

type ProfileAnswers = Omit<InterestForm, "email" | "website">;

/**
 * The profile columns from the form's answers. A withdrawn profile stays withdrawn: only its owner, through the
 * private link, shares it again (anyone can type an address into the public form).
 */
export function profileData(input: ProfileAnswers) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    phone: input.phone ?? null,
    city: input.city,
    state: input.state,
    postalCode: input.postalCode,
    region: regionOf(input.state),
    willingToRelocate: input.willingToRelocate === "yes",
    statesOfInterest: [...new Set(input.statesOfInterest)],
    regionsOfInterest: [...new Set(input.regionsOfInterest)],
    educationLevel: input.educationLevel,
    situation: input.situation,
    experienceTags: [...new Set(input.experienceTags)],
    experienceNotes: input.experienceNotes ?? null,
    heardAbout: input.heardAbout ?? null,
    consentToShare: true,
    consentAt: new Date(),
  };
}

/**
 * Voluntary answers go to their own table. The public form does not show earlier answers, so sending it without
 * any keeps them ("keep"); the private link shows them, so clearing them there removes them ("replace").
 */
export async function saveSelfIdentification(
  tx: Tx,
  candidateId: string,
  selfId: InterestForm["selfId"],
  blank: "keep" | "replace",
) {
  if (!answeredSelfId(selfId)) {
    if (blank === "replace") await tx.candidateDemographics.deleteMany({ where: { candidateId } });
    return;
  }
  const data = {
    sex: selfId.sex ?? null,
    ethnicity: selfId.ethnicity ?? null,
    races: [...new Set(selfId.races)],
    veteranStatus: selfId.veteranStatus ?? null,
    disability: selfId.disability ?? null,
  };
  await tx.candidateDemographics.upsert({ where: { candidateId }, create: { candidateId, ...data }, update: data });
}

/** A new link for these occasions revokes the older ones; the others repeat the link the candidate is using. */
const NEW_LINK: Record<CandidateProfileReason, boolean> = {
  received: false,
  "form-again": true,
  requested: true,
  withdrawn: false,
};

/** What queueProfileEmail needs of a candidate. */
export const selectForProfileEmail = {
  id: true,
  email: true,
  firstName: true,
  withdrawnAt: true,
  linkVersion: true,
} as const;

/** Queues the email carrying the candidate's private link, in the transaction of the change that causes it. */
export async function queueProfileEmail(
  tx: Tx,
  candidate: { id: string; email: string; firstName: string; withdrawnAt: Date | null; linkVersion: number },
  reason: CandidateProfileReason,
) {
  const linkVersion = NEW_LINK[reason]
    ? (
        await tx.candidate.update({
          where: { id: candidate.id },
          data: { linkVersion: { increment: 1 } },
          select: { linkVersion: true },
        })
      ).linkVersion
    : candidate.linkVersion;
  const link = profileLink({ id: candidate.id, linkVersion });
  await enqueueMail(tx, {
    to: candidate.email,
    template: "candidate-profile",
    props: {
      firstName: candidate.firstName,
      reason,
      profileUrl: link.url,
      linkExpiresOn: formatLongDate(link.expiresOn),
      withdrawn: candidate.withdrawnAt !== null,
    },
    // The link opens the profile: the body is erased once delivered.
    sensitive: true,
  });
}
