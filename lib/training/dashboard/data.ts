import "server-only";
import { activeMembership, type Actor } from "@/lib/authz";
import { mentoredBy } from "@/lib/authz/training";
import { db } from "@/lib/db";
import { groupBy } from "@/lib/group-by";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { currentYear, nextRaise } from "@/lib/training/dashboard/next";
import { minutesBySkillSetOf } from "@/lib/training/hours/data";
import { progressBySkillSet, totalProgress } from "@/lib/training/hours/progress";
import { fallingBehind, instructionByYear } from "@/lib/training/instruction/years";
import { raisesOfApprentices } from "@/lib/training/raises/data";
import { SILENT_DAYS } from "@/lib/training/reminders/send";
import { IN_TRAINING } from "@/lib/training/status";
import { DAY_MS, isoDay } from "@/lib/training/weeks";

// The training dashboard (/training): each apprentice's progress on the page being shown, what needs the
// organization's attention, and what waits for a mentor. A fixed number of statements whatever the number of
// apprentices: the progress columns read only the page's apprentices, the attention lists are counted in SQL.

/** How many apprentices each attention list names; its count says how many there are in all. */
export const ATTENTION_LIST_SIZE = 10;

/** The progress columns of the dashboard's apprentices, by id: hours, skills, instruction, next raise, credentials. */
export async function progressOfApprentices(apprenticeIds: readonly string[], today = new Date()) {
  const ids = [...apprenticeIds];
  const [standards, apprentices, minutes, credits, signOffs, courses, credentials, raises] = await Promise.all([
    getCurrentStandards(),
    db.apprentice.findMany({ where: { id: { in: ids } }, select: { id: true, startDate: true } }),
    minutesBySkillSetOf(ids),
    db.apprenticeSkillCredit.findMany({
      where: { apprenticeId: { in: ids } },
      select: { apprenticeId: true, skillSetKey: true, creditedHours: true },
    }),
    db.skillSignOff.findMany({
      where: { apprenticeId: { in: ids }, undoneAt: null },
      select: { apprenticeId: true, skillCode: true },
    }),
    db.instructionCourse.findMany({
      where: { apprenticeId: { in: ids } },
      select: { apprenticeId: true, completedOn: true, minutes: true, confirmedAt: true },
    }),
    db.credential.groupBy({
      by: ["apprenticeId"],
      where: { apprenticeId: { in: ids }, verifiedAt: { not: null } },
      _count: { _all: true },
    }),
    raisesOfApprentices(ids, today),
  ]);
  const byApprentice = (row: { apprenticeId: string }) => row.apprenticeId;
  const minutesOf = groupBy(minutes, byApprentice);
  const creditsOf = groupBy(credits, byApprentice);
  const signOffsOf = groupBy(signOffs, byApprentice);
  const coursesOf = groupBy(courses, byApprentice);
  return new Map(
    apprentices.map((a) => {
      const total = totalProgress(
        progressBySkillSet(
          standards.skillSets,
          minutesOf.get(a.id) ?? [],
          creditsOf.get(a.id) ?? [],
          new Set((signOffsOf.get(a.id) ?? []).map((s) => s.skillCode)),
        ),
      );
      const years = instructionByYear(
        a.startDate,
        standards.termMonths,
        standards.riHoursPerYear,
        (coursesOf.get(a.id) ?? []).map((c) => ({ ...c, confirmed: c.confirmedAt !== null })),
        today,
      );
      return [
        a.id,
        {
          ...total,
          instruction: currentYear(years, today),
          instructionBehind: fallingBehind(years),
          /** Undefined when the organization has no wage schedule; null when every raise is given. */
          nextRaise: raises.has(a.id) ? nextRaise(raises.get(a.id)!.raises) : undefined,
          credentialsVerified: credentials.find((c) => c.apprenticeId === a.id)?._count._all ?? 0,
        },
      ] as const;
    }),
  );
}
export type TraineeProgress = NonNullable<ReturnType<Awaited<ReturnType<typeof progressOfApprentices>>["get"]>>;

type Named = { id: string; firstName: string; lastName: string; total: number };

/**
 * What needs the attention of the organization the user is a member of (any role; AAMI staff and people who are not
 * members have no such list): apprentices in training with weeks waiting for their mentor, the oldest week first,
 * and apprentices in active training who started SILENT_DAYS ago or more and have logged nothing (nor had anything logged for them) in
 * the last SILENT_DAYS, the rule of the reminders' nudge. Each list names its first ATTENTION_LIST_SIZE apprentices
 * and counts them all.
 */
export async function attentionFor(actor: Actor, now = new Date()) {
  const organizationId = actor.staffRole ? undefined : activeMembership(actor)?.organizationId;
  if (!organizationId) return null;
  const since = new Date(now.getTime() - SILENT_DAYS * DAY_MS);
  const inTraining = [...IN_TRAINING];
  const [waiting, silent] = await Promise.all([
    db.$queryRaw<Array<Named & { weeks: number; oldestWeek: Date }>>`
      SELECT a.id, a."firstName", a."lastName", COUNT(DISTINCT e."weekStart")::int AS weeks,
             MIN(e."weekStart") AS "oldestWeek", (COUNT(*) OVER ())::int AS total
        FROM "OjtEntry" e
        JOIN "Apprentice" a ON a.id = e."apprenticeId"
       WHERE e.status = 'SUBMITTED' AND a."organizationId" = ${organizationId}
         AND a.status::text = ANY(${inTraining}::text[])
       GROUP BY a.id
       ORDER BY "oldestWeek", a."lastName", a."firstName", a.id
       LIMIT ${ATTENTION_LIST_SIZE}`,
    db.$queryRaw<Array<Named & { lastLoggedAt: Date | null }>>`
      SELECT a.id, a."firstName", a."lastName", l."lastLoggedAt", (COUNT(*) OVER ())::int AS total
        FROM "Apprentice" a
        CROSS JOIN LATERAL (SELECT MAX(e."createdAt") AS "lastLoggedAt" FROM "OjtEntry" e
                             WHERE e."apprenticeId" = a.id) l
       WHERE a."organizationId" = ${organizationId} AND a.status::text = ANY(${inTraining}::text[])
         AND a."trainingStatus" = 'ACTIVE' AND a."startDate" <= ${isoDay(since)}::date
         AND (l."lastLoggedAt" IS NULL OR l."lastLoggedAt" < ${since})
       ORDER BY l."lastLoggedAt" NULLS FIRST, a."lastName", a."firstName", a.id
       LIMIT ${ATTENTION_LIST_SIZE}`,
  ]);
  const list = <T extends Named>(rows: T[]) => ({ total: rows[0]?.total ?? 0, rows });
  return { waiting: list(waiting), silent: list(silent), silentDays: SILENT_DAYS };
}
export type Attention = NonNullable<Awaited<ReturnType<typeof attentionFor>>>;

/** For a mentor: how many weeks of hours and sign-offs their apprentices wait on them for; null for anyone else. */
export async function waitingForMentor(actor: Actor) {
  if (!actor.training.mentor) return null;
  const where = mentoredBy(actor);
  const [weeks, signOffs] = await Promise.all([
    db.ojtEntry.groupBy({ by: ["apprenticeId", "weekStart"], where: { status: "SUBMITTED", apprentice: where } }),
    db.skillSignOffRequest.count({ where: { resolvedAt: null, apprentice: where } }),
  ]);
  return { weeks: weeks.length, signOffs };
}
