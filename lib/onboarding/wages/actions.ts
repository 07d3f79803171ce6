"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { changeOnboardingStep } from "@/lib/onboarding/change";
import { minimumWageForOrg } from "@/lib/onboarding/wages/data";
import { wageScheduleSchema } from "@/lib/onboarding/wages/schemas";
import { getCurrentStandards } from "@/lib/program/standards/data";

/** Step 6: saves the wage schedule (replacing its steps). A signed agreement that contains the old one is voided. */
export const saveWageSchedule = orgAction()
  .schema(async (ctx) => wageScheduleSchema(await minimumWageForOrg(ctx.org.id), await getCurrentStandards()))
  .action(async ({ input, ctx }) => {
    await changeOnboardingStep(ctx, "AGREEMENT", async (tx) => {
      const fields = {
        journeyworkerRateCents: input.journeyworkerRateCents,
        entryWageCents: input.entryWageCents,
        basis: input.basis,
        termLength: input.termLength,
      };
      const schedule = await tx.wageSchedule.upsert({
        where: { organizationId: ctx.org.id },
        create: { organizationId: ctx.org.id, ...fields },
        update: fields,
      });
      await tx.wageStep.deleteMany({ where: { wageScheduleId: schedule.id } });
      await tx.wageStep.createMany({
        data: input.steps.map((step, ordinal) => ({
          organizationId: ctx.org.id,
          wageScheduleId: schedule.id,
          ordinal,
          ...step,
        })),
      });
      await ctx.audit(tx, {
        kind: "wages.saved",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "WageSchedule", id: schedule.id },
        payload: { ...fields, steps: input.steps },
      });
    });
    revalidatePath("/onboarding");
    redirect("/onboarding/agreement#agreement-heading");
  });
