import sharp from "sharp";
import type { Db } from "../../lib/prisma-client";
import { sha256Hex } from "../../lib/storage/hash";

// Real images for upload tests, drawn by sharp in the test itself (no fixtures on disk).

export type DrawnFormat = "png" | "jpeg" | "webp" | "gif";

/** A width × height image in `format`; with `exifNote`, EXIF metadata carrying that text (to prove it is dropped). */
export async function drawImage(format: DrawnFormat, width: number, height: number, exifNote?: string) {
  let image = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } });
  if (exifNote) image = image.withMetadata({ exif: { IFD0: { ImageDescription: exifNote } } });
  return image.toFormat(format).toBuffer();
}

/** What a browser posts for a chosen file (its name and type are whatever the user's machine says). */
export const upload = (bytes: Uint8Array | string, name = "logo.png", type = "image/png") =>
  new File([typeof bytes === "string" ? bytes : Buffer.from(bytes)], name, { type });

/** A drawn PNG stored as an organization's logo upload is (the stored-file row a listing points to). */
export async function storeDrawnLogo(db: Db, organizationId: string, width: number, height: number) {
  const bytes = await drawImage("png", width, height);
  return db.storedFile.create({
    data: {
      organizationId,
      filename: "logo.png",
      contentType: "image/png",
      byteSize: bytes.length,
      sha256: sha256Hex(bytes),
      data: bytes,
    },
  });
}
