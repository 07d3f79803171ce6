"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/action-client";
import { decideClaim } from "@/lib/organizations/claims/decide";
import { AcceptClaimSchema, DeclineClaimSchema } from "@/lib/organizations/claims/schemas";

// Requests to join an existing organization, decided by AAMI staff on the employer's page.

const backTo = (organizationId: string): never => {
  revalidatePath(`/staff/employers/${organizationId}`);
  redirect(`/staff/employers/${organizationId}#claims`);
};

export const acceptClaim = staffAction()
  .schema(AcceptClaimSchema)
  .action(async ({ input, ctx }) =>
    backTo(await decideClaim(ctx, input.requestId, { decision: "ACCEPTED", role: input.role })),
  );

export const declineClaim = staffAction()
  .schema(DeclineClaimSchema)
  .action(async ({ input, ctx }) => backTo(await decideClaim(ctx, input.requestId, { decision: "DECLINED" })));
