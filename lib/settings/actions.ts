"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/action-client";
import { db } from "@/lib/db";
import { getSetting, putSetting } from "@/lib/settings/data";
import { ReviewTargetSchema } from "@/lib/settings/schemas";

/** STAFF_ADMIN: how many business days a submission may wait before the queue highlights it. */
export const saveReviewTarget = staffAction(["STAFF_ADMIN"])
  .schema(ReviewTargetSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction(async (tx) => {
      const before = await getSetting("reviewTargetBusinessDays", tx);
      await putSetting(tx, "reviewTargetBusinessDays", input.reviewTargetBusinessDays);
      await ctx.audit(tx, {
        kind: "settings.changed",
        organizationId: null,
        actorId: ctx.user.id,
        subject: { type: "AppSetting", id: "reviewTargetBusinessDays" },
        payload: { key: "reviewTargetBusinessDays", from: before, to: input.reviewTargetBusinessDays },
      });
    });
    revalidatePath("/staff", "layout");
    return {
      message: `Saved: submissions waiting more than ${input.reviewTargetBusinessDays} business days stand out.`,
    };
  });
