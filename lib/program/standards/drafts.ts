import "server-only";
import { Prisma } from "@prisma/client";
import type { StaffActionContext } from "@/lib/action-client";
import { AppError, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";
import { getCurrentStandards, getStandardsVersion } from "@/lib/program/standards/data";
import {
  parseSchedule,
  readPendingImport,
  type ImportedSchedule,
  type PendingImport,
} from "@/lib/program/standards/import";
import { publishIssues, type StandardsSkillSet } from "@/lib/program/standards/model";
import type { SaveStandardsDraftInput } from "@/lib/program/standards/schemas";
import { sha256Hex } from "@/lib/storage/hash";

// Drafting and publishing a version of the program standards. Each change is one transaction: a conditional update
// of the draft (status DRAFT and the row version the form showed), its audit event, nothing else. Publishing sends
// no email: the standards document employers acknowledge is a program document, whose publication already emails
// them (lib/documents); this is its data, which staff administrators (the only people who act on it) see here.

const CHANGED =
  "This draft changed since you opened the page (another administrator saved, imported or published it). Reload the page to see it.";

// Creating and publishing hold this lock alone, so two administrators cannot create two drafts (or take one version
// number twice), and a draft is never created from a version that is being replaced. Transaction-scoped, shared by
// every app instance.
async function lockStandards(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('bmet.program_standards'))`;
}

/** Replaces a draft's schedule (the trigger refuses it on a published version). */
async function writeSchedule(tx: Tx, standardsVersionId: string, skillSets: StandardsSkillSet[]) {
  await tx.standardsSkill.deleteMany({ where: { standardsVersionId } });
  await tx.standardsSkillSet.deleteMany({ where: { standardsVersionId } });
  for (const { skills, ...set } of skillSets) {
    await tx.standardsSkillSet.create({
      data: { ...set, standardsVersionId, skills: { create: skills.map((k) => ({ ...k, standardsVersionId })) } },
    });
  }
}

/** Moves a draft on one row version, or explains why it cannot: not found, published, or changed meanwhile. */
async function updateDraft(
  tx: Tx,
  ref: { standardsId: string; rowVersion: number },
  data: Prisma.StandardsVersionUpdateManyMutationInput,
) {
  const { count } = await tx.standardsVersion.updateMany({
    where: { id: ref.standardsId, status: "DRAFT", rowVersion: ref.rowVersion },
    data: { ...data, rowVersion: { increment: 1 } },
  });
  if (count === 1) return tx.standardsVersion.findUniqueOrThrow({ where: { id: ref.standardsId } });
  const now = await tx.standardsVersion.findUnique({ where: { id: ref.standardsId }, select: { status: true } });
  if (!now) throw notFound();
  throw new AppError(
    "CONFLICT",
    now.status === "PUBLISHED" ? "This version is published and can no longer change. Start a new draft." : CHANGED,
  );
}

/** A new draft, version n+1, copying the current version's numbers and schedule. One draft at a time. */
export async function createDraft(tx: Tx, ctx: StaffActionContext, basedOn: number) {
  await lockStandards(tx);
  const existing = await tx.standardsVersion.findFirst({ where: { status: "DRAFT" }, select: { version: true } });
  if (existing) throw new AppError("CONFLICT", `Version ${existing.version} is already being drafted: edit it below.`);
  const current = await getCurrentStandards(tx);
  if (current.version !== basedOn) {
    throw new AppError("CONFLICT", `Version ${current.version} was published since you opened the page. Reload it.`);
  }
  const latest = await tx.standardsVersion.aggregate({ _max: { version: true } });
  const version = (latest._max.version ?? 0) + 1;
  const draft = await tx.standardsVersion.create({
    data: {
      version,
      registrationNumber: current.registrationNumber,
      registeredOn: current.registeredOn ? new Date(`${current.registeredOn}T00:00:00.000Z`) : null,
      termOjlHours: current.termOjlHours,
      termMonths: current.termMonths,
      probationMonths: current.probationMonths,
      ratioApprentices: current.ratio.apprentices,
      ratioJourneyworkers: current.ratio.journeyworkers,
      ratioLevel: current.ratio.level,
      riHoursPerYear: current.riHoursPerYear,
      maxCreditHours: current.maxCreditHours,
      createdById: ctx.user.id,
    },
  });
  await writeSchedule(tx, draft.id, current.skillSets);
  await ctx.audit(tx, {
    kind: "standards.draft_created",
    organizationId: null,
    actorId: ctx.user.id,
    subject: { type: "StandardsVersion", id: draft.id },
    payload: { version, basedOn: current.version },
  });
  return draft;
}

export async function saveDraft(tx: Tx, ctx: StaffActionContext, input: SaveStandardsDraftInput) {
  const { standardsId, rowVersion, registeredOn, ...numbers } = input;
  const saved = await updateDraft(
    tx,
    { standardsId, rowVersion },
    { ...numbers, registeredOn: registeredOn ? new Date(`${registeredOn}T00:00:00.000Z`) : null },
  );
  await ctx.audit(tx, {
    kind: "standards.draft_saved",
    organizationId: null,
    actorId: ctx.user.id,
    subject: { type: "StandardsVersion", id: saved.id },
    payload: { version: saved.version, ...numbers, registeredOn },
  });
}

/**
 * Reads and checks an uploaded schedule against the draft's term. Errors (each naming its CSV line or JSON path)
 * come back as the file field's messages and nothing changes; a valid schedule is kept on the draft as a preview.
 */
export async function stageImport(
  tx: Tx,
  ref: { standardsId: string; rowVersion: number },
  file: { name: string; bytes: Uint8Array },
) {
  const draft = await tx.standardsVersion.findUnique({ where: { id: ref.standardsId } });
  if (!draft) throw notFound();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    const message = "The file is not UTF-8 text. Save it from the spreadsheet as CSV UTF-8, or as JSON.";
    throw new AppError("VALIDATION", message, { file: [message] });
  }
  const result = parseSchedule(file.name, text, draft.termOjlHours);
  if (!result.ok) {
    const messages = result.errors.map((e) => `${e.where}: ${e.message}`);
    throw new AppError(
      "VALIDATION",
      `The schedule was not imported: ${messages.length} problem${messages.length === 1 ? "" : "s"} to fix.`,
      { file: messages },
    );
  }
  const pending: PendingImport = { filename: file.name, sha256: sha256Hex(file.bytes), skillSets: result.skillSets };
  await updateDraft(tx, ref, { pendingImport: pending as Prisma.InputJsonValue });
}

/** Staff looked at the preview: it replaces the draft's schedule (audited), or is discarded. */
export async function decideImport(
  tx: Tx,
  ctx: StaffActionContext,
  ref: { standardsId: string; rowVersion: number },
  decision: "replace" | "discard",
) {
  const draft = await tx.standardsVersion.findUnique({ where: { id: ref.standardsId } });
  const pending = readPendingImport(draft?.pendingImport);
  if (!draft) throw notFound();
  const saved = await updateDraft(tx, ref, { pendingImport: Prisma.DbNull });
  if (decision === "discard" || !pending) return;
  const skillSets: ImportedSchedule = pending.skillSets;
  await writeSchedule(
    tx,
    saved.id,
    skillSets.map((s) => ({ ...s, isSample: false })),
  );
  await ctx.audit(tx, {
    kind: "standards.schedule_imported",
    organizationId: null,
    actorId: ctx.user.id,
    subject: { type: "StandardsVersion", id: saved.id },
    payload: {
      version: saved.version,
      filename: pending.filename,
      sha256: pending.sha256,
      skillSets: skillSets.length,
      skills: skillSets.reduce((n, s) => n + s.skills.length, 0),
      hours: skillSets.reduce((n, s) => n + s.hours, 0),
    },
  });
}

/**
 * Makes the draft the current standards: only a draft, only once, and only complete (publishIssues). Of two
 * administrators publishing at once, the second finds it published and is told so.
 */
export async function publishDraft(tx: Tx, ctx: StaffActionContext, ref: { standardsId: string; rowVersion: number }) {
  await lockStandards(tx);
  const draft = await getStandardsVersion(ref.standardsId, tx);
  if (draft.status === "PUBLISHED") {
    throw new AppError(
      "CONFLICT",
      `Version ${draft.version} is already published (by another administrator, or by your earlier click).`,
    );
  }
  const issues = publishIssues(draft);
  if (issues.length) {
    throw new AppError(
      "CONFLICT",
      `Version ${draft.version} cannot be published yet: ${issues.map((i) => i.message).join(" ")}`,
    );
  }
  const previous = await getCurrentStandards(tx);
  await updateDraft(tx, ref, {
    status: "PUBLISHED",
    publishedAt: new Date(),
    publishedById: ctx.user.id,
    pendingImport: Prisma.DbNull,
  });
  await ctx.audit(tx, {
    kind: "standards.published",
    organizationId: null,
    actorId: ctx.user.id,
    subject: { type: "StandardsVersion", id: draft.id },
    payload: { version: draft.version, previousVersion: previous.version, termOjlHours: draft.termOjlHours },
  });
}
