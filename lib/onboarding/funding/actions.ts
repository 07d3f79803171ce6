"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { AppError } from "@/lib/errors";
import { changeOnboardingStep } from "@/lib/onboarding/change";
import { FundingPlanSchema, OTHER_PROVIDER } from "@/lib/onboarding/funding/schemas";
import { choosableProvider } from "@/lib/rti-providers/data";
import { proposeProvider } from "@/lib/rti-providers/manage";

/**
 * Step 4: saves the organization's related-instruction funding plan (one per organization). The provider is one
 * the organization may choose (lib/rti-providers/data), or a proposal of one that is not listed.
 */
export const saveFundingPlan = orgAction()
  .schema(FundingPlanSchema)
  .action(async ({ input, ctx }) => {
    await changeOnboardingStep(ctx, "FUNDING", async (tx) => {
      const provider =
        input.rtiProviderId === OTHER_PROVIDER
          ? await proposeProvider(tx, ctx, ctx.org.id, {
              name: input.otherProviderName!,
              providerType: input.otherProviderType!,
              contact: input.otherProviderContact!,
              website: input.otherProviderWebsite,
            })
          : await choosableProvider(tx, ctx.org.id, input.rtiProviderId);
      // Removed by staff since the page was shown, or another employer's unconfirmed proposal: not offered.
      if (!provider) {
        throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
          rtiProviderId: ["That provider is no longer in the list. Choose another, or propose yours."],
        });
      }
      const data = {
        rtiProviderId: provider.id,
        delivery: input.delivery,
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
          providerName: provider.name,
          rtiProviderId: provider.id,
          hoursPerYear: plan.hoursPerYear,
          costPerApprenticeCents: plan.costPerApprenticeCents,
          sources: plan.sources,
        },
      });
    });
    revalidatePath("/onboarding");
    redirect("/onboarding");
  });
