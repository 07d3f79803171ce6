"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/action-client";
import { requireTrainingAccess } from "@/lib/authz/training";
import { recordRaise } from "@/lib/training/raises/record";
import { RecordRaiseSchema } from "@/lib/training/raises/schemas";

// Recording a raise: access to the apprentice from lib/authz/training ("not found" for anyone who may not see their
// training); recordRaise checks the caller is an owner or admin.

export const recordApprenticeRaise = authedAction.schema(RecordRaiseSchema).action(async ({ input, ctx }) => {
  await recordRaise(await requireTrainingAccess(input.apprenticeId), input, ctx.ip);
  redirect(`/training/${input.apprenticeId}?done=raise#raises-heading`);
});
