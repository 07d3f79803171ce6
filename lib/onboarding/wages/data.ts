import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { minimumWageFor } from "@/lib/onboarding/wages/minimum-wage";
import type { WageScheduleInput } from "@/lib/onboarding/wages/rules";

/** The organization's wage schedule in the rules' shape, or null before it is built. */
export async function getWageSchedule(organizationId: string, tx: Tx = db): Promise<WageScheduleInput | null> {
  const schedule = await tx.wageSchedule.findUnique({
    where: { organizationId },
    include: { steps: { orderBy: { ordinal: "asc" } } },
  });
  if (!schedule) return null;
  return {
    journeyworkerRateCents: schedule.journeyworkerRateCents,
    entryWageCents: schedule.entryWageCents,
    basis: schedule.basis,
    termLength: schedule.termLength,
    steps: schedule.steps.map((s) => ({
      threshold: s.threshold,
      amountKind: s.amountKind,
      amountValue: s.amountValue,
    })),
  };
}

/** The minimum wage where the organization is (its state's, or the federal one). */
export async function minimumWageForOrg(organizationId: string, tx: Tx = db) {
  const org = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { state: true } });
  return minimumWageFor(org.state);
}
