import { z } from "zod";
import { IdSchema } from "@/lib/ids";
import { chosenFile, isCalendarDate, MAX_PDF_UPLOAD_BYTES, requiredText } from "@/lib/forms/fields";
import { CREDENTIAL_KINDS } from "@/lib/training/credentials/kinds";

// The forms of credentials: the apprentice or their employer enters one (which, the day it was earned, the
// certificate as evidence), and AAMI staff verify it or return it with a reason. The rules that need the database
// (who is asking, what already stands, the evidence's content) are in ./enter.ts and ./verify.ts.

const EVIDENCE_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/webp"];

export const EnterCredentialSchema = z.object({
  apprenticeId: IdSchema,
  kind: z.enum(CREDENTIAL_KINDS, { message: "Choose the credential." }),
  earnedOn: z
    .string({ message: "Enter the day the credential was earned." })
    .trim()
    // abort: a blank day is told once, not also that it is no date.
    .min(1, { message: "Enter the day the credential was earned.", abort: true })
    .refine((v) => isCalendarDate(v), "Enter the day as a date, like 2027-05-20."),
  // Judged here by what the browser can see; the server reads the content (lib/training/skills/evidence.ts).
  evidence: chosenFile(
    MAX_PDF_UPLOAD_BYTES,
    (f) => EVIDENCE_TYPES.includes(f.type) || /\.(pdf|png|jpe?g|webp)$/i.test(f.name),
    {
      missing: "Attach the certificate: a PDF or a photo.",
      tooLarge: "The file is larger than 10 MB. Attach a smaller one.",
      wrongKind: "Attach a PDF or a photo (PNG, JPEG or WebP).",
    },
  ),
});
export type EnterCredentialInput = z.output<typeof EnterCredentialSchema>;

export const VerifyCredentialSchema = z.object({ credentialId: IdSchema });

export const ReturnCredentialSchema = z.object({
  credentialId: IdSchema,
  reason: requiredText("why the credential is returned", 500),
});
