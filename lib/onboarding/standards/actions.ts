"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { lockProgramDocuments } from "@/lib/documents/lock";
import { AppError } from "@/lib/errors";
import { changeOnboardingStep } from "@/lib/onboarding/change";
import { currentProgramDocuments } from "@/lib/onboarding/facts";
import { AcknowledgeStandardsSchema } from "@/lib/onboarding/standards/schemas";

/**
 * Step 2: records that this person read the current National Standards and Training Objectives, with the exact
 * versions and SHA-256 hashes. If AAMI published a newer version after the page was loaded, nothing is recorded
 * and the person is asked to review the new one.
 */
export const acknowledgeStandards = orgAction()
  .schema(AcknowledgeStandardsSchema)
  .action(async ({ input, ctx }) => {
    await changeOnboardingStep(ctx, "STANDARDS", async (tx, facts) => {
      if (facts.standardsCurrent) return; // already done (a double click, or a colleague just now)
      await lockProgramDocuments(tx, "shared");
      const current = await currentProgramDocuments(tx);
      if (current.length === 0)
        throw new AppError("CONFLICT", "AAMI has not published the documents yet. Please check back soon.");
      const seen = new Set(input.documentIds);
      if (current.length !== seen.size || current.some((d) => !seen.has(d.id))) {
        throw new AppError(
          "CONFLICT",
          "AAMI published a newer version while you were reading. Please review the current documents below and confirm again.",
        );
      }
      await tx.standardsAcknowledgement.createMany({
        data: current.map((d) => ({
          organizationId: ctx.org.id,
          userId: ctx.user.id,
          documentId: d.id,
          documentVersion: d.version,
          documentSha256: d.sha256,
          typedName: input.typedName,
        })),
      });
      await ctx.audit(tx, {
        kind: "standards.acknowledged",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Organization", id: ctx.org.id },
        payload: {
          typedName: input.typedName,
          documents: current.map((d) => ({ kind: d.kind, version: d.version, sha256: d.sha256 })),
        },
      });
    });
    revalidatePath("/onboarding");
    redirect("/onboarding");
  });
