import { z } from "zod";
import { blankOr, pdfFile, requiredText, ticked } from "@/lib/forms/fields";

/** What the signer consents to; printed on the evidence page of the signed agreement. */
export const ESIGN_CONSENT_TEXT =
  "I agree to sign this Employer Acceptance Agreement electronically. My typed name is my legal signature and has the same effect as a handwritten one, and I am authorized to sign for the organization named above.";

/** The hash of the agreement the signer was shown; signing refuses if the agreement has changed since. */
const documentSha256 = z
  .string({ message: "Reload the page and review the agreement again." })
  .regex(/^[0-9a-f]{64}$/, "Reload the page and review the agreement again.");

const signer = {
  signerName: requiredText("your full legal name", 120),
  signerTitle: requiredText("your job title", 120),
  documentSha256,
};

export const SignAgreementSchema = z.object({
  ...signer,
  consent: ticked("Tick the box to agree to sign electronically."),
  /** A PNG drawn in the browser, as a data URL. */
  drawnSignature: blankOr(
    z
      .string()
      .max(400_000, "The drawn signature is too large. Clear it and draw again, or sign with your typed name.")
      .regex(
        /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/,
        "We could not read the drawn signature. Clear it and draw again.",
      ),
  ),
});

export const UploadSignedAgreementSchema = z.object({
  ...signer,
  file: pdfFile({
    missing: "Choose the signed agreement (a PDF file).",
    tooLarge: "The file is larger than 10 MB. Scan at a lower resolution.",
    notPdf: "Upload a PDF file (scans as JPG or Word documents are not accepted).",
  }),
});
