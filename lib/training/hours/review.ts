import "server-only";
import { mentoredBy, requireMentor, requireTrainingAccess } from "@/lib/authz/training";
import type { Actor } from "@/lib/authz";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { enqueueMail } from "@/lib/mail/outbox";
import { isoDay, weekLabel } from "@/lib/training/weeks";

// The mentor's side of the hours log: approve waiting entries (one or many at once), or return one with a comment.
// Each change is conditional on the entry still waiting, at the version the mentor's page showed, and on the
// caller being the apprentice's mentor now: two mentors (or two tabs) acting on the same week at once, one wins and
// the other is told. An approved entry is final (a database trigger refuses any change to it).

type Approved = {
  id: string;
  organizationId: string;
  apprenticeId: string;
  weekStart: Date;
  skillSetKey: string;
  totalMinutes: number;
};

/**
 * Approves the ticked entries (each once: ApproveHoursSchema) the caller mentors; returns how many were approved
 * and how many had changed.
 */
export async function approveHours(
  user: Actor,
  entries: ReadonlyArray<{ id: string; rowVersion: number }>,
  ip: string | null,
) {
  return db.$transaction(async (tx) => {
    // Only entries of apprentices the caller mentors now (lib/authz/training); anything else ticked is left alone.
    // Their apprentices' rows are share-locked first: assigning another mentor updates that row, so it waits for
    // this approval to commit, or this approval sees the new mentor.
    await tx.$queryRaw`
      SELECT 1 FROM "Apprentice"
       WHERE id IN (SELECT "apprenticeId" FROM "OjtEntry" WHERE id = ANY(${entries.map((e) => e.id)}::text[]))
         FOR SHARE`;
    const mine = await tx.ojtEntry.findMany({
      where: { id: { in: entries.map((e) => e.id) }, apprentice: mentoredBy(user) },
      select: { id: true },
    });
    const allowed = entries.filter((e) => mine.some((m) => m.id === e.id));
    const ids = allowed.map((e) => e.id);
    const versions = allowed.map((e) => e.rowVersion);
    // Conditional on each entry still waiting at the version the page showed: of two mentors at once, one wins.
    const approved = await tx.$queryRaw<Approved[]>`
      UPDATE "OjtEntry" e
         SET status = 'APPROVED', "reviewedById" = ${user.id}, "reviewedAt" = now(), "reviewComment" = NULL,
             "rowVersion" = e."rowVersion" + 1, "updatedAt" = now()
       WHERE e.status = 'SUBMITTED'
         AND (e.id, e."rowVersion") IN (SELECT * FROM unnest(${ids}::text[], ${versions}::int[]))
      RETURNING e.id, e."organizationId", e."apprenticeId", e."weekStart", e."skillSetKey", e."totalMinutes"`;
    for (const entry of approved) {
      await recordAudit(tx, {
        kind: "training.hours_approved",
        organizationId: entry.organizationId,
        actorId: user.id,
        subject: { type: "OjtEntry", id: entry.id },
        payload: {
          apprenticeId: entry.apprenticeId,
          weekStart: isoDay(entry.weekStart),
          skillSetKey: entry.skillSetKey,
          totalMinutes: entry.totalMinutes,
        },
        ip,
      });
    }
    return { approved: approved.length, unchanged: entries.length - approved.length };
  });
}

/** Sends one waiting entry back to the apprentice with the mentor's comment, and emails them. */
export async function returnHours(
  user: Actor,
  input: { entryId: string; rowVersion: number; comment: string },
  ip: string | null,
) {
  const entry = await db.ojtEntry.findUnique({ where: { id: input.entryId }, select: { apprenticeId: true } });
  if (!entry) throw new AppError("NOT_FOUND");
  const access = await requireTrainingAccess(entry.apprenticeId);
  requireMentor(access);
  await db.$transaction(async (tx) => {
    const moved = await tx.ojtEntry.updateMany({
      // Still the caller's mentee (a mentor replaced meanwhile returns nothing), still waiting, as the page showed it.
      where: { id: input.entryId, status: "SUBMITTED", rowVersion: input.rowVersion, apprentice: mentoredBy(user) },
      data: {
        status: "RETURNED",
        reviewComment: input.comment,
        reviewedById: user.id,
        reviewedAt: new Date(),
        rowVersion: { increment: 1 },
      },
    });
    if (moved.count === 0) {
      throw new AppError(
        "CONFLICT",
        "This entry is no longer waiting for you: it was approved, returned or edited meanwhile. Reload the page.",
      );
    }
    const row = await tx.ojtEntry.findUniqueOrThrow({
      where: { id: input.entryId },
      select: {
        weekStart: true,
        skillSetKey: true,
        apprentice: { select: { firstName: true, user: { select: { email: true } } } },
      },
    });
    await recordAudit(tx, {
      kind: "training.hours_returned",
      organizationId: access.organizationId,
      actorId: user.id,
      subject: { type: "OjtEntry", id: input.entryId },
      payload: {
        apprenticeId: access.apprenticeId,
        weekStart: isoDay(row.weekStart),
        skillSetKey: row.skillSetKey,
        comment: input.comment,
      },
      ip,
    });
    const to = row.apprentice.user?.email;
    if (to) {
      await enqueueMail(tx, {
        to,
        organizationId: access.organizationId,
        template: "training-hours-returned",
        props: {
          firstName: row.apprentice.firstName,
          mentorName: user.name ?? user.email,
          week: weekLabel(row.weekStart),
          comment: input.comment,
          logUrl: `${env().APP_URL}/training/${access.apprenticeId}/log?week=${isoDay(row.weekStart)}`,
        },
      });
    }
  });
  return access.apprenticeId;
}
