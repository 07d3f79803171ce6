"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction, staffAction } from "@/lib/action-client";
import { requireTrainingAccess } from "@/lib/authz/training";
import { enterCredential } from "@/lib/training/credentials/enter";
import {
  EnterCredentialSchema,
  ReturnCredentialSchema,
  VerifyCredentialSchema,
} from "@/lib/training/credentials/schemas";
import { decideCredential } from "@/lib/training/credentials/verify";

// Credentials: thin adapters over ./enter.ts and ./verify.ts. Entering goes through lib/authz/training (anyone who
// may not see the apprentice's training gets "not found"; enter.ts checks the role) and returns to the credentials
// page; AAMI staff decide through staffAction (anyone else "not found") and return to the staff apprentice page.
// Each page says what was done.

export const enterTrainingCredential = authedAction.schema(EnterCredentialSchema).action(async ({ input, ctx }) => {
  await enterCredential(await requireTrainingAccess(input.apprenticeId), input, ctx.ip);
  redirect(`/training/${input.apprenticeId}/credentials?done=entered`);
});

const decided = (apprenticeId: string, done: "credential-verified" | "credential-returned"): never => {
  revalidatePath("/staff/credentials");
  redirect(`/staff/apprentices/${apprenticeId}?done=${done}#credentials`);
};

export const verifyApprenticeCredential = staffAction()
  .schema(VerifyCredentialSchema)
  .action(async ({ input, ctx }) => {
    decided(await decideCredential(ctx, input.credentialId, { verdict: "verified" }, ctx.ip), "credential-verified");
  });

export const returnApprenticeCredential = staffAction()
  .schema(ReturnCredentialSchema)
  .action(async ({ input, ctx }) => {
    decided(
      await decideCredential(ctx, input.credentialId, { verdict: "returned", reason: input.reason }, ctx.ip),
      "credential-returned",
    );
  });
