"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { changeOnboardingStep } from "@/lib/onboarding/change";
import { FundingPlanSchema } from "@/lib/onboarding/funding/schemas";

/** Step 4: saves the organization's related-instruction funding plan (one per organization). */
export const saveFundingPlan = orgAction()
  .schema(FundingPlanSchema)
  .action(async ({ input, ctx }) => {
    await changeOnboardingStep(ctx, "FUNDING", async (tx) => {
      const data = {
        providerName: input.providerName,
        providerType: input.providerType,
        delivery: input.delivery,
        providerContact: input.providerContact,
        hoursPerYear: input.hoursPerYear,
        costPerApprenticeCents: input.costPerApprentice,
        sources: input.sources,
        otherSourceText: input.sources.includes("OTHER") ? (input.otherSourceText ?? null) : null,
        instructionTimePaid: input.instructionTimePaid === "yes",
        employerPaysAttestedAt: new Date(),
        attestedById: ctx.user.id,
      };
      const plan = await tx.fundingPlan.upsert({
        where: { organizationId: ctx.org.id },
        create: { organizationId: ctx.org.id, ...data },
        update: data,
      });
      await ctx.audit(tx, {
        kind: "funding.saved",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "FundingPlan", id: plan.id },
        payload: {
          providerName: plan.providerName,
          hoursPerYear: plan.hoursPerYear,
          costPerApprenticeCents: plan.costPerApprenticeCents,
          sources: plan.sources,
        },
      });
    });
    revalidatePath("/onboarding");
    redirect("/onboarding");
  });
