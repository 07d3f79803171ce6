"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { enqueueMail } from "@/lib/mail/outbox";
import { changeOnboardingStep } from "@/lib/onboarding/change";
import { getMentorForOrg } from "@/lib/onboarding/mentors/data";
import { DeleteMentorSchema, JourneyworkersSchema, MentorSchema } from "@/lib/onboarding/mentors/schemas";
import { PROGRAM } from "@/lib/program";
import { fieldError } from "@/lib/errors";
import { trainingUser } from "@/lib/training/mentors/assign";

const PAGE = "/onboarding/mentor";

/** Step 5: appoints a mentor (who is emailed), or updates one; a new email address is told too. */
export const saveMentor = orgAction()
  .schema(MentorSchema)
  .action(async ({ input, ctx }) => {
    const { mentorId, otherCredentials, ...fields } = input;
    const credentials = [
      ...fields.credentials,
      ...(otherCredentials
        ? otherCredentials
            .split(",")
            .map((c) => c.trim())
            .filter(Boolean)
        : []),
    ];
    await changeOnboardingStep(ctx, "MENTOR", async (tx) => {
      const before = mentorId ? await getMentorForOrg(ctx.org.id, mentorId, tx) : null;
      const notify = !before || before.email !== fields.email;
      // A mentor who signs in to approve hours signs in with the new address from now on, the old one no longer.
      const userId =
        before?.userId && notify ? { userId: await trainingUser(tx, fields.email, "email", fields.name) } : {};
      if (userId.userId && (await tx.apprentice.count({ where: { mentorId: before!.id, userId: userId.userId } }))) {
        fieldError("email", "That is the address of an apprentice this mentor mentors: a mentor must be someone else.");
      }
      const data = { ...fields, phone: fields.phone ?? null, credentials, ...userId };
      const mentor = before
        ? await tx.mentor.update({
            where: { id: before.id },
            data: { ...data, ...(notify ? { notifiedAt: new Date() } : {}) },
          })
        : await tx.mentor.create({ data: { ...data, organizationId: ctx.org.id, notifiedAt: new Date() } });
      if (notify) {
        await enqueueMail(tx, {
          to: mentor.email,
          template: "mentor-appointed",
          organizationId: ctx.org.id,
          props: {
            mentorName: mentor.name,
            organizationName: ctx.org.name,
            appointedBy: ctx.user.name ?? ctx.user.email,
            programName: PROGRAM.name,
          },
        });
      }
      await ctx.audit(tx, {
        kind: "mentor.saved",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Mentor", id: mentor.id },
        payload: { name: mentor.name, email: mentor.email, created: !before, notified: notify },
      });
    });
    revalidatePath(PAGE);
    redirect(PAGE);
  });

export const deleteMentor = orgAction()
  .schema(DeleteMentorSchema)
  .action(async ({ input, ctx }) => {
    await changeOnboardingStep(ctx, "MENTOR", async (tx) => {
      const mentor = await getMentorForOrg(ctx.org.id, input.mentorId, tx);
      await tx.mentor.delete({ where: { id: mentor.id } });
      await ctx.audit(tx, {
        kind: "mentor.deleted",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Mentor", id: mentor.id },
        payload: { name: mentor.name },
      });
    });
    revalidatePath(PAGE);
    redirect(PAGE);
  });

/** How many journeyworkers (qualified technicians) the organization has, for the apprentice ratio. */
export const saveJourneyworkers = orgAction()
  .schema(JourneyworkersSchema)
  .action(async ({ input, ctx }) => {
    await changeOnboardingStep(ctx, "MENTOR", async (tx) => {
      await tx.organization.update({
        where: { id: ctx.org.id },
        data: { journeyworkerCount: input.journeyworkerCount },
      });
      await ctx.audit(tx, {
        kind: "mentor.journeyworkers_set",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Organization", id: ctx.org.id },
        payload: { count: input.journeyworkerCount },
      });
    });
    revalidatePath(PAGE);
    redirect(PAGE);
  });
