"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { enrollmentLimits } from "@/lib/apprentices/enrollment/data";
import { writeEnrollment } from "@/lib/apprentices/enrollment/write";
import { ApprenticeIdSchema, enrollmentSchema } from "@/lib/apprentices/enrollment/schemas";
import { requirePartner } from "@/lib/authz/partner";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { refreshChecklist } from "@/lib/onboarding/facts";

const LIST_PAGE = "/onboarding/apprentices";

/** Step 8: enrolls an apprentice, or changes an enrollment the apprentice has not signed yet. */
export const saveEnrollment = orgAction()
  .schema(async (ctx) => enrollmentSchema(await enrollmentLimits(ctx.org.id)))
  .action(async ({ input, ctx }) => {
    const partner = await requirePartner(ctx);
    const { apprenticeId } = await db.$transaction((tx) => writeEnrollment(tx, partner, input, ctx.ip));
    revalidatePath(LIST_PAGE);
    redirect(`${LIST_PAGE}/${apprenticeId}?saved=1`);
  });

/** Removes an enrollment nobody has signed yet (a mistake, or a hire that fell through). */
export const deleteDraftEnrollment = orgAction()
  .schema(ApprenticeIdSchema)
  .action(async ({ input, ctx }) => {
    await requirePartner(ctx);
    await db.$transaction(async (tx) => {
      const removed = await tx.apprentice.deleteMany({
        where: { id: input.apprenticeId, organizationId: ctx.org.id, status: "DRAFT" },
      });
      if (removed.count === 0) {
        throw new AppError("CONFLICT", "Only an enrollment nobody has signed yet can be deleted.");
      }
      await ctx.audit(tx, {
        kind: "apprentice.draft_deleted",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Apprentice", id: input.apprenticeId },
        payload: {},
      });
      await refreshChecklist(tx, ctx.org.id, ctx.user.id);
    });
    revalidatePath(LIST_PAGE);
    redirect(`${LIST_PAGE}?deleted=1`);
  });
