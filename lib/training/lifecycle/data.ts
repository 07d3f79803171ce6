import "server-only";
import type { TrainingAccess } from "@/lib/authz/training";
import { db } from "@/lib/db";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { probationEndsOn } from "@/lib/training/lifecycle/rules";

/** The apprentice's training status, the end of their probationary period, and every change, newest first. */
export async function loadTrainingStatus(access: Pick<TrainingAccess, "apprenticeId">) {
  const [apprentice, standards, changes] = await Promise.all([
    db.apprentice.findUniqueOrThrow({
      where: { id: access.apprenticeId },
      select: { firstName: true, lastName: true, startDate: true, trainingStatus: true },
    }),
    getCurrentStandards(),
    db.trainingStatusChange.findMany({
      where: { apprenticeId: access.apprenticeId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        fromStatus: true,
        toStatus: true,
        effectiveOn: true,
        reason: true,
        cancellationReason: true,
        inProbation: true,
        returnOn: true,
        createdAt: true,
      },
    }),
  ]);
  return { apprentice, probationEndsOn: probationEndsOn(apprentice.startDate, standards.probationMonths), changes };
}
export type TrainingStatusData = Awaited<ReturnType<typeof loadTrainingStatus>>;
