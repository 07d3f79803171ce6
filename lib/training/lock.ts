import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";

/**
 * Locks the apprentice's row for the rest of the transaction, so the writes to one apprentice's training that check
 * before they write (the week's limits, a skill signed off or asked for) run one after the other; returns what those
 * checks need.
 */
export async function lockApprentice(tx: Tx, apprenticeId: string) {
  const [row] = await tx.$queryRaw<{ startDate: Date; firstName: string }[]>`
    SELECT "startDate", "firstName" FROM "Apprentice" WHERE id = ${apprenticeId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}
