"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/action-client";
import { db } from "@/lib/db";
import { forgetCurrentStandards } from "@/lib/program/standards/data";
import { createDraft, decideImport, publishDraft, saveDraft, stageImport } from "@/lib/program/standards/drafts";
import {
  ConfirmImportSchema,
  CreateStandardsDraftSchema,
  ImportScheduleSchema,
  PublishStandardsSchema,
  SaveStandardsDraftSchema,
} from "@/lib/program/standards/schemas";

const PAGE = "/staff/standards";
const ADMINS = ["STAFF_ADMIN"] as const;

/**
 * Every page that shows a number of the standards reads the current version: this process's copy is forgotten and
 * all of them are rebuilt.
 */
function standardsChanged() {
  forgetCurrentStandards();
  revalidatePath("/", "layout");
}

export const createStandardsDraft = staffAction(ADMINS)
  .schema(CreateStandardsDraftSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction((tx) => createDraft(tx, ctx, input.basedOn));
    revalidatePath(PAGE);
    redirect(`${PAGE}#draft-heading`);
  });

export const saveStandardsDraft = staffAction(ADMINS)
  .schema(SaveStandardsDraftSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction((tx) => saveDraft(tx, ctx, input));
    revalidatePath(PAGE);
    redirect(`${PAGE}?saved=1#draft-heading`);
  });

/** Checks an uploaded schedule and keeps it on the draft as a preview; the draft's schedule is not changed yet. */
export const importStandardsSchedule = staffAction(ADMINS)
  .schema(ImportScheduleSchema)
  .action(async ({ input }) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    await db.$transaction((tx) => stageImport(tx, input, { name: input.file.name, bytes }));
    revalidatePath(PAGE);
    redirect(`${PAGE}#preview-heading`);
  });

export const confirmStandardsImport = staffAction(ADMINS)
  .schema(ConfirmImportSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction((tx) => decideImport(tx, ctx, input, input.decision), { timeout: 30_000 });
    revalidatePath(PAGE);
    redirect(`${PAGE}#schedule-heading`);
  });

export const publishStandards = staffAction(ADMINS)
  .schema(PublishStandardsSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction((tx) => publishDraft(tx, ctx, input));
    standardsChanged();
    redirect(`${PAGE}?published=1`);
  });
