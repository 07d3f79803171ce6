"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/action-client";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { RapidsEmployerIdSchema } from "@/lib/organizations/rapids/schemas";
import { isUniqueViolationOn } from "@/lib/prisma-errors";

const taken = (holder: string) =>
  new AppError("VALIDATION", "Please correct the highlighted fields.", {
    rapidsEmployerId: [`${holder} already has this RAPIDS employer id. Check the id in RAPIDS.`],
  });

/**
 * STAFF_ADMIN: records (or corrects, or clears) the employer's RAPIDS id, which the RAPIDS workbook then uses for
 * the employer instead of the portal's placeholder. A conditional update on the id the page showed, audited in the
 * same transaction.
 */
export const recordRapidsEmployerId = staffAction(["STAFF_ADMIN"])
  .schema(RapidsEmployerIdSchema)
  .action(async ({ input, ctx }) => {
    const from = input.current || null;
    const to = input.rapidsEmployerId ?? null;
    const page = `/staff/employers/${input.organizationId}`;
    try {
      await db.$transaction(async (tx) => {
        if (to) {
          const holder = await tx.organization.findFirst({
            where: { rapidsEmployerId: to, id: { not: input.organizationId } },
            select: { legalName: true },
          });
          if (holder) throw taken(holder.legalName);
        }
        const { count } = await tx.organization.updateMany({
          where: { id: input.organizationId, rapidsEmployerId: from },
          data: { rapidsEmployerId: to },
        });
        if (count === 0) {
          const now = await tx.organization.findUnique({
            where: { id: input.organizationId },
            select: { rapidsEmployerId: true },
          });
          if (!now) throw notFound();
          throw new AppError(
            "CONFLICT",
            `Someone changed this employer's RAPIDS id while you were looking: it is now ${now.rapidsEmployerId ?? "not recorded"}. Check it, and save again if it is still wrong.`,
          );
        }
        if (from === to) return;
        await ctx.audit(tx, {
          kind: "organization.rapids_employer_id_recorded",
          organizationId: input.organizationId,
          actorId: ctx.user.id,
          subject: { type: "Organization", id: input.organizationId },
          payload: { from, to },
        });
      });
    } catch (error) {
      // Another employer was given the same id between our check and the write.
      if (isUniqueViolationOn(error, "rapidsEmployerId")) throw taken("Another employer");
      throw error;
    }
    // The page re-renders with the stored id (and the new `current` the next save is conditional on).
    revalidatePath(page);
  });
