"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/action-client";
import { requireTrainingAccess } from "@/lib/authz/training";
import { changeTrainingStatus } from "@/lib/training/lifecycle/change";
import { CancelSchema, ResumeSchema, SuspendSchema } from "@/lib/training/lifecycle/schemas";

// The status page's forms: access to the apprentice from lib/authz/training ("not found" for anyone who may not see
// their training); changeTrainingStatus checks the caller is an owner or admin and the change is allowed now.

const done = (apprenticeId: string, change: string) =>
  redirect(`/training/${apprenticeId}/status?done=${change}#status-heading`);

export const suspendApprenticeTraining = authedAction.schema(SuspendSchema).action(async ({ input, ctx }) => {
  await changeTrainingStatus(await requireTrainingAccess(input.apprenticeId), { change: "suspend", input }, ctx.ip);
  done(input.apprenticeId, "suspend");
});

export const resumeApprenticeTraining = authedAction.schema(ResumeSchema).action(async ({ input, ctx }) => {
  await changeTrainingStatus(await requireTrainingAccess(input.apprenticeId), { change: "resume" }, ctx.ip);
  done(input.apprenticeId, "resume");
});

export const cancelApprenticeTraining = authedAction.schema(CancelSchema).action(async ({ input, ctx }) => {
  await changeTrainingStatus(await requireTrainingAccess(input.apprenticeId), { change: "cancel", input }, ctx.ip);
  done(input.apprenticeId, "cancel");
});
