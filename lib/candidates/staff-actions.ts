"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/action-client";
import { CandidateStatusSchema } from "@/lib/candidates/staff-schemas";
import { changeCandidateStatus } from "@/lib/candidates/status";
import { requestIp } from "@/lib/request";

// The staff candidate page's actions. staffAction authorizes the caller (lib/authz) before the input is read.

export const setCandidateStatus = staffAction()
  .schema(CandidateStatusSchema)
  .action(async ({ input, ctx }) => {
    await changeCandidateStatus(ctx, input, await requestIp());
    revalidatePath("/staff/candidates");
    redirect(`/staff/candidates/${input.candidateId}?saved=status`);
  });
