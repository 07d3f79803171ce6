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
import { stintStartOf } from "@/lib/training/lock";
import { addDays } from "@/lib/training/weeks";

// The raises apprentices are owed, from their organization's wage schedule and their progress: the start date,
// fast-track credit, approved hours (an approved correction replacing what it corrects) and skills signed off. After a
// transfer, the schedule is the receiving employer's and the raises owed are those after the step it started the
// apprentice at (lib/training/transfers): the hours and sign-offs from before still count as progress. One
// loader for one apprentice (the record page, recording a raise) and for many (the reminder pass, the staff flags):
// a fixed number of statements whatever the number of apprentices, and the hours or sign-offs read only for the
// apprentices whose schedule counts them.

export type ApprenticeRaises = {
  schedule: WageScheduleInput;
  /** The step the apprentice started at with this employer: the starting step, or the step a transfer set. */
  startingStep: number;
  raises: ScheduledRaise[];
  /**
   * Raises given in the apprentice's earlier times with employers (before a transfer), on those employers' schedules:
   * part of the apprentice's wage history, though no step of the schedule now.
   */
  earlierRaises: EarlierRaise[];
};

export type EarlierRaise = { id: string; employerName: string; step: number; effectiveOn: Date; wageCents: number };

/** Each apprentice's raises by id; an apprentice whose organization has no wage schedule is left out. */
export async function raisesOfApprentices(
  apprenticeIds: readonly string[],
  today = new Date(),
  tx: Tx = db,
  /** Whose wage schedule applies, when not each apprentice's own employer's: a transfer's receiving employer. */
  scheduleOf?: string,
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
        transfers: {
          where: { status: "ACCEPTED" },
          orderBy: { effectiveOn: "desc" },
          take: 1,
          select: { wageStep: true, effectiveOn: true },
        },
      },
    }),
  ]);
  const employerOf = (a: { organizationId: string }) => scheduleOf ?? a.organizationId;
  const organizationIds = [...new Set(apprentices.map(employerOf))];
  const schedules = new Map(
    await Promise.all(organizationIds.map(async (id) => [id, await getWageSchedule(id, tx)] as const)),
  );
  const withBasis = (basis: WageScheduleInput["basis"]) =>
    apprentices.filter((a) => schedules.get(employerOf(a))?.basis === basis).map((a) => a.id);
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
      orderBy: [{ effectiveOn: "asc" }, { step: "asc" }],
      select: {
        id: true,
        apprenticeId: true,
        organizationId: true,
        stintStartedOn: true,
        organization: { select: { legalName: true } },
        step: true,
        effectiveOn: true,
        wageCents: true,
      },
    }),
  ]);
  const credit = creditStandards(standards);
  const byApprentice = (row: { apprenticeId: string }) => row.apprenticeId;
  const weeksOf = groupBy(weeks, byApprentice);
  const signOffsOf = groupBy(signOffs, byApprentice);
  const recordedOf = groupBy(recorded, byApprentice);
  const owed = new Map<string, ApprenticeRaises>();
  for (const apprentice of apprentices) {
    const schedule = schedules.get(employerOf(apprentice));
    if (!schedule) continue;
    const arrival = apprentice.transfers[0];
    const startingStep = arrival?.wageStep ?? apprentice.startingWageStep;
    const stintStartedOn = stintStartOf({
      startDate: apprentice.startDate,
      transferredOn: arrival?.effectiveOn ?? null,
    });
    // Steps of this employer's schedule in the apprentice's current time with it: a sending employer's step 2 is not
    // the receiving one's, nor is one given before the apprentice left and came back. A receiving employer's preview
    // (`scheduleOf`) is of a time not begun, with nothing recorded in it yet.
    const inThisStint = (r: { organizationId: string; stintStartedOn: Date }) =>
      !scheduleOf &&
      r.organizationId === apprentice.organizationId &&
      r.stintStartedOn.getTime() === stintStartedOn.getTime();
    const recordedAll = recordedOf.get(apprentice.id) ?? [];
    const recordedHere = recordedAll.filter(inThisStint);
    const earlier = recordedAll.filter((r) => !inThisStint(r));
    const raises = scheduledRaises(
      schedule,
      {
        startDate: apprentice.startDate,
        credit: fastTrack(credit, apprentice.skillCredits, schedule).progress,
        startingWageStep: startingStep,
        approvedWeeks: (weeksOf.get(apprentice.id) ?? []).map((w) => ({
          weekEnd: addDays(w.weekStart, 6),
          hours: w.minutes / 60,
        })),
        signOffDays: (signOffsOf.get(apprentice.id) ?? []).map((s) => s.demonstratedOn),
      },
      recordedHere,
      today,
    );
    const earlierRaises = earlier.map((r) => ({
      id: r.id,
      employerName: r.organization.legalName,
      step: r.step,
      effectiveOn: r.effectiveOn,
      wageCents: r.wageCents,
    }));
    owed.set(apprentice.id, { schedule, startingStep, raises, earlierRaises });
  }
  return owed;
}

/** The apprentice's raises and the schedule they come from; null when the organization has no wage schedule. */
export async function raisesFor(
  access: Pick<TrainingAccess, "apprenticeId">,
  today = new Date(),
  tx: Tx = db,
  scheduleOf?: string,
): Promise<ApprenticeRaises | null> {
  return (await raisesOfApprentices([access.apprenticeId], today, tx, scheduleOf)).get(access.apprenticeId) ?? null;
}
