"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/action-client";
import { deleteCandidate } from "@/lib/candidates/deletion";
import { CandidateStatusSchema, DeleteCandidateSchema } from "@/lib/candidates/staff/schemas";
import { changeCandidateStatus } from "@/lib/candidates/staff/status";

// The staff candidate page's actions. staffAction authorizes the caller (lib/authz) before the input is read.

export const setCandidateStatus = staffAction()
  .schema(CandidateStatusSchema)
  .action(async ({ input, ctx }) => {
    await changeCandidateStatus(ctx, input, ctx.ip);
    revalidatePath("/staff/candidates");
    redirect(`/staff/candidates/${input.candidateId}?saved=status`);
  });

/** Irreversible, so for staff administrators only. */
export const deleteCandidateOnRequest = staffAction(["STAFF_ADMIN"])
  .schema(DeleteCandidateSchema)
  .action(async ({ input, ctx }) => {
    // Already deleted (a colleague, a double click): the same confirmation, as the outcome is the same.
    await deleteCandidate(input.candidateId, { by: "staff", staffId: ctx.user.id, ip: ctx.ip });
    revalidatePath("/staff/candidates");
    redirect("/staff/candidates?deleted=1");
  });
