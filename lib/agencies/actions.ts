"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/action-client";
import { correctRegistrationAgency } from "@/lib/agencies/data";
import { CorrectAgencySchema } from "@/lib/agencies/schemas";
import { db } from "@/lib/db";
import { stateName } from "@/lib/us-states";

/** STAFF_ADMIN: replaces one state's Registration Agency entry; reviewers only read the list. */
export const correctAgency = staffAction(["STAFF_ADMIN"])
  .schema(CorrectAgencySchema)
  .action(async ({ input, ctx }) => {
    const agency = await db.$transaction((tx) => correctRegistrationAgency(tx, { id: ctx.user.id, ip: ctx.ip }, input));
    revalidatePath("/staff/agencies", "layout");
    return {
      message: `Saved: documents built from now on name ${agency.name} as the Registration Agency for ${stateName(agency.state)}.`,
    };
  });
