"use server";

import { revalidatePath } from "next/cache";
import { isDeepStrictEqual } from "node:util";
import { staffAction, type StaffActionContext } from "@/lib/action-client";
import { db } from "@/lib/db";
import { forgetStoredSettings, getSetting, putSetting, type SettingKey, type SettingValue } from "@/lib/settings/data";
import { ContactEmailSchema, FundingResourcesSchema, ReviewTargetSchema } from "@/lib/settings/schemas";

/**
 * Stores one setting and its audit event in one transaction; saving what is already stored writes nothing. The pages
 * that show settings are revalidated (this process's copy of the settings forgotten first): the staff pages, the home
 * page and step 4 of the checklist.
 */
async function changeSetting<K extends SettingKey>(ctx: StaffActionContext, key: K, to: SettingValue<K>) {
  await db.$transaction(async (tx) => {
    const from = await getSetting(key, tx);
    if (isDeepStrictEqual(from, to)) return;
    await putSetting(tx, key, to);
    await ctx.audit(tx, {
      kind: "settings.changed",
      organizationId: null,
      actorId: ctx.user.id,
      subject: { type: "AppSetting", id: key },
      payload: { key, from, to },
    });
  });
  forgetStoredSettings();
  revalidatePath("/staff", "layout");
  revalidatePath("/");
  revalidatePath("/onboarding/funding");
}

/** STAFF_ADMIN: how many business days a submission may wait before the queue highlights it. */
export const saveReviewTarget = staffAction(["STAFF_ADMIN"])
  .schema(ReviewTargetSchema)
  .action(async ({ input, ctx }) => {
    await changeSetting(ctx, "reviewTargetBusinessDays", input.reviewTargetBusinessDays);
    return {
      message: `Saved: submissions waiting more than ${input.reviewTargetBusinessDays} business days stand out.`,
    };
  });

/** STAFF_ADMIN: the address the home page gives employers and apprentices for questions to AAMI. */
export const saveContactEmail = staffAction(["STAFF_ADMIN"])
  .schema(ContactEmailSchema)
  .action(async ({ input, ctx }) => {
    await changeSetting(ctx, "aamiContactEmail", input.aamiContactEmail);
    return {
      message: input.aamiContactEmail
        ? `Saved: the home page gives ${input.aamiContactEmail} as AAMI's contact.`
        : "Saved: the home page gives no contact address and points to the employer form instead.",
    };
  });

/** STAFF_ADMIN: the funding resources step 4 and the home page show employers. */
export const saveFundingResources = staffAction(["STAFF_ADMIN"])
  .schema(FundingResourcesSchema)
  .action(async ({ input, ctx }) => {
    await changeSetting(ctx, "fundingResources", input.resources);
    return {
      message:
        input.resources.length === 0
          ? "Saved: no funding resources are listed."
          : `Saved: ${input.resources.length} funding resource${input.resources.length === 1 ? "" : "s"}, shown on step 4 and on the home page.`,
    };
  });
