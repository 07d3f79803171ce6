import "server-only";
import { requireTrainingManager, type TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fieldError, fieldErrors } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { ratioCheck } from "@/lib/onboarding/ratio";
import type { Tx } from "@/lib/prisma-client";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { ratioLabel } from "@/lib/program/standards/model";
import { lockApprentice } from "@/lib/training/lock";
import { HOLDING_A_MENTOR_PLACE } from "@/lib/training/status";
import { ensureUserByEmail } from "@/lib/users";

// An owner or admin assigns one of the organization's mentors to an apprentice in training. That opens the
// training record to both: the mentor and the apprentice (when the enrollment has their email) get a sign-in of
// their own, linked to their records here, and an email saying what to do next. Each mentor counts as one
// journeyworker for the program's apprentice-to-journeyworker ratio, so no mentor takes more apprentices than the
// ratio allows; the mentor's row is locked while counting, so two assignments at once cannot both squeeze in.

const STAFF_ADDRESS =
  "belongs to an AAMI staff account, which cannot also be used in training. Change the address on the record first.";

/**
 * The user an email signs in as, created if missing, for a mentor's or an apprentice's training access; refuses
 * AAMI staff accounts (the message goes on `field`). Step 5 calls it too when a linked mentor's address changes, so
 * access follows the address and the old one loses it.
 */
export async function trainingUser(tx: Tx, email: string, field: string, who: string) {
  const user = await ensureUserByEmail(tx, email.toLowerCase());
  if (user.staffRole) fieldErrors({ [field]: [`This address ${STAFF_ADDRESS}`] }, `${who}'s address ${STAFF_ADDRESS}`);
  return user.id;
}

/** Nobody mentors themself: a mentor approves the hours and signs off the skills of someone else. */
export const OWN_MENTOR = "This mentor signs in with the apprentice's own address: choose someone else to mentor them.";

export async function assignMentor(access: TrainingAccess, mentorId: string, ip: string | null) {
  requireTrainingManager(access);
  const standards = await getCurrentStandards();
  const { apprenticeId, organizationId } = access;
  await db.$transaction(async (tx) => {
    // The apprentice first, then the mentor: two owners assigning at once take turns, and the second sees the first.
    await lockApprentice(tx, access);
    const [mentor] = await tx.$queryRaw<{ id: string; name: string; email: string }[]>`
      SELECT id, name, email FROM "Mentor" WHERE id = ${mentorId} AND "organizationId" = ${organizationId} FOR UPDATE`;
    if (!mentor) fieldError("mentorId", "Choose one of your organization's mentors.");
    const apprentice = await tx.apprentice.findUniqueOrThrow({
      where: { id: apprenticeId },
      select: {
        firstName: true,
        lastName: true,
        email: true,
        userId: true,
        mentorId: true,
        mentor: { select: { name: true } },
      },
    });
    if (apprentice.mentorId === mentor.id) return;
    const mentees = await tx.apprentice.count({
      where: { mentorId: mentor.id, ...HOLDING_A_MENTOR_PLACE, id: { not: apprenticeId } },
    });
    const ratio = ratioCheck(standards.ratio, mentees + 1, 1);
    if (!ratio.met) {
      fieldError(
        "mentorId",
        ratio.allowed === 0
          ? `The program's ratio is ${ratioLabel(standards.ratio)}, more journeyworkers than one mentor: ask AAMI how to assign mentors under it.`
          : `${mentor.name} already mentors ${mentees} apprentice${mentees === 1 ? "" : "s"}. The program's ratio is ${ratioLabel(standards.ratio)}: choose another mentor.`,
      );
    }
    const mentorUserId = await trainingUser(tx, mentor.email, "mentorId", mentor.name);
    const apprenticeUserId =
      apprentice.userId ??
      (apprentice.email ? await trainingUser(tx, apprentice.email, "mentorId", apprentice.firstName) : null);
    if (apprenticeUserId === mentorUserId) fieldError("mentorId", OWN_MENTOR);
    await tx.mentor.update({ where: { id: mentor.id }, data: { userId: mentorUserId } });
    await tx.apprentice.update({
      where: { id: apprenticeId },
      data: { mentorId: mentor.id, userId: apprenticeUserId },
    });
    await recordAudit(tx, {
      kind: "training.mentor_assigned",
      organizationId,
      actorId: access.user.id,
      subject: { type: "Apprentice", id: apprenticeId },
      payload: {
        mentorId: mentor.id,
        mentorName: mentor.name,
        previousMentorName: apprentice.mentor?.name ?? null,
        apprenticeCanSignIn: apprenticeUserId !== null,
      },
      ip,
    });
    const { APP_URL } = env();
    const apprenticeName = `${apprentice.firstName} ${apprentice.lastName}`;
    const organizationName = (
      await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { legalName: true } })
    ).legalName;
    await enqueueMail(tx, {
      to: mentor.email,
      organizationId,
      template: "training-mentor-assigned",
      props: {
        mentorName: mentor.name,
        apprenticeName,
        organizationName,
        signInUrl: `${APP_URL}/signin?callbackUrl=%2Ftraining%2Freview`,
      },
    });
    if (apprentice.email && !apprentice.userId) {
      await enqueueMail(tx, {
        to: apprentice.email,
        organizationId,
        template: "training-record-open",
        props: {
          firstName: apprentice.firstName,
          mentorName: mentor.name,
          organizationName,
          signInUrl: `${APP_URL}/signin?callbackUrl=%2Ftraining`,
        },
      });
    }
  });
}
