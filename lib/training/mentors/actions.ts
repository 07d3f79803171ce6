"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/action-client";
import { requireTrainingAccess } from "@/lib/authz/training";
import { assignMentor } from "@/lib/training/mentors/assign";
import { AssignMentorSchema } from "@/lib/training/mentors/schemas";

// Assigning a mentor: the caller's access to the apprentice comes from lib/authz/training (another organization's
// apprentice is "not found"); assignMentor checks they are an owner or admin.

export const assignApprenticeMentor = authedAction.schema(AssignMentorSchema).action(async ({ input, ctx }) => {
  await assignMentor(await requireTrainingAccess(input.apprenticeId), input.mentorId, ctx.ip);
  redirect(`/training/${input.apprenticeId}?done=mentor`);
});
