import "server-only";
import type { ReminderKind } from "@prisma/client";
import { formatLongDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { groupBy } from "@/lib/group-by";
import { enqueueMail, enqueueMailToMany } from "@/lib/mail/outbox";
import { employerRecipients } from "@/lib/organizations/recipients";
import type { Db, Tx } from "@/lib/prisma-client";
import { raisesToAct, type RaiseToAct } from "@/lib/training/raises/due";
import { dayOf, isoDay, mondayOf } from "@/lib/training/weeks";

// The training reminders: a weekly digest to each mentor with weeks or sign-offs waiting, a weekly nudge to each
// apprentice who has logged nothing for 14 days, and a digest to an organization's owners and admins on a day one
// of its raises comes within two weeks or falls due. Every instance runs this pass hourly; what keeps a reminder
// from going out twice is a row per reminder and period (Reminder's unique key), inserted in the transaction that
// queues the mail: an instance that finds the row taken, or waits on another's insert of it, sends nothing.

/** An apprentice who has logged nothing for this long is nudged. */
export const SILENT_DAYS = 14;

type ReminderKey = { kind: ReminderKind; subjectKey: string; period: string };

/** Takes the reminder for its period; false when another pass (here or on another instance) already took it. */
async function claimReminder(tx: Tx, { kind, subjectKey, period }: ReminderKey) {
  const taken = await tx.$executeRaw`
    INSERT INTO "Reminder" ("id", "kind", "subjectKey", "period")
    VALUES (gen_random_uuid()::text, ${kind}::"ReminderKind", ${subjectKey}, ${period})
    ON CONFLICT ("kind", "subjectKey", "period") DO NOTHING`;
  return taken === 1;
}

/** Claims the reminder and, only if this pass got it, queues its mail in the same transaction. */
function sendOnce(db: Db, key: ReminderKey, queue: (tx: Tx) => Promise<unknown>) {
  return db.$transaction(async (tx) => {
    if (!(await claimReminder(tx, key))) return false;
    await queue(tx);
    return true;
  });
}

type MenteeWaiting = {
  mentorId: string;
  mentorName: string;
  email: string;
  organizationId: string;
  apprenticeName: string;
  weeks: number;
  signOffs: number;
};

/** Mentors with something waiting who have not had this week's digest, one row per mentee with something waiting. */
function menteesWaiting(db: Db, week: string) {
  return db.$queryRaw<MenteeWaiting[]>`
    SELECT m.id AS "mentorId", m.name AS "mentorName", u.email, m."organizationId",
           a."firstName" || ' ' || a."lastName" AS "apprenticeName", w.weeks, s."signOffs"
      FROM "Mentor" m
      JOIN "User" u ON u.id = m."userId"
      JOIN "Apprentice" a ON a."mentorId" = m.id AND a.status IN ('APPROVED', 'REGISTERED')
      CROSS JOIN LATERAL (SELECT COUNT(DISTINCT e."weekStart")::int AS weeks FROM "OjtEntry" e
                           WHERE e."apprenticeId" = a.id AND e.status = 'SUBMITTED') w
      CROSS JOIN LATERAL (SELECT COUNT(*)::int AS "signOffs" FROM "SkillSignOffRequest" r
                           WHERE r."apprenticeId" = a.id AND r."resolvedAt" IS NULL) s
     WHERE (w.weeks > 0 OR s."signOffs" > 0)
       AND NOT EXISTS (SELECT 1 FROM "Reminder" r WHERE r.kind = 'MENTOR_DIGEST' AND r."subjectKey" = m.id
                          AND r.period = ${week})
     ORDER BY m.id, a."lastName", a."firstName"`;
}

async function sendMentorDigests(db: Db, today: Date) {
  const period = isoDay(mondayOf(today));
  let sent = 0;
  for (const [mentorId, rows] of groupBy(await menteesWaiting(db, period), (r) => r.mentorId)) {
    const first = rows[0]!;
    const queued = await sendOnce(db, { kind: "MENTOR_DIGEST", subjectKey: mentorId, period }, (tx) =>
      enqueueMail(tx, {
        to: first.email,
        template: "training-mentor-digest",
        organizationId: first.organizationId,
        props: {
          mentorName: first.mentorName,
          apprentices: rows.map((r) => ({ name: r.apprenticeName, weeks: r.weeks, signOffs: r.signOffs })),
          reviewUrl: `${env().APP_URL}/training/review`,
        },
      }),
    );
    if (queued) sent++;
  }
  return sent;
}

type SilentApprentice = {
  id: string;
  firstName: string;
  email: string;
  organizationId: string;
  lastLoggedAt: Date | null;
};

/**
 * Apprentices in active training, signed in to their record, started at least SILENT_DAYS ago, with nothing logged (by
 * them or for them) in the last SILENT_DAYS, who have not been nudged this week.
 */
function silentApprentices(db: Db, now: Date, week: string) {
  const since = new Date(now.getTime() - SILENT_DAYS * 86_400_000);
  return db.$queryRaw<SilentApprentice[]>`
    SELECT a.id, a."firstName", u.email, a."organizationId", l."lastLoggedAt"
      FROM "Apprentice" a
      JOIN "User" u ON u.id = a."userId"
      CROSS JOIN LATERAL (SELECT MAX(e."createdAt") AS "lastLoggedAt" FROM "OjtEntry" e
                           WHERE e."apprenticeId" = a.id) l
     WHERE a.status IN ('APPROVED', 'REGISTERED') AND a."trainingStatus" = 'ACTIVE'
       AND a."startDate" <= ${isoDay(since)}::date
       AND (l."lastLoggedAt" IS NULL OR l."lastLoggedAt" < ${since})
       AND NOT EXISTS (SELECT 1 FROM "Reminder" r WHERE r.kind = 'APPRENTICE_NUDGE' AND r."subjectKey" = a.id
                          AND r.period = ${week})`;
}

async function sendLogNudges(db: Db, now: Date) {
  const period = isoDay(mondayOf(now));
  let sent = 0;
  for (const a of await silentApprentices(db, now, period)) {
    const queued = await sendOnce(db, { kind: "APPRENTICE_NUDGE", subjectKey: a.id, period }, (tx) =>
      enqueueMail(tx, {
        to: a.email,
        template: "training-log-nudge",
        organizationId: a.organizationId,
        props: {
          firstName: a.firstName,
          lastLoggedOn: a.lastLoggedAt && formatLongDate(a.lastLoggedAt),
          logUrl: `${env().APP_URL}/training/${a.id}/log`,
        },
      }),
    );
    if (queued) sent++;
  }
  return sent;
}

/** The point a raise has reached that its organization hears about: coming up (within two weeks), or due. */
const raiseMarker = (raise: RaiseToAct): ReminderKey => ({
  kind: raise.standing === "soon" ? "RAISE_SOON" : "RAISE_DUE",
  subjectKey: `${raise.apprenticeId}:${raise.step}`,
  period: isoDay(raise.dueOn),
});

const raiseWhen = (raise: RaiseToAct) =>
  raise.standing === "soon"
    ? `due on ${formatLongDate(raise.dueOn)}`
    : raise.standing === "due"
      ? `due since ${formatLongDate(raise.dueOn)}`
      : `overdue since ${formatLongDate(raise.dueOn)}`;

/**
 * One digest per organization, on a day a raise reaches a point not announced before; it lists every raise to act
 * on. The day's digest row is claimed first: a raise that reaches its point after today's digest waits for
 * tomorrow's, and a second instance waits on the claim and then finds it taken.
 */
async function sendRaiseDigests(db: Db, today: Date) {
  const raises = await raisesToAct({}, today, db);
  const markerId = (m: ReminderKey) => `${m.kind}|${m.subjectKey}|${m.period}`;
  const markers = raises.map(raiseMarker);
  const announced = new Set(
    (
      await db.$queryRaw<{ id: string }[]>`
        SELECT r.kind || '|' || r."subjectKey" || '|' || r.period AS id FROM "Reminder" r
         WHERE (r.kind::text, r."subjectKey", r.period) IN (
           SELECT * FROM unnest(${markers.map((m) => m.kind)}::text[], ${markers.map((m) => m.subjectKey)}::text[],
                                ${markers.map((m) => m.period)}::text[]))`
    ).map((r) => r.id),
  );
  let sent = 0;
  const { APP_URL } = env();
  for (const [organizationId, owed] of groupBy(raises, (r) => r.organizationId)) {
    const fresh = owed.map(raiseMarker).filter((m) => !announced.has(markerId(m)));
    if (fresh.length === 0) continue;
    const queued = await sendOnce(
      db,
      { kind: "RAISES_DIGEST", subjectKey: organizationId, period: isoDay(today) },
      async (tx) => {
        for (const marker of fresh) await claimReminder(tx, marker);
        await enqueueMailToMany(tx, {
          template: "training-raises-due",
          recipients: (await employerRecipients(tx, organizationId)).map((to) => ({ to, organizationId })),
          props: {
            organizationName: owed[0]!.organizationName,
            raises: owed.map((r) => ({
              apprenticeName: r.apprenticeName,
              periodLabel: r.periodLabel,
              when: raiseWhen(r),
              url: `${APP_URL}/training/${r.apprenticeId}#raises`,
            })),
            trainingUrl: `${APP_URL}/training`,
          },
        });
      },
    );
    if (queued) sent++;
  }
  return sent;
}

/** One reminder pass: what each kind queued (each at most once per subject and period, across instances). */
export async function sendTrainingReminders(db: Db, now = new Date()) {
  const today = dayOf(now);
  return {
    mentorDigests: await sendMentorDigests(db, today),
    logNudges: await sendLogNudges(db, now),
    raiseDigests: await sendRaiseDigests(db, today),
  };
}
