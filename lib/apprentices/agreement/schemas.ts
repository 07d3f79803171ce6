import { z } from "zod";
import { selfIdentificationFields } from "@/lib/apprentices/self-identification/schemas";
import { optionalBox, optionalText, requiredText, ticked } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";

// The apprenticeship agreement's signing forms: the employer's (in the portal) and the apprentice's (through the
// emailed link, with a parent or guardian beside them when the apprentice is under 18, and the apprentice's
// voluntary self-identification answers, each optional, submitted with their signature).

export const EMPLOYER_CONSENT_TEXT =
  "I agree to sign this apprenticeship agreement electronically for the employer named in it. My typed name is my legal signature and has the same effect as a handwritten one.";
export const APPRENTICE_CONSENT_TEXT =
  "I have read this apprenticeship agreement and agree to sign it electronically. My typed name is my legal signature and has the same effect as a handwritten one.";
export const GUARDIAN_CONSENT_TEXT =
  "As the apprentice's parent or legal guardian, I agree to this apprenticeship agreement and sign it electronically with my typed name.";

export const EmployerSignSchema = z.object({
  apprenticeId: IdSchema,
  rowVersion: z.coerce.number().int().min(0),
  signerName: requiredText("your full legal name", 120),
  signerTitle: requiredText("your job title", 120),
  consent: ticked("Tick the box to agree to sign electronically."),
});

export const ResendSigningLinkSchema = z.object({ apprenticeId: IdSchema });

/** The link's token travels as a hidden field; `guardianRequired` comes from the apprentice's age, not the form. */
export function apprenticeSignSchema(guardianRequired: boolean) {
  const base = z.object({
    token: z.string().max(100),
    signerName: requiredText("your full legal name", 120),
    consent: ticked("Tick the box to agree to sign electronically."),
    ...selfIdentificationFields,
  });
  if (!guardianRequired) {
    return base.extend({
      guardianName: optionalText("the guardian's name", 120),
      guardianRelationship: optionalText("the relationship", 60),
      guardianConsent: optionalBox,
    });
  }
  return base.extend({
    guardianName: requiredText("the parent's or guardian's full legal name", 120),
    guardianRelationship: requiredText("how they are related to you (parent, legal guardian)", 60),
    guardianConsent: ticked("The parent or guardian must tick the box to sign."),
  });
}

export type ApprenticeSignInput = z.output<ReturnType<typeof apprenticeSignSchema>>;
