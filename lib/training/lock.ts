import "server-only";
import type { TrainingStatus } from "@prisma/client";
import type { TrainingAccess } from "@/lib/authz/training";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";
import { STATUS_LABEL } from "@/lib/training/lifecycle/rules";
import { IN_TRAINING } from "@/lib/training/status";

type LockedApprentice = {
  startDate: Date;
  firstName: string;
  trainingStatus: TrainingStatus;
  /** The first day with the current employer after a transfer (the latest accepted); null when never transferred. */
  transferredOn: Date | null;
};

/** The first day of the apprentice's time with their current employer: the start date, or the latest transfer's. */
export const stintStartOf = (a: { startDate: Date; transferredOn: Date | null }) => a.transferredOn ?? a.startDate;

/**
 * Locks the apprentice's row for the rest of the transaction, so the writes to one apprentice's training that check
 * before they write (the week's limits, a skill signed off or asked for, the mentor assigned, a status change) run
 * one after the other; returns what those checks need. The access was granted before the transaction: the row is
 * read again under the lock, and an apprentice no longer in training, or no longer of that organization, is "not
 * found". Training is recorded only while it is active: a suspended, cancelled, transferred or completed record is
 * refused, except by the status change itself (`anyStatus`).
 */
export async function lockApprentice(
  tx: Tx,
  access: Pick<TrainingAccess, "apprenticeId" | "organizationId">,
  { anyStatus = false } = {},
): Promise<LockedApprentice> {
  const [row] = await tx.$queryRaw<LockedApprentice[]>`
    SELECT a."startDate", a."firstName", a."trainingStatus",
           (SELECT max(t."effectiveOn") FROM "TrainingTransfer" t
             WHERE t."apprenticeId" = a.id AND t.status = 'ACCEPTED') AS "transferredOn"
      FROM "Apprentice" a
     WHERE a.id = ${access.apprenticeId} AND a."organizationId" = ${access.organizationId}
       AND a.status::text = ANY(${IN_TRAINING})
       FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND");
  if (!anyStatus && row.trainingStatus !== "ACTIVE") {
    throw new AppError(
      "CONFLICT",
      `${row.firstName}'s training is ${STATUS_LABEL[row.trainingStatus].toLowerCase()}: nothing new can be recorded on it${row.trainingStatus === "SUSPENDED" ? " until it resumes" : ""}.`,
    );
  }
  return row;
}
