"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { changeOnboardingStep } from "@/lib/onboarding/change";
import { getPositionForOrg } from "@/lib/onboarding/positions/data";
import { DeletePositionSchema, HiringAttestationSchema, PositionSchema } from "@/lib/onboarding/positions/schemas";

const PAGE = "/onboarding/position";

/** Step 3: adds a position, or updates one of this organization's positions. */
export const savePosition = orgAction()
  .schema(PositionSchema)
  .action(async ({ input, ctx }) => {
    const { positionId, ...fields } = input;
    await changeOnboardingStep(ctx, "POSITION", async (tx) => {
      const data = { ...fields, expectedStartDate: fields.expectedStartDate ?? null };
      // Editing: the position must be this organization's (another tenant's id is "not found").
      if (positionId) await getPositionForOrg(ctx.org.id, positionId, tx);
      const position = positionId
        ? await tx.position.update({ where: { id: positionId }, data })
        : await tx.position.create({ data: { ...data, organizationId: ctx.org.id, createdById: ctx.user.id } });
      await ctx.audit(tx, {
        kind: "position.saved",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Position", id: position.id },
        payload: { title: position.title, type: position.type, openings: position.openings, created: !positionId },
      });
    });
    revalidatePath(PAGE);
    redirect(PAGE);
  });

export const deletePosition = orgAction()
  .schema(DeletePositionSchema)
  .action(async ({ input, ctx }) => {
    await changeOnboardingStep(ctx, "POSITION", async (tx) => {
      const position = await getPositionForOrg(ctx.org.id, input.positionId, tx);
      await tx.position.delete({ where: { id: position.id } });
      await ctx.audit(tx, {
        kind: "position.deleted",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Position", id: position.id },
        payload: { title: position.title },
      });
    });
    revalidatePath(PAGE);
    redirect(PAGE);
  });

/** The attestation that hiring, recruiting and vetting are the employer's responsibility (AAMI does not hire). */
export const attestHiring = orgAction()
  .schema(HiringAttestationSchema)
  .action(async ({ ctx }) => {
    await changeOnboardingStep(ctx, "POSITION", async (tx, facts) => {
      if (facts.hiringAttested) return;
      await tx.organization.update({
        where: { id: ctx.org.id },
        data: { hiringAttestedAt: new Date(), hiringAttestedById: ctx.user.id },
      });
      await ctx.audit(tx, {
        kind: "position.hiring_attested",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Organization", id: ctx.org.id },
        payload: {},
      });
    });
    revalidatePath(PAGE);
    redirect(PAGE);
  });
