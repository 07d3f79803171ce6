import { z } from "zod";
import { pdfFile, wholeNumber } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";

// AAMI staff upload DOL's Certificate of Completion of Apprenticeship, as the Registration Agency sent it, on the
// staff apprentice page. `rowVersion` is the version of the completion the page showed. The content is checked on
// the server (./upload.ts).

export const UploadDolCertificateSchema = z.object({
  completionId: IdSchema,
  rowVersion: wholeNumber("the page version", 0, 1_000_000),
  certificate: pdfFile({
    missing: "Choose DOL's certificate (a PDF file).",
    tooLarge: "The file is larger than 10 MB. Ask the Registration Agency for a smaller copy, or scan it again.",
    notPdf: "Upload the certificate as a PDF file.",
  }),
});
export type UploadDolCertificateInput = z.output<typeof UploadDolCertificateSchema>;
