import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { MAX_IMAGE_UPLOAD_BYTES } from "@/lib/forms/fields";

// Uploaded images (employer logos) are judged by their first bytes, never by the file name or the type the browser
// guessed, then decoded and drawn again: what is stored is always a fresh PNG made here, so nothing of the uploaded
// file (its metadata, a payload hidden after the image data, a polyglot) is ever served back.

export type ImageKind = "png" | "jpeg" | "webp";

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image format the content announces (its magic bytes), or null for anything but PNG, JPEG and WebP. */
export function sniffImageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  // A RIFF container (bytes 0–3) whose form type (bytes 8–11) is WEBP; bytes 4–7 are its length.
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  return null;
}

/**
 * A small image decodes to a huge bitmap when its pixels compress well (a 1 MB PNG can hold a 20,000 × 20,000 image,
 * over a gigabyte once decoded). No logo needs more than this, and the limit is checked from the header, before
 * decoding.
 */
export const MAX_IMAGE_PIXELS = 25_000_000;

export type ImageBox = { width: number; height: number };

/** The message for each way an upload can be refused (the form's own words: "the logo", say). */
export type ImageMessages = { tooLarge: string; wrongKind: string; unreadable: string; tooManyPixels: string };

/**
 * An uploaded image made safe to store and serve: checked to be PNG, JPEG or WebP by content and at most
 * `maxBytes` (MAX_IMAGE_UPLOAD_BYTES unless said), decoded, turned upright (the EXIF orientation a phone writes), shrunk to fit `box`
 * (never enlarged) and encoded as a new PNG without metadata. Otherwise a validation error next to `field`.
 */
export async function readUploadedImage(
  file: File,
  {
    field,
    box,
    messages,
    maxBytes = MAX_IMAGE_UPLOAD_BYTES,
  }: { field: string; box: ImageBox; messages: ImageMessages; maxBytes?: number },
) {
  const refuse = (message: string) => new AppError("VALIDATION", message, { [field]: [message] });
  if (file.size > maxBytes) throw refuse(messages.tooLarge);
  const input = new Uint8Array(await file.arrayBuffer());
  const kind = sniffImageKind(input);
  if (!kind) throw refuse(messages.wrongKind);
  try {
    // failOn "error": a file cut short or damaged is refused, not stored half-drawn.
    const image = sharp(input, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS });
    const { format } = await image.metadata();
    // libvips names JPEG "jpeg" and WebP "webp"; a header that decodes as another format is not what it claimed.
    if (format !== kind) throw refuse(messages.unreadable);
    const { data, info } = await image
      .rotate()
      .resize({ width: box.width, height: box.height, fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), width: info.width, height: info.height, uploadedKind: kind };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // sharp's only signal for the pixel limit is its message.
    const message = error instanceof Error && /pixel limit/i.test(error.message) ? "tooManyPixels" : "unreadable";
    throw refuse(messages[message]);
  }
}
