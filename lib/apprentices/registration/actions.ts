"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/action-client";
import {
  adjustCredit,
  approveRegistration,
  recordRapidsId,
  sendBackRegistration,
} from "@/lib/apprentices/registration/decide";
import { getCurrentStandards } from "@/lib/program/standards/data";
import type { RegistrationAction } from "@/lib/apprentices/registration/rules";
import {
  adjustCreditSchema,
  ApproveRegistrationSchema,
  RecordRapidsIdSchema,
  SendBackRegistrationSchema,
} from "@/lib/apprentices/registration/schemas";

// The staff apprentice page's actions. Each authorizes the caller as AAMI staff (lib/authz via staffAction: anyone
// else, an employer of any organization included, is answered "not found" and nothing runs), then hands over to
// lib/apprentices/registration/decide, which checks the action itself, and returns to the apprentice's page, which
// confirms what was done (?done=…).

const done = (apprenticeId: string, action: RegistrationAction): never => {
  revalidatePath("/staff/queue/apprentices");
  revalidatePath("/staff/apprentices");
  redirect(`/staff/apprentices/${apprenticeId}?done=${action}`);
};

export const approveApprenticeRegistration = staffAction()
  .schema(ApproveRegistrationSchema)
  .action(async ({ input, ctx }) => {
    await approveRegistration(ctx, input, ctx.ip);
    done(input.apprenticeId, "APPROVE");
  });

export const sendBackApprenticeRegistration = staffAction()
  .schema(SendBackRegistrationSchema)
  .action(async ({ input, ctx }) => {
    await sendBackRegistration(ctx, input, input.reason, ctx.ip);
    done(input.apprenticeId, "SEND_BACK");
  });

export const recordApprenticeRapidsId = staffAction()
  .schema(RecordRapidsIdSchema)
  .action(async ({ input, ctx }) => {
    await recordRapidsId(ctx, input, input.rapidsApprenticeId, ctx.ip);
    done(input.apprenticeId, "RECORD_RAPIDS_ID");
  });

export const adjustApprenticeCredit = staffAction()
  .schema(async () => adjustCreditSchema(await getCurrentStandards()))
  .action(async ({ input, ctx }) => {
    await adjustCredit(ctx, input, input.credits, ctx.ip);
    done(input.apprenticeId, "ADJUST_CREDIT");
  });
