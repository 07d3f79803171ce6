import "server-only";
import type { OjtEntryStatus } from "@prisma/client";
import { isTrainingManager, mentoredBy, trainingVisibleTo, type TrainingAccess } from "@/lib/authz/training";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { loadPage } from "@/lib/lists";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { progressBySkillSet, totalProgress, type MinutesBySkillSet } from "@/lib/training/hours/progress";
import { skillStatuses } from "@/lib/training/skills/data";
import { HOLDING_A_MENTOR_PLACE } from "@/lib/training/status";
import { addDays, loggableWeeks, mondayOf } from "@/lib/training/weeks";

// The loaders of the training pages. Each takes the access lib/authz/training granted, or lists through its one
// filter, so a page can show only what its reader may see.

export const TRAINEES_PAGE_SIZE = 25;
export const WEEKS_PAGE_SIZE = 8;
export const QUEUE_PAGE_SIZE = 50;

/**
 * Approved minutes (an approved correction replacing what it corrects) and minutes waiting, per apprentice and skill
 * set: one statement for one record or a page of the dashboard.
 */
export function minutesBySkillSetOf(apprenticeIds: readonly string[]) {
  return db.$queryRaw<Array<MinutesBySkillSet[number] & { apprenticeId: string }>>`
    SELECT e."apprenticeId", e."skillSetKey",
           COALESCE(SUM(e."totalMinutes") FILTER (
             WHERE e.status = 'APPROVED'
               AND NOT EXISTS (SELECT 1 FROM "OjtEntry" c WHERE c."correctsId" = e.id AND c.status = 'APPROVED')
           ), 0)::int AS "approvedMinutes",
           COALESCE(SUM(e."totalMinutes") FILTER (WHERE e.status = 'SUBMITTED'), 0)::int AS "waitingMinutes"
      FROM "OjtEntry" e
     WHERE e."apprenticeId" = ANY(${[...apprenticeIds]}::text[])
     GROUP BY e."apprenticeId", e."skillSetKey"`;
}

/** The apprentices in training the user may open, with their mentor and how many entries wait for approval. */
export async function listTrainees(actor: Actor, requestedPage: number) {
  const where = trainingVisibleTo(actor);
  return loadPage(
    requestedPage,
    TRAINEES_PAGE_SIZE,
    () => db.apprentice.count({ where }),
    (range) =>
      db.apprentice.findMany({
        where,
        ...range,
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
        select: {
          id: true,
          firstName: true,
          lastName: true,
          startDate: true,
          userId: true,
          organization: { select: { legalName: true } },
          mentor: { select: { name: true, userId: true } },
          _count: { select: { ojtEntries: { where: { status: "SUBMITTED" } } } },
        },
      }),
  );
}
export type TraineeList = Awaited<ReturnType<typeof listTrainees>>;

/** One apprentice's training record: who they are, their mentor, progress per skill set, and weeks, newest first. */
export async function loadTrainingRecord(access: TrainingAccess, requestedPage: number) {
  const { apprenticeId } = access;
  const [apprentice, standards, minutes, credits, mentors, skills, [returned]] = await Promise.all([
    db.apprentice.findUniqueOrThrow({
      where: { id: apprenticeId },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        email: true,
        startDate: true,
        userId: true,
        trainingStatus: true,
        organization: { select: { legalName: true } },
        mentor: { select: { id: true, name: true, email: true, userId: true } },
      },
    }),
    getCurrentStandards(),
    minutesBySkillSetOf([apprenticeId]),
    db.apprenticeSkillCredit.findMany({ where: { apprenticeId }, select: { skillSetKey: true, creditedHours: true } }),
    isTrainingManager(access) ? mentorsWithLoad(access.organizationId) : Promise.resolve([]),
    skillStatuses(apprenticeId),
    db.$queryRaw<{ weeks: number }[]>`
      SELECT COUNT(DISTINCT "weekStart")::int AS weeks FROM "OjtEntry"
       WHERE "apprenticeId" = ${apprenticeId} AND status = 'RETURNED'`,
  ]);
  const progress = progressBySkillSet(standards.skillSets, minutes, credits, new Set(skills.signedOff.keys()));
  const weeks = await loadPage(
    requestedPage,
    WEEKS_PAGE_SIZE,
    async () => {
      const [row] = await db.$queryRaw<{ n: number }[]>`
        SELECT COUNT(DISTINCT "weekStart")::int AS n FROM "OjtEntry" WHERE "apprenticeId" = ${apprenticeId}`;
      return row?.n ?? 0;
    },
    async ({ skip, take }) => {
      const starts = await db.$queryRaw<{ weekStart: Date }[]>`
        SELECT DISTINCT "weekStart" FROM "OjtEntry" WHERE "apprenticeId" = ${apprenticeId}
         ORDER BY "weekStart" DESC OFFSET ${skip} LIMIT ${take}`;
      const entries = await weekEntriesOf(
        apprenticeId,
        starts.map((s) => s.weekStart),
      );
      return starts.map(({ weekStart }) => ({
        weekStart,
        entries: entries.filter((e) => e.weekStart.getTime() === weekStart.getTime()),
      }));
    },
  );
  return {
    apprentice,
    standards,
    progress,
    total: totalProgress(progress),
    weeks,
    mentors,
    skills,
    /** Weeks with an entry the mentor sent back, still to fix and send again. */
    returnedWeeks: returned?.weeks ?? 0,
    ratio: standards.ratio,
  };
}
export type TrainingRecord = Awaited<ReturnType<typeof loadTrainingRecord>>;

export type LoggedEntry = {
  id: string;
  weekStart: Date;
  skillSetKey: string;
  dayMinutes: number[];
  totalMinutes: number;
  note: string | null;
  status: OjtEntryStatus;
  correctsId: string | null;
  /** A newer entry corrects this one (it no longer counts once that one is approved). */
  correctedById: string | null;
  reviewComment: string | null;
  reviewedAt: Date | null;
  rowVersion: number;
};

function weekEntriesOf(apprenticeId: string, weekStarts: Date[]): Promise<LoggedEntry[]> {
  if (weekStarts.length === 0) return Promise.resolve([]);
  return db.ojtEntry
    .findMany({
      where: { apprenticeId, weekStart: { in: weekStarts } },
      orderBy: [{ weekStart: "desc" }, { createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        weekStart: true,
        skillSetKey: true,
        dayMinutes: true,
        totalMinutes: true,
        note: true,
        status: true,
        correctsId: true,
        correctedBy: { select: { id: true } },
        reviewComment: true,
        reviewedAt: true,
        rowVersion: true,
      },
    })
    .then((rows) => rows.map(({ correctedBy, ...row }) => ({ ...row, correctedById: correctedBy?.id ?? null })));
}

/** The organization's mentors and how many apprentices in training each has now (the ratio caps it). */
export async function mentorsWithLoad(organizationId: string) {
  const mentors = await db.mentor.findMany({
    where: { organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      title: true,
      _count: { select: { apprentices: { where: HOLDING_A_MENTOR_PLACE } } },
    },
  });
  return mentors.map(({ _count, ...m }) => ({ ...m, apprentices: _count.apprentices }));
}

/** The week form: the week's entries, whether last week had any, and the weeks that can be chosen. */
export async function loadLogWeek(access: TrainingAccess, week: Date | null, today = new Date()) {
  const apprentice = await db.apprentice.findUniqueOrThrow({
    where: { id: access.apprenticeId },
    select: { id: true, firstName: true, lastName: true, startDate: true },
  });
  const weeks = loggableWeeks(apprentice.startDate, today);
  const chosen = week && weeks.some((w) => w.getTime() === week.getTime()) ? week : (weeks[0] ?? mondayOf(today));
  const [standards, entries, lastWeekCount] = await Promise.all([
    getCurrentStandards(),
    weekEntriesOf(access.apprenticeId, [chosen]),
    db.ojtEntry.count({ where: { apprenticeId: access.apprenticeId, weekStart: addDays(chosen, -7) } }),
  ]);
  return { apprentice, standards, weeks, week: chosen, entries, lastWeekHasHours: lastWeekCount > 0 };
}

/** The entries waiting for the mentor, across the apprentices they mentor, oldest week first. */
export async function loadMentorQueue(actor: Actor, requestedPage: number) {
  const where = { status: "SUBMITTED" as const, apprentice: mentoredBy(actor) };
  const standards = await getCurrentStandards();
  const page = await loadPage(
    requestedPage,
    QUEUE_PAGE_SIZE,
    () => db.ojtEntry.count({ where }),
    (range) =>
      db.ojtEntry.findMany({
        where,
        ...range,
        orderBy: [{ weekStart: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          weekStart: true,
          skillSetKey: true,
          dayMinutes: true,
          totalMinutes: true,
          note: true,
          correctsId: true,
          rowVersion: true,
          apprentice: { select: { id: true, firstName: true, lastName: true } },
        },
      }),
  );
  return { ...page, standards };
}
export type MentorQueue = Awaited<ReturnType<typeof loadMentorQueue>>;
