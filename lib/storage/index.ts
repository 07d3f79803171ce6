import "server-only";
import { sha256Hex } from "@/lib/storage/hash";
import type { Tx } from "@/lib/prisma-client";
import { notFound } from "@/lib/errors";

// Every file the portal keeps (program documents, signed agreements, packets) goes through here. Content is
// stored in Postgres, so files live and are backed up with the data they belong to and every app instance sees
// them; another backend (disk, an S3 bucket) would slot in behind these two functions.

export type NewFile = { organizationId: string | null; filename: string; contentType: string; bytes: Uint8Array };

export { sha256Hex };

export async function storeFile(tx: Tx, file: NewFile) {
  return tx.storedFile.create({
    data: {
      organizationId: file.organizationId,
      filename: file.filename,
      contentType: file.contentType,
      byteSize: file.bytes.length,
      sha256: sha256Hex(file.bytes),
      backend: "DATABASE",
      data: Buffer.from(file.bytes),
    },
    select: { id: true, sha256: true, byteSize: true, filename: true },
  });
}

export async function readStoredFile(tx: Tx, fileId: string) {
  const file = await tx.storedFile.findUnique({ where: { id: fileId } });
  if (!file?.data) throw notFound();
  return {
    filename: file.filename,
    contentType: file.contentType,
    sha256: file.sha256,
    bytes: new Uint8Array(file.data),
  };
}

/**
 * An HTTP response for a stored file: never sniffed, inline or as a download, and by default never cached by shared
 * caches (a public file, such as a listed employer's logo, passes its own Cache-Control).
 */
export function fileResponse(
  file: { filename: string; contentType: string; bytes: Uint8Array },
  disposition: "inline" | "attachment",
  cacheControl = "private, no-store",
) {
  const safeName = file.filename.replace(/[^\w.-]+/g, "_");
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.length),
      "content-disposition": `${disposition}; filename="${safeName}"`,
      "x-content-type-options": "nosniff",
      "cache-control": cacheControl,
    },
  });
}
