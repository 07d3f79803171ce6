import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_PDF_UPLOAD_BYTES } from "@/lib/forms/fields";
import { readUploadedImage, sniffImageKind } from "@/lib/storage/image-upload";
import { readUploadedPdf } from "@/lib/storage/pdf-upload";

// Evidence of a skill (a checklist the mentor filled in, a photo of the work) is judged by its content, as every
// upload is: a PDF that opens, or a picture that decodes, which is then drawn again as a fresh PNG so nothing hidden
// in the uploaded file is ever served back. Anything else is refused next to the field.

const WRONG_KIND = "Attach a PDF or a photo (PNG, JPEG or WebP).";
/** Big enough to read a form photographed on a phone, small enough to keep. */
const EVIDENCE_BOX = { width: 2400, height: 2400 };

export async function readEvidence(file: File, field: string) {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  if (sniffImageKind(head)) {
    const image = await readUploadedImage(file, {
      field,
      box: EVIDENCE_BOX,
      maxBytes: MAX_PDF_UPLOAD_BYTES,
      messages: {
        tooLarge: "The photo is larger than 10 MB. Attach a smaller one.",
        wrongKind: WRONG_KIND,
        unreadable: "That photo could not be read. Take it again, or attach a PDF.",
        tooManyPixels: "That photo is too large to read. Attach a smaller one.",
      },
    });
    return { bytes: image.bytes, contentType: "image/png", filename: "evidence.png" };
  }
  if (new TextDecoder().decode(head.subarray(0, 5)) === "%PDF-") {
    const bytes = await readUploadedPdf(file, field, "That PDF could not be opened. Attach another copy.");
    return { bytes, contentType: "application/pdf", filename: "evidence.pdf" };
  }
  throw new AppError("VALIDATION", WRONG_KIND, { [field]: [WRONG_KIND] });
}
