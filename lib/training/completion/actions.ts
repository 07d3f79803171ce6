"use server";

import { redirect } from "next/navigation";
import { authedAction, staffAction } from "@/lib/action-client";
import { requireTrainingAccess } from "@/lib/authz/training";
import { returnCompletion, verifyCompletion } from "@/lib/training/completion/decide";
import { requestCompletion } from "@/lib/training/completion/request";
import {
  RequestCompletionSchema,
  ReturnCompletionSchema,
  VerifyCompletionSchema,
} from "@/lib/training/completion/schemas";

// Completion: thin adapters over ./request.ts and ./decide.ts. The employer's request goes through lib/authz/training
// ("not found" for anyone who may not see the apprentice's training; request.ts checks the role) and returns to the
// status page; AAMI staff decide through staffAction (anyone else "not found") and return to the staff apprentice page.

export const requestApprenticeCompletion = authedAction
  .schema(RequestCompletionSchema)
  .action(async ({ input, ctx }) => {
    await requestCompletion(await requireTrainingAccess(input.apprenticeId), input, ctx.ip);
    redirect(`/training/${input.apprenticeId}/status?done=completion#completion-heading`);
  });

const decided = (apprenticeId: string, done: string): never =>
  redirect(`/staff/apprentices/${apprenticeId}?done=${done}#completion-heading`);

export const verifyApprenticeCompletion = staffAction()
  .schema(VerifyCompletionSchema)
  .action(async ({ input, ctx }) => {
    const completion = await verifyCompletion(ctx, input, ctx.ip);
    decided(completion.apprenticeId, "completion-verified");
  });

export const returnApprenticeCompletion = staffAction()
  .schema(ReturnCompletionSchema)
  .action(async ({ input, ctx }) => {
    const completion = await returnCompletion(ctx, input, input.reason, ctx.ip);
    decided(completion.apprenticeId, "completion-returned");
  });
