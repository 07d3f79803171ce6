"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { lockProgramDocuments } from "@/lib/documents/lock";
import { UploadProgramDocumentSchema } from "@/lib/documents/schemas";
import { requestIp } from "@/lib/request";
import { storeFile } from "@/lib/storage";
import { readUploadedPdf } from "@/lib/storage/pdf-upload";

const PAGE = "/staff/documents";

/**
 * Stores an uploaded PDF as the next version of a program document, unpublished: employers see it only once a
 * staff administrator has checked and published it.
 */
export const uploadProgramDocument = staffAction(["STAFF_ADMIN"])
  .schema(UploadProgramDocumentSchema)
  .action(async ({ input, ctx }) => {
    const ip = await requestIp();
    const bytes = await readUploadedPdf(
      input.file,
      "file",
      "That file is not a PDF we can open. Save or export the document as a PDF and upload it again.",
    );
    const document = await db.$transaction(async (tx) => {
      await lockProgramDocuments(tx);
      const latest = await tx.programDocument.aggregate({ where: { kind: input.kind }, _max: { version: true } });
      const version = (latest._max.version ?? 0) + 1;
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
      await recordAudit(tx, {
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
        ip,
      });
      return created;
    });
    revalidatePath(PAGE);
    redirect(`${PAGE}#document-${document.id}`);
  });
