import type { DocumentKind } from "@prisma/client";
import type { Db } from "../../lib/prisma-client";
import { buildSampleDocumentPdf } from "../../lib/pdf/sample-document";
import { sha256Hex } from "../../lib/storage/hash";

/** Publishes a new version of a program document, as staff would (with a real PDF in storage). */
export async function publishDocument(db: Db, kind: DocumentKind, version: number) {
  const title =
    kind === "NATIONAL_STANDARDS" ? "BMET National Standards of Apprenticeship" : "BMET Training Objectives";
  const bytes = await buildSampleDocumentPdf({
    title,
    subtitle: `Test version ${version}`,
    sections: [{ heading: "Test", body: `Version ${version}` }],
  });
  const sha256 = sha256Hex(bytes);
  const file = await db.storedFile.create({
    data: {
      filename: `${kind}-v${version}.pdf`,
      contentType: "application/pdf",
      byteSize: bytes.length,
      sha256,
      data: Buffer.from(bytes),
    },
  });
  return db.programDocument.create({
    data: { kind, version, title, fileId: file.id, sha256, publishedAt: new Date(), isSample: true },
  });
}

/** The next unused version numbers, so tests can publish without clashing. */
export async function publishBothDocuments(db: Db) {
  const next = async (kind: DocumentKind) =>
    ((await db.programDocument.aggregate({ where: { kind }, _max: { version: true } }))._max.version ?? 0) + 1;
  return [
    await publishDocument(db, "NATIONAL_STANDARDS", await next("NATIONAL_STANDARDS")),
    await publishDocument(db, "TRAINING_OBJECTIVES", await next("TRAINING_OBJECTIVES")),
  ];
}
