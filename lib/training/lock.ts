import "server-only";
import type { TrainingAccess } from "@/lib/authz/training";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";
import { IN_TRAINING } from "@/lib/training/status";

/**
 * Locks the apprentice's row for the rest of the transaction, so the writes to one apprentice's training that check
 * before they write (the week's limits, a skill signed off or asked for, the mentor assigned) run one after the
 * other; returns what those checks need. The access was granted before the transaction: the row is read again under
 * the lock, and an apprentice no longer in training, or no longer of that organization, is "not found".
 */
export async function lockApprentice(tx: Tx, access: Pick<TrainingAccess, "apprenticeId" | "organizationId">) {
  const [row] = await tx.$queryRaw<{ startDate: Date; firstName: string }[]>`
    SELECT "startDate", "firstName" FROM "Apprentice"
     WHERE id = ${access.apprenticeId} AND "organizationId" = ${access.organizationId}
       AND status::text = ANY(${IN_TRAINING})
       FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}
