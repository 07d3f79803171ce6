import "server-only";
import type { TrainingAccess } from "@/lib/authz/training";
import { fastTrack } from "@/lib/apprentices/fast-track";
import { db } from "@/lib/db";
import { groupBy } from "@/lib/group-by";
import { getWageSchedule } from "@/lib/onboarding/wages/data";
import type { WageScheduleInput } from "@/lib/onboarding/wages/rules";
import type { Tx } from "@/lib/prisma-client";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { creditStandards } from "@/lib/program/standards/model";
import { scheduledRaises, type ScheduledRaise } from "@/lib/training/raises/rules";
import { addDays } from "@/lib/training/weeks";

// The raises apprentices are owed, from their organization's wage schedule and their progress: the start date,
// fast-track credit, approved hours (an approved correction replacing what it corrects) and skills signed off. One
// loader for one apprentice (the record page, recording a raise) and for many (the reminder pass, the staff flags):
// a fixed number of statements whatever the number of apprentices, and the hours or sign-offs read only for the
// apprentices whose schedule counts them.

export type ApprenticeRaises = { schedule: WageScheduleInput; raises: ScheduledRaise[] };

/** Each apprentice's raises by id; an apprentice whose organization has no wage schedule is left out. */
export async function raisesOfApprentices(
  apprenticeIds: readonly string[],
  today = new Date(),
  tx: Tx = db,
): Promise<Map<string, ApprenticeRaises>> {
  const [standards, apprentices] = await Promise.all([
    getCurrentStandards(tx),
    tx.apprentice.findMany({
      where: { id: { in: [...apprenticeIds] } },
      select: {
        id: true,
        organizationId: true,
        startDate: true,
        startingWageStep: true,
        skillCredits: { select: { skillSetKey: true, creditedHours: true } },
      },
    }),
  ]);
  const organizationIds = [...new Set(apprentices.map((a) => a.organizationId))];
  const schedules = new Map(
    await Promise.all(organizationIds.map(async (id) => [id, await getWageSchedule(id, tx)] as const)),
  );
  const withBasis = (basis: WageScheduleInput["basis"]) =>
    apprentices.filter((a) => schedules.get(a.organizationId)?.basis === basis).map((a) => a.id);
  const [weeks, signOffs, recorded] = await Promise.all([
    tx.$queryRaw<{ apprenticeId: string; weekStart: Date; minutes: number }[]>`
      SELECT e."apprenticeId", e."weekStart", SUM(e."totalMinutes")::int AS minutes
        FROM "OjtEntry" e
       WHERE e."apprenticeId" = ANY(${withBasis("HOURS")}::text[]) AND e.status = 'APPROVED'
         AND NOT EXISTS (SELECT 1 FROM "OjtEntry" c WHERE c."correctsId" = e.id AND c.status = 'APPROVED')
       GROUP BY e."apprenticeId", e."weekStart" ORDER BY e."apprenticeId", e."weekStart"`,
    tx.skillSignOff.findMany({
      where: { apprenticeId: { in: withBasis("COMPETENCIES") }, undoneAt: null },
      select: { apprenticeId: true, demonstratedOn: true },
    }),
    tx.wageRaise.findMany({
      where: { apprenticeId: { in: apprentices.map((a) => a.id) } },
      orderBy: { step: "asc" },
      select: { apprenticeId: true, step: true, effectiveOn: true, wageCents: true },
    }),
  ]);
  const credit = creditStandards(standards);
  const byApprentice = (row: { apprenticeId: string }) => row.apprenticeId;
  const weeksOf = groupBy(weeks, byApprentice);
  const signOffsOf = groupBy(signOffs, byApprentice);
  const recordedOf = groupBy(recorded, byApprentice);
  const owed = new Map<string, ApprenticeRaises>();
  for (const apprentice of apprentices) {
    const schedule = schedules.get(apprentice.organizationId);
    if (!schedule) continue;
    const raises = scheduledRaises(
      schedule,
      {
        startDate: apprentice.startDate,
        credit: fastTrack(credit, apprentice.skillCredits, schedule).progress,
        startingWageStep: apprentice.startingWageStep,
        approvedWeeks: (weeksOf.get(apprentice.id) ?? []).map((w) => ({
          weekEnd: addDays(w.weekStart, 6),
          hours: w.minutes / 60,
        })),
        signOffDays: (signOffsOf.get(apprentice.id) ?? []).map((s) => s.demonstratedOn),
      },
      recordedOf.get(apprentice.id) ?? [],
      today,
    );
    owed.set(apprentice.id, { schedule, raises });
  }
  return owed;
}

/** The apprentice's raises and the schedule they come from; null when the organization has no wage schedule. */
export async function raisesFor(
  access: Pick<TrainingAccess, "apprenticeId">,
  today = new Date(),
  tx: Tx = db,
): Promise<ApprenticeRaises | null> {
  return (await raisesOfApprentices([access.apprenticeId], today, tx)).get(access.apprenticeId) ?? null;
}
