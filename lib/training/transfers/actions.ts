"use server";

import { redirect } from "next/navigation";
import { MANAGER_ROLES } from "@/lib/authz";
import { authedAction, orgAction } from "@/lib/action-client";
import { requireTrainingAccess } from "@/lib/authz/training";
import { answerTransfer } from "@/lib/training/transfers/answer";
import { AppError } from "@/lib/errors";
import { proposeTransfer, TOO_MANY_PROPOSALS, TRANSFER_PROPOSAL_LIMIT } from "@/lib/training/transfers/propose";
import {
  AcceptTransferSchema,
  DeclineTransferSchema,
  ProposeTransferSchema,
  WithdrawTransferSchema,
} from "@/lib/training/transfers/schemas";

// The transfer's forms. Proposing: access to the apprentice from lib/authz/training, and proposeTransfer checks the
// caller is an owner or admin. Answering: an owner or admin of the organization they act for (orgAction), and
// answerTransfer finds the transfer only among that organization's own: received ones to accept or decline, sent ones
// to withdraw.

export const proposeApprenticeTransfer = authedAction.schema(ProposeTransferSchema).action(async ({ input, ctx }) => {
  const access = await requireTrainingAccess(input.apprenticeId);
  if (!(await ctx.withinLimit(TRANSFER_PROPOSAL_LIMIT, `organization:${access.organizationId}`))) {
    throw new AppError("CONFLICT", TOO_MANY_PROPOSALS);
  }
  await proposeTransfer(access, input, ctx.ip);
  redirect(`/training/${input.apprenticeId}/status?done=transfer-proposed#transfer-heading`);
});

export const withdrawApprenticeTransfer = orgAction(MANAGER_ROLES)
  .schema(WithdrawTransferSchema)
  .action(async ({ input, ctx }) => {
    const { apprenticeId } = await answerTransfer(
      { organizationId: ctx.org.id, actor: ctx.user },
      { answer: "WITHDRAWN", transferId: input.transferId },
      ctx.ip,
    );
    redirect(`/training/${apprenticeId}/status?done=transfer-withdrawn#transfer-heading`);
  });

export const acceptApprenticeTransfer = orgAction(MANAGER_ROLES)
  .schema(AcceptTransferSchema)
  .action(async ({ input, ctx }) => {
    const { apprenticeId } = await answerTransfer(
      { organizationId: ctx.org.id, actor: ctx.user },
      { answer: "ACCEPTED", input },
      ctx.ip,
    );
    redirect(`/training/${apprenticeId}/status?done=transfer-accepted#status-heading`);
  });

export const declineApprenticeTransfer = orgAction(MANAGER_ROLES)
  .schema(DeclineTransferSchema)
  .action(async ({ input, ctx }) => {
    await answerTransfer({ organizationId: ctx.org.id, actor: ctx.user }, { answer: "DECLINED", input }, ctx.ip);
    redirect(`/training/transfers/${input.transferId}?done=declined#transfer-heading`);
  });
