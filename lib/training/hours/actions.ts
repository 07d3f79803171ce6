"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/action-client";
import { requireTrainingAccess } from "@/lib/authz/training";
import { copyLastWeek, logHours } from "@/lib/training/hours/log";
import { approveHours, returnHours } from "@/lib/training/hours/review";
import {
  ApproveHoursSchema,
  CopyLastWeekSchema,
  LogHoursSchema,
  ReturnHoursSchema,
} from "@/lib/training/hours/schemas";

// The hours log's actions: thin adapters over ./log.ts and ./review.ts. Access to the apprentice comes from
// lib/authz/training for each one (another organization's apprentice, another apprentice or another mentor's
// mentee is "not found"); the domain functions check the role (logging, mentoring). Each returns to a page that
// confirms what was done.

export const logWeekHours = authedAction.schema(LogHoursSchema).action(async ({ input, ctx }) => {
  await logHours(await requireTrainingAccess(input.apprenticeId), input, ctx.ip);
  redirect(`/training/${input.apprenticeId}/log?week=${input.weekStart}&done=saved`);
});

export const copyLastWeekHours = authedAction.schema(CopyLastWeekSchema).action(async ({ input, ctx }) => {
  await copyLastWeek(await requireTrainingAccess(input.apprenticeId), input, ctx.ip);
  redirect(`/training/${input.apprenticeId}/log?week=${input.weekStart}&done=copied`);
});

export const approveWeekHours = authedAction.schema(ApproveHoursSchema).action(async ({ input, ctx }) => {
  const { approved, unchanged } = await approveHours(ctx.user, input.entries, ctx.ip);
  redirect(`/training/review?approved=${approved}&unchanged=${unchanged}`);
});

export const returnWeekHours = authedAction.schema(ReturnHoursSchema).action(async ({ input, ctx }) => {
  await returnHours(ctx.user, input, ctx.ip);
  redirect(`/training/review?returned=1`);
});
