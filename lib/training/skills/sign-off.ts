import "server-only";
import { requireMentor, type TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { skillOf } from "@/lib/program/standards/model";
import { storeFile } from "@/lib/storage";
import { lockApprentice } from "@/lib/training/lock";
import { readEvidence } from "@/lib/training/skills/evidence";
import { UNDO_DAYS, undoableUntil, type SignOffSkillInput } from "@/lib/training/skills/schemas";

// Skills signed off by the mentor, asked for by the apprentice, and undone by the mentor within 7 days. A sign-off
// is a record of what the mentor attested: its row never changes except to record an undo (a database trigger
// holds it to that), and signing off again after an undo is a new row.

const ONLY_THE_MENTOR = "Only the apprentice's mentor can sign off their skills or undo a sign-off.";

/** The skill of the published schedule, or a refusal (the page was drawn from an older schedule). */
async function publishedSkill(code: string) {
  const found = skillOf(await getCurrentStandards(), code);
  if (!found) throw new AppError("NOT_FOUND", "The program's schedule has no such skill. Reload the page.");
  return found;
}

const skillUrl = (apprenticeId: string, code: string) =>
  `${env().APP_URL}/training/${apprenticeId}/skills/${encodeURIComponent(code)}`;

/** The mentor signs off a skill: the day it was shown, an optional note and an optional evidence file. */
export async function signOffSkill(
  access: TrainingAccess,
  input: SignOffSkillInput,
  ip: string | null,
  today = new Date(),
) {
  requireMentor(access, ONLY_THE_MENTOR);
  const { skill, set } = await publishedSkill(input.skillCode);
  const { apprenticeId, organizationId } = access;
  const apprentice = await db.apprentice.findUniqueOrThrow({
    where: { id: apprenticeId },
    select: { startDate: true, firstName: true, user: { select: { email: true } } },
  });
  const demonstratedOn = new Date(`${input.demonstratedOn}T00:00:00.000Z`);
  if (demonstratedOn.getTime() > today.getTime()) fieldError("demonstratedOn", "That day has not come yet.");
  if (demonstratedOn < apprentice.startDate) {
    fieldError(
      "demonstratedOn",
      `That is before ${apprentice.firstName}'s start date, ${formatLongDate(apprentice.startDate)}.`,
    );
  }
  // Read and checked before the transaction: decoding a photo is slow work that must not hold database locks.
  const evidence = input.evidence ? await readEvidence(input.evidence, "evidence") : null;
  try {
    return await db.$transaction(async (tx) => {
      // One at a time per apprentice, with requests: a request made as the skill is signed off waits, then is refused.
      await lockApprentice(tx, access);
      const file = evidence ? await storeFile(tx, { organizationId, ...evidence }) : null;
      const signOff = await tx.skillSignOff.create({
        data: {
          organizationId,
          apprenticeId,
          skillCode: skill.code,
          skillSetKey: set.key,
          demonstratedOn,
          note: input.note ?? null,
          evidenceFileId: file?.id ?? null,
          signedById: access.user.id,
        },
        select: { id: true },
      });
      await tx.skillSignOffRequest.updateMany({
        where: { apprenticeId, skillCode: skill.code, resolvedAt: null },
        data: { resolvedAt: new Date() },
      });
      await recordAudit(tx, {
        kind: "training.skill_signed_off",
        organizationId,
        actorId: access.user.id,
        subject: { type: "SkillSignOff", id: signOff.id },
        payload: {
          apprenticeId,
          skillCode: skill.code,
          demonstratedOn: input.demonstratedOn,
          evidenceSha256: file?.sha256 ?? null,
        },
        ip,
      });
      const to = apprentice.user?.email;
      if (to) {
        await enqueueMail(tx, {
          to,
          organizationId,
          template: "training-skill-signed-off",
          props: {
            firstName: apprentice.firstName,
            mentorName: access.user.name ?? access.user.email,
            skill: `${skill.code} ${skill.title}`,
            skillUrl: skillUrl(apprenticeId, skill.code),
          },
        });
      }
      return signOff.id;
    });
  } catch (error) {
    // The partial unique index: the skill was signed off a moment ago (another tab, a double click).
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "This skill is already signed off. Reload the page to see by whom.");
    }
    throw error;
  }
}

/** The mentor undoes a sign-off within 7 days of making it; the undo, its author and reason stay on the record. */
export async function undoSignOff(access: TrainingAccess, signOffId: string, reason: string, ip: string | null) {
  requireMentor(access, ONLY_THE_MENTOR);
  const { apprenticeId, organizationId } = access;
  return db.$transaction(async (tx) => {
    const signOff = await tx.skillSignOff.findFirst({
      where: { id: signOffId, apprenticeId },
      select: { id: true, skillCode: true, createdAt: true, undoneAt: true, organizationId: true },
    });
    if (!signOff) throw new AppError("NOT_FOUND");
    if (signOff.undoneAt) throw new AppError("CONFLICT", "This sign-off was already undone. Reload the page.");
    if (signOff.organizationId !== organizationId) {
      throw new AppError(
        "CONFLICT",
        "This sign-off was made at the employer the apprentice transferred from, so it is not yours to undo. Ask AAMI if it must be corrected.",
      );
    }
    // One clock for the check and the row: the trigger compares the same undoneAt with the same deadline.
    const now = new Date();
    if (!undoableUntil(signOff, organizationId, now)) {
      throw new AppError(
        "CONFLICT",
        `A sign-off can be undone for ${UNDO_DAYS} days after it is made; this one is older. Ask AAMI if it must be corrected.`,
      );
    }
    const moved = await tx.skillSignOff.updateMany({
      where: { id: signOff.id, undoneAt: null },
      data: { undoneAt: now, undoneById: access.user.id, undoReason: reason },
    });
    if (moved.count === 0) throw new AppError("CONFLICT", "This sign-off was already undone. Reload the page.");
    await recordAudit(tx, {
      kind: "training.skill_sign_off_undone",
      organizationId,
      actorId: access.user.id,
      subject: { type: "SkillSignOff", id: signOff.id },
      payload: { apprenticeId, skillCode: signOff.skillCode, reason },
      ip,
    });
    return signOff.skillCode;
  });
}

/** The apprentice asks their mentor to sign off a skill; the mentor is emailed. */
export async function requestSignOff(
  access: TrainingAccess,
  input: { skillCode: string; note?: string },
  ip: string | null,
) {
  if (!access.isApprentice) throw new AppError("FORBIDDEN", "Only the apprentice asks for a sign-off of their skills.");
  const { skill, set } = await publishedSkill(input.skillCode);
  const { apprenticeId, organizationId } = access;
  try {
    await db.$transaction(async (tx) => {
      await lockApprentice(tx, access);
      const standing = await tx.skillSignOff.count({ where: { apprenticeId, skillCode: skill.code, undoneAt: null } });
      if (standing > 0) throw new AppError("CONFLICT", "This skill is already signed off.");
      const request = await tx.skillSignOffRequest.create({
        data: {
          organizationId,
          apprenticeId,
          skillCode: skill.code,
          skillSetKey: set.key,
          note: input.note ?? null,
          requestedById: access.user.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        kind: "training.sign_off_requested",
        organizationId,
        actorId: access.user.id,
        subject: { type: "SkillSignOffRequest", id: request.id },
        payload: { apprenticeId, skillCode: skill.code },
        ip,
      });
      const row = await tx.apprentice.findUniqueOrThrow({
        where: { id: apprenticeId },
        select: { firstName: true, lastName: true, mentor: { select: { name: true, email: true } } },
      });
      if (row.mentor) {
        await enqueueMail(tx, {
          to: row.mentor.email,
          organizationId,
          template: "training-sign-off-requested",
          props: {
            mentorName: row.mentor.name,
            apprenticeName: `${row.firstName} ${row.lastName}`,
            skill: `${skill.code} ${skill.title}`,
            note: input.note ?? null,
            skillUrl: skillUrl(apprenticeId, skill.code),
          },
        });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "You already asked for this sign-off; your mentor has it.");
    throw error;
  }
}
