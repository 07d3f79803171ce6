import "server-only";
import { sha256Hex } from "@/lib/storage/hash";
import type { Tx } from "@/lib/prisma-client";
import { notFound } from "@/lib/errors";
import { STORED_FILE_POLICY } from "@/lib/security/headers";

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
 * caches (a public file, such as a listed employer's logo, passes its own Cache-Control). Whatever the file holds
 * (an uploaded PDF with scripts, something that is not a PDF at all), its sandbox policy keeps it from running
 * anything as the portal; only the portal's own pages may frame it (the review page shows agreements inline).
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
      "content-security-policy": STORED_FILE_POLICY,
      "x-frame-options": "SAMEORIGIN",
      "cache-control": cacheControl,
    },
  });
}
