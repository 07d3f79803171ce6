import "server-only";
import { PDFDocument } from "pdf-lib";
import { AppError } from "@/lib/errors";

const PDF_MAGIC = "%PDF-";

/**
 * The bytes of an uploaded PDF, checked by its content rather than its name or type: it starts with the PDF magic
 * bytes, pdf-lib can open it, and it has at least one page. Otherwise a validation error next to `field`.
 */
export async function readUploadedPdf(file: File, field: string, message: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const refused = new AppError("VALIDATION", message, { [field]: [message] });
  if (new TextDecoder().decode(bytes.subarray(0, PDF_MAGIC.length)) !== PDF_MAGIC) throw refused;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    if (doc.getPageCount() > 0) return bytes;
  } catch {
    // pdf-lib could not make sense of it: not a PDF we can keep.
  }
  throw refused;
}
