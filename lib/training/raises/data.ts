import "server-only";
import type { TrainingAccess } from "@/lib/authz/training";
import { fastTrack } from "@/lib/apprentices/fast-track";
import { db } from "@/lib/db";
import { getWageSchedule } from "@/lib/onboarding/wages/data";
import type { Tx } from "@/lib/prisma-client";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { creditStandards } from "@/lib/program/standards/model";
import { scheduledRaises } from "@/lib/training/raises/rules";
import { addDays } from "@/lib/training/weeks";

// The raises an apprentice is owed, from their organization's wage schedule and their progress: the start date,
// fast-track credit, approved hours (an approved correction replacing what it corrects) and skills signed off.

/** The apprentice's raises and the schedule they come from; null when the organization has no wage schedule. */
export async function raisesFor(
  access: Pick<TrainingAccess, "apprenticeId" | "organizationId">,
  today = new Date(),
  tx: Tx = db,
) {
  const { apprenticeId, organizationId } = access;
  const [schedule, standards, apprentice, weeks, signOffs, recorded] = await Promise.all([
    getWageSchedule(organizationId, tx),
    getCurrentStandards(tx),
    tx.apprentice.findUniqueOrThrow({
      where: { id: apprenticeId },
      select: {
        startDate: true,
        startingWageStep: true,
        skillCredits: { select: { skillSetKey: true, creditedHours: true } },
      },
    }),
    tx.$queryRaw<{ weekStart: Date; minutes: number }[]>`
      SELECT e."weekStart", SUM(e."totalMinutes")::int AS minutes
        FROM "OjtEntry" e
       WHERE e."apprenticeId" = ${apprenticeId} AND e.status = 'APPROVED'
         AND NOT EXISTS (SELECT 1 FROM "OjtEntry" c WHERE c."correctsId" = e.id AND c.status = 'APPROVED')
       GROUP BY e."weekStart" ORDER BY e."weekStart"`,
    tx.skillSignOff.findMany({ where: { apprenticeId, undoneAt: null }, select: { demonstratedOn: true } }),
    tx.wageRaise.findMany({
      where: { apprenticeId },
      orderBy: { step: "asc" },
      select: { step: true, effectiveOn: true, wageCents: true },
    }),
  ]);
  if (!schedule) return null;
  const credit = fastTrack(creditStandards(standards), apprentice.skillCredits, schedule).progress;
  const raises = scheduledRaises(
    schedule,
    {
      startDate: apprentice.startDate,
      credit,
      startingWageStep: apprentice.startingWageStep,
      approvedWeeks: weeks.map((w) => ({ weekEnd: addDays(w.weekStart, 6), hours: w.minutes / 60 })),
      signOffDays: signOffs.map((s) => s.demonstratedOn),
    },
    recorded,
    today,
  );
  return { schedule, raises };
}
export type ApprenticeRaises = NonNullable<Awaited<ReturnType<typeof raisesFor>>>;
