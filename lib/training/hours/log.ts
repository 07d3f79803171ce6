import "server-only";
import type { OjtEntryStatus } from "@prisma/client";
import { requireCanLogHours, type TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, fieldErrors } from "@/lib/errors";
import { formatLongDate } from "@/lib/dates";
import type { Tx } from "@/lib/prisma-client";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { skillSetLabel, skillSetOf } from "@/lib/program/standards/model";
import { lockApprentice, stintStartOf } from "@/lib/training/lock";
import { DAY_FIELDS, MAX_DAY_HOURS, MAX_WEEK_HOURS, type LogHoursInput } from "@/lib/training/hours/schemas";
import { addDays, DAY_NAMES, isoDay, mondayOf, parseWeek, weekLabel } from "@/lib/training/weeks";

// Logging a week of on-the-job hours: a new entry, an edit of one still waiting for the mentor (or returned by
// them), or a correction of an approved one. Every write takes a lock on the apprentice's row first, so two tabs
// (or the apprentice and their employer) logging the same week at once are checked one after the other against
// the day and week limits, and neither can push a day past 24 hours.

type FieldErrors = Record<string, string[]>;

/** An entry as the week's checks see it: the latest entry of its chain (corrections replace what they correct). */
type WeekEntry = {
  id: string;
  skillSetKey: string;
  /** The entry's own hours. */
  dayMinutes: number[];
  /**
   * What the limits count for its chain: its own hours once approved (or when it corrects nothing); while a
   * correction waits, the larger of it and the approved entry it corrects, each day, since either may stand (the
   * mentor may return the correction). Otherwise hours added beside a pending correction that lowers a day would
   * pass the limit, and exceed it once the correction is returned.
   */
  countedMinutes: number[];
  status: OjtEntryStatus;
  correctsId: string | null;
};

/** The entries of one week that count: for each skill set, the newest entry of its chain. */
async function weekEntries(tx: Tx, apprenticeId: string, weekStart: Date): Promise<WeekEntry[]> {
  return tx.$queryRaw<WeekEntry[]>`
    SELECT e.id, e."skillSetKey", e."dayMinutes", e.status::text AS status, e."correctsId",
           CASE WHEN e.status = 'APPROVED' OR c.id IS NULL THEN e."dayMinutes"
                ELSE ARRAY(SELECT GREATEST(mine, corrected)
                             FROM unnest(e."dayMinutes", c."dayMinutes") WITH ORDINALITY AS d(mine, corrected, day)
                            ORDER BY day)
           END AS "countedMinutes"
      FROM "OjtEntry" e
      LEFT JOIN "OjtEntry" c ON c.id = e."correctsId"
     WHERE e."apprenticeId" = ${apprenticeId} AND e."weekStart" = ${weekStart}
       AND NOT EXISTS (SELECT 1 FROM "OjtEntry" n WHERE n."correctsId" = e.id)
     ORDER BY e."createdAt", e.id`;
}

/**
 * The day and week limits, the first day and today, for the hours one entry adds to the rest of its week. The first
 * day is the start date or, after a transfer, the first day with this employer: the days before were worked for the
 * sending employer, whose mentor approved them there.
 */
function weekIssues(opts: {
  weekStart: Date;
  dayMinutes: number[];
  others: WeekEntry[];
  startDate: Date;
  transferredOn: Date | null;
  firstName: string;
  today: Date;
}): FieldErrors {
  const { weekStart, dayMinutes, others, today } = opts;
  const transferred = opts.transferredOn !== null;
  const startDate = stintStartOf(opts);
  const firstDay = transferred
    ? `${opts.firstName}'s first day with this employer, ${formatLongDate(startDate)}`
    : `${opts.firstName}'s start date, ${formatLongDate(startDate)}`;
  const errors: FieldErrors = {};
  if (weekStart > mondayOf(today)) {
    return { weekStart: ["That week has not started yet. Log hours once they are worked."] };
  }
  if (addDays(weekStart, 6) < startDate) {
    return { weekStart: [`That week ends before ${firstDay}.`] };
  }
  dayMinutes.forEach((minutes, i) => {
    if (minutes === 0) return;
    const day = addDays(weekStart, i);
    const field = DAY_FIELDS[i]!;
    if (day < startDate) {
      errors[field] = [
        transferred
          ? `${DAY_NAMES[i]} is before ${firstDay}: leave it blank.`
          : `${DAY_NAMES[i]} is before the start date, ${formatLongDate(startDate)}: leave it blank.`,
      ];
    } else if (day > today) {
      errors[field] = [`${DAY_NAMES[i]} has not happened yet: log it once it is worked.`];
    } else {
      const dayTotal = minutes + others.reduce((sum, e) => sum + (e.countedMinutes[i] ?? 0), 0);
      if (dayTotal > MAX_DAY_HOURS * 60) {
        errors[field] = [
          `${DAY_NAMES[i]} would have ${dayTotal / 60} hours with the other skill sets of this week; a day has ${MAX_DAY_HOURS}.`,
        ];
      }
    }
  });
  const weekTotal = [...dayMinutes, ...others.flatMap((e) => e.countedMinutes)].reduce((a, b) => a + b, 0);
  if (weekTotal > MAX_WEEK_HOURS * 60) {
    errors.hours = [
      `This week would have ${weekTotal / 60} hours with its other skill sets; a week can have at most ${MAX_WEEK_HOURS}.`,
    ];
  }
  return errors;
}

const minutesOf = (input: LogHoursInput) => DAY_FIELDS.map((field) => input[field]);

/** Saves one skill set's hours for one week; returns the entry's id. */
export async function logHours(access: TrainingAccess, input: LogHoursInput, ip: string | null, today = new Date()) {
  requireCanLogHours(access);
  const weekStart = parseWeek(input.weekStart)!;
  const standards = await getCurrentStandards();
  const skillSet = skillSetOf(standards, input.skillSetKey);
  if (!skillSet) fieldErrors({ skillSetKey: ["Choose a skill set of the program's work-process schedule."] });
  const dayMinutes = minutesOf(input);
  const totalMinutes = dayMinutes.reduce((a, b) => a + b, 0);
  const { apprenticeId, organizationId } = access;

  try {
    return await db.$transaction(async (tx) => {
      const apprentice = await lockApprentice(tx, access);
      const week = await weekEntries(tx, apprenticeId, weekStart);
      // The chain this write belongs to, which the day and week limits count as replaced by it.
      let replaces: string | null = null;
      let edited: { id: string; rowVersion: number } | null = null;

      if (input.entryId) {
        const entry = await tx.ojtEntry.findFirst({
          where: { id: input.entryId, apprenticeId },
          select: { id: true, status: true, rowVersion: true, weekStart: true, skillSetKey: true, correctsId: true },
        });
        if (!entry) throw new AppError("NOT_FOUND");
        if (entry.status === "APPROVED") {
          throw new AppError("CONFLICT", "The mentor approved this entry meanwhile. To change it, log a correction.");
        }
        if (input.rowVersion !== entry.rowVersion) {
          throw new AppError("CONFLICT", "This entry changed while you were editing it. Reload the page to see it.");
        }
        if (isoDay(entry.weekStart) !== input.weekStart) {
          fieldErrors({ weekStart: ["A saved entry keeps its week. Log a new entry for another week."] });
        }
        if (entry.correctsId && entry.skillSetKey !== input.skillSetKey) {
          fieldErrors({ skillSetKey: ["A correction keeps the week and skill set of the entry it corrects."] });
        }
        replaces = entry.id;
        edited = entry;
      } else if (input.correctsId) {
        const corrected = await tx.ojtEntry.findFirst({
          where: { id: input.correctsId, apprenticeId },
          select: { id: true, status: true, weekStart: true, skillSetKey: true, correctedBy: { select: { id: true } } },
        });
        if (!corrected) throw new AppError("NOT_FOUND");
        if (corrected.status !== "APPROVED") {
          throw new AppError("CONFLICT", "Only an approved entry is corrected; edit this one instead.");
        }
        if (corrected.correctedBy) {
          throw new AppError("CONFLICT", "This entry already has a correction. Edit or correct that one instead.");
        }
        if (isoDay(corrected.weekStart) !== input.weekStart || corrected.skillSetKey !== input.skillSetKey) {
          fieldErrors({ skillSetKey: ["A correction keeps the week and skill set of the entry it corrects."] });
        }
        replaces = corrected.id;
      } else if (week.some((e) => e.skillSetKey === input.skillSetKey)) {
        fieldErrors({
          skillSetKey: [
            `${skillSetLabel(skillSet!)} already has hours for this week. Edit that entry instead (or correct it, once approved).`,
          ],
        });
      }

      const others = week.filter((e) => e.id !== replaces && e.skillSetKey !== input.skillSetKey);
      const issues = weekIssues({ weekStart, dayMinutes, others, today, ...apprentice });
      if (Object.keys(issues).length > 0) fieldErrors(issues);

      const data = {
        skillSetKey: input.skillSetKey,
        dayMinutes,
        totalMinutes,
        note: input.note ?? null,
        status: "SUBMITTED" as const,
        loggedById: access.user.id,
      };
      let entryId: string;
      if (edited) {
        const moved = await tx.ojtEntry.updateMany({
          where: { id: edited.id, rowVersion: edited.rowVersion, status: { not: "APPROVED" } },
          data: { ...data, reviewComment: null, reviewedAt: null, reviewedById: null, rowVersion: { increment: 1 } },
        });
        if (moved.count === 0) {
          throw new AppError("CONFLICT", "This entry changed while you were editing it. Reload the page to see it.");
        }
        entryId = edited.id;
      } else {
        const created = await tx.ojtEntry.create({
          data: { ...data, organizationId, apprenticeId, weekStart, correctsId: input.correctsId ?? null },
          select: { id: true },
        });
        entryId = created.id;
      }
      await recordAudit(tx, {
        kind: "training.hours_logged",
        organizationId,
        actorId: access.user.id,
        subject: { type: "OjtEntry", id: entryId },
        payload: {
          apprenticeId,
          weekStart: input.weekStart,
          skillSetKey: input.skillSetKey,
          totalMinutes,
          edited: edited !== null,
          correctsId: input.correctsId ?? null,
          onBehalf: !access.isApprentice,
        },
        ip,
      });
      return entryId;
    });
  } catch (error) {
    // The lock serializes writers, so this is only a week logged twice by a race the checks could not see.
    if (isUniqueViolation(error)) {
      fieldErrors({
        skillSetKey: [`${skillSetLabel(skillSet!)} already has hours for this week. Edit that entry instead.`],
      });
    }
    throw error;
  }
}

/**
 * "Same as last week": the previous week's hours, skill set by skill set, into a week that has none yet. The
 * copies wait for the mentor like any entry, and go through the same checks.
 */
export async function copyLastWeek(
  access: TrainingAccess,
  input: { weekStart: string },
  ip: string | null,
  today = new Date(),
) {
  requireCanLogHours(access);
  const weekStart = parseWeek(input.weekStart)!;
  const previous = addDays(weekStart, -7);
  const { apprenticeId, organizationId } = access;
  return db.$transaction(async (tx) => {
    const apprentice = await lockApprentice(tx, access);
    if ((await weekEntries(tx, apprenticeId, weekStart)).length > 0) {
      fieldErrors({ weekStart: ["This week already has hours. Edit its entries instead."] });
    }
    // Skill sets a newer schedule no longer has are left behind; their hours are logged by hand if they still apply.
    const standards = await getCurrentStandards();
    // Hours the mentor sent back are not copied: they were not right last week either.
    const last = (await weekEntries(tx, apprenticeId, previous)).filter(
      (e) => e.status !== "RETURNED" && skillSetOf(standards, e.skillSetKey),
    );
    if (last.length === 0)
      fieldErrors({ weekStart: [`Nothing was logged in the ${weekLabel(previous).toLowerCase()}.`] });
    const dayMinutes = [0, 1, 2, 3, 4, 5, 6].map((i) => last.reduce((sum, e) => sum + (e.dayMinutes[i] ?? 0), 0));
    const issues = weekIssues({ weekStart, dayMinutes, others: [], today, ...apprentice });
    if (Object.keys(issues).length > 0) {
      fieldErrors(
        { weekStart: [`Last week's hours do not fit this week: ${Object.values(issues).flat()[0]}`] },
        "Last week's hours could not be copied.",
      );
    }
    for (const entry of last) {
      const created = await tx.ojtEntry.create({
        data: {
          organizationId,
          apprenticeId,
          weekStart,
          skillSetKey: entry.skillSetKey,
          dayMinutes: entry.dayMinutes,
          totalMinutes: entry.dayMinutes.reduce((a, b) => a + b, 0),
          loggedById: access.user.id,
        },
        select: { id: true, totalMinutes: true },
      });
      await recordAudit(tx, {
        kind: "training.hours_logged",
        organizationId,
        actorId: access.user.id,
        subject: { type: "OjtEntry", id: created.id },
        payload: {
          apprenticeId,
          weekStart: input.weekStart,
          skillSetKey: entry.skillSetKey,
          totalMinutes: created.totalMinutes,
          edited: false,
          correctsId: null,
          onBehalf: !access.isApprentice,
        },
        ip,
      });
    }
    return last.length;
  });
}
