"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction, type StaffActionContext } from "@/lib/action-client";
import { db } from "@/lib/db";
import { forgetPublicProgramDocuments } from "@/lib/documents/data";
import { lockProgramDocuments } from "@/lib/documents/lock";
import { PublishProgramDocumentSchema, UploadProgramDocumentSchema } from "@/lib/documents/schemas";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { enqueueMailToMany } from "@/lib/mail/outbox";
import { reopenStandardsStep } from "@/lib/onboarding/standards/reopen";
import type { Tx } from "@/lib/prisma-client";
import { sha256Hex, storeFile } from "@/lib/storage";
import { readUploadedPdf } from "@/lib/storage/pdf-upload";
import { formatLongDate } from "@/lib/dates";

const PAGE = "/staff/documents";

/**
 * Stores an uploaded PDF as the next version of a program document, unpublished: employers see it only once a
 * staff administrator has checked and published it.
 */
export const uploadProgramDocument = staffAction(["STAFF_ADMIN"])
  .schema(UploadProgramDocumentSchema)
  .action(async ({ input, ctx }) => {
    const bytes = await readUploadedPdf(
      input.file,
      "file",
      "That file is not a PDF we can open. Save or export the document as a PDF and upload it again.",
    );
    const document = await db.$transaction(async (tx) => {
      await lockProgramDocuments(tx, "exclusive");
      const latest = await tx.programDocument.aggregate({ where: { kind: input.kind }, _max: { version: true } });
      const version = (latest._max.version ?? 0) + 1;
      // Publishing the same text again would ask every employer to acknowledge what they already have.
      const same = await tx.programDocument.findFirst({
        where: { kind: input.kind, sha256: sha256Hex(bytes) },
        select: { version: true },
      });
      if (same) {
        const message = `This file is identical to version ${same.version} (same SHA-256). Choose the new version of the document.`;
        throw new AppError("VALIDATION", message, { file: [message] });
      }
      const file = await storeFile(tx, {
        organizationId: null,
        filename: `${input.kind.toLowerCase().replaceAll("_", "-")}-v${version}.pdf`,
        contentType: "application/pdf",
        bytes,
      });
      const created = await tx.programDocument.create({
        data: {
          kind: input.kind,
          version,
          title: input.title,
          fileId: file.id,
          sha256: file.sha256,
          uploadedById: ctx.user.id,
        },
        select: { id: true },
      });
      await ctx.audit(tx, {
        kind: "document.uploaded",
        organizationId: null,
        actorId: ctx.user.id,
        subject: { type: "ProgramDocument", id: created.id },
        payload: {
          kind: input.kind,
          version,
          title: input.title,
          filename: input.file.name,
          byteSize: file.byteSize,
          sha256: file.sha256,
        },
      });
      return created;
    });
    revalidatePath(PAGE);
    redirect(`${PAGE}#document-${document.id}`);
  });

/**
 * Makes a version current and asks employers who have not submitted to acknowledge it again (step 2 reopens, their
 * owners and admins are emailed), audited. Nothing happens when it is already published.
 */
async function publishVersion(tx: Tx, documentId: string, ctx: StaffActionContext) {
  const actorId = ctx.user.id;
  await lockProgramDocuments(tx, "exclusive");
  const document = await tx.programDocument.findUnique({
    where: { id: documentId },
    select: { id: true, kind: true, version: true, title: true, sha256: true, publishedAt: true },
  });
  if (!document) throw notFound();
  if (document.publishedAt) return;
  const newer = await tx.programDocument.findFirst({
    where: { kind: document.kind, version: { gt: document.version }, publishedAt: { not: null } },
    select: { version: true },
  });
  if (newer) {
    throw new AppError(
      "CONFLICT",
      `Version ${newer.version} is already published, so version ${document.version} cannot become current. Upload the document again to publish it as a new version.`,
    );
  }
  const publishedAt = new Date();
  await tx.programDocument.update({ where: { id: document.id }, data: { publishedAt } });
  const { reopenedSteps, managers } = await reopenStandardsStep(tx);
  const notified = await enqueueMailToMany(tx, {
    template: "program-document-published",
    props: {
      documentTitle: document.title,
      version: document.version,
      publishedOn: formatLongDate(publishedAt),
      standardsUrl: `${env().APP_URL}/onboarding/standards`,
    },
    recipients: managers,
  });
  await ctx.audit(tx, {
    kind: "document.published",
    organizationId: null,
    actorId,
    subject: { type: "ProgramDocument", id: document.id },
    payload: { kind: document.kind, version: document.version, sha256: document.sha256, reopenedSteps, notified },
  });
}

/**
 * Publishes an uploaded version, all in one transaction. Publishing it again (a double click, two administrators
 * at once) changes nothing and sends nothing.
 */
export const publishProgramDocument = staffAction(["STAFF_ADMIN"])
  .schema(PublishProgramDocumentSchema)
  .action(async ({ input, ctx }) => {
    // The emails are written in this transaction, one row per recipient: allow for thousands of employers.
    await db.$transaction((tx) => publishVersion(tx, input.documentId, ctx), { timeout: 30_000 });
    forgetPublicProgramDocuments();
    revalidatePath(PAGE);
    revalidatePath("/onboarding", "layout");
    redirect(`${PAGE}#document-${input.documentId}`);
  });
