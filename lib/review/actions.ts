"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/action-client";
import {
  approveSubmission,
  claimSubmission,
  recordAgencyAcceptance,
  rejectSubmission,
  requestChanges,
} from "@/lib/review/decide";
import type { StaffDecision } from "@/lib/review/transitions";
import {
  ApproveSchema,
  ClaimSchema,
  RecordAcceptanceSchema,
  RejectSchema,
  RequestChangesSchema,
} from "@/lib/review/schemas";

// The review page's decisions. Each authorizes the caller as staff (lib/authz via staffAction), then hands over
// to lib/review/decide, which checks the transition itself, and returns to the review page, which confirms what
// was done (?decided=…).

const done = (submissionId: string, decision: StaffDecision): never => {
  revalidatePath("/staff/queue");
  redirect(`/staff/submissions/${submissionId}?decided=${decision}`);
};

export const claim = staffAction()
  .schema(ClaimSchema)
  .action(async ({ input, ctx }) => {
    await claimSubmission(ctx, input, ctx.ip);
    done(input.submissionId, "CLAIM");
  });

export const askForChanges = staffAction()
  .schema(RequestChangesSchema)
  .action(async ({ input, ctx }) => {
    await requestChanges(ctx, input, input.comments, ctx.ip);
    done(input.submissionId, "REQUEST_CHANGES");
  });

export const approve = staffAction()
  .schema(ApproveSchema)
  .action(async ({ input, ctx }) => {
    await approveSubmission(ctx, input, {
      signerName: input.countersignerName,
      signerTitle: input.countersignerTitle,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    done(input.submissionId, "APPROVE");
  });

export const reject = staffAction()
  .schema(RejectSchema)
  .action(async ({ input, ctx }) => {
    await rejectSubmission(ctx, input, input.reason, ctx.ip);
    done(input.submissionId, "REJECT");
  });

export const recordAcceptance = staffAction()
  .schema(RecordAcceptanceSchema)
  .action(async ({ input, ctx }) => {
    await recordAgencyAcceptance(ctx, input, input.acceptedOn, ctx.ip);
    done(input.submissionId, "RECORD_ACCEPTANCE");
  });
