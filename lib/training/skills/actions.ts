"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/action-client";
import { requireTrainingAccess } from "@/lib/authz/training";
import { requestSignOff, signOffSkill, undoSignOff } from "@/lib/training/skills/sign-off";
import { RequestSignOffSchema, SignOffSkillSchema, UndoSignOffSchema } from "@/lib/training/skills/schemas";

// Skill sign-offs: thin adapters over ./sign-off.ts. Access to the apprentice comes from lib/authz/training for
// each one (anyone who may not see their training gets "not found"); the domain functions check the role (the
// mentor signs off and undoes, the apprentice asks). Each returns to the skill's page, which says what was done.

const skillPage = (apprenticeId: string, code: string, done: string): never =>
  redirect(`/training/${apprenticeId}/skills/${encodeURIComponent(code)}?done=${done}`);

export const signOffTrainingSkill = authedAction.schema(SignOffSkillSchema).action(async ({ input, ctx }) => {
  await signOffSkill(await requireTrainingAccess(input.apprenticeId), input, ctx.ip);
  skillPage(input.apprenticeId, input.skillCode, "signed");
});

export const undoTrainingSignOff = authedAction.schema(UndoSignOffSchema).action(async ({ input, ctx }) => {
  const code = await undoSignOff(
    await requireTrainingAccess(input.apprenticeId),
    input.signOffId,
    input.reason,
    ctx.ip,
  );
  skillPage(input.apprenticeId, code, "undone");
});

export const requestTrainingSignOff = authedAction.schema(RequestSignOffSchema).action(async ({ input, ctx }) => {
  await requestSignOff(await requireTrainingAccess(input.apprenticeId), input, ctx.ip);
  skillPage(input.apprenticeId, input.skillCode, "requested");
});
