"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/action-client";
import { db } from "@/lib/db";
import { createProvider, deleteProvider, updateProvider } from "@/lib/rti-providers/manage";
import { CreateRtiProviderSchema, DeleteRtiProviderSchema, UpdateRtiProviderSchema } from "@/lib/rti-providers/schemas";

// Staff administrators manage the list of related technical instruction providers (reviewers only read it).

const LIST = "/staff/rti-providers";

export const createRtiProvider = staffAction(["STAFF_ADMIN"])
  .schema(CreateRtiProviderSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction((tx) => createProvider(tx, ctx, input));
    revalidatePath(LIST);
    redirect(`${LIST}?saved=1`);
  });

export const updateRtiProvider = staffAction(["STAFF_ADMIN"])
  .schema(UpdateRtiProviderSchema)
  .action(async ({ input: { providerId, rowVersion, ...input }, ctx }) => {
    await db.$transaction((tx) => updateProvider(tx, ctx, providerId, rowVersion, input));
    revalidatePath(LIST);
    // Employers' step 4 and staff pages that show the provider read it fresh.
    revalidatePath("/", "layout");
    redirect(`${LIST}?saved=1`);
  });

/** From the list, which re-renders without the provider. */
export const deleteRtiProvider = staffAction(["STAFF_ADMIN"])
  .schema(DeleteRtiProviderSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction((tx) => deleteProvider(tx, ctx, input.providerId, input.rowVersion));
    revalidatePath(LIST);
  });
