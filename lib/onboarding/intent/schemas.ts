import { z } from "zod";
import {
  email,
  optionalEin,
  optionalText,
  phone,
  requiredText,
  usState,
  wholeNumber,
  zipCode,
} from "@/lib/forms/fields";

/** Step 1: the organization tells AAMI it wants to start. One schema for the form and the action. */
export const StartOnboardingSchema = z.object({
  legalName: requiredText("the organization's legal name"),
  dbaName: optionalText("the name you do business as"),
  ein: optionalEin,
  addressLine1: requiredText("the street address"),
  addressLine2: optionalText("the second address line"),
  city: requiredText("the city", 100),
  county: requiredText("the county", 100),
  state: usState,
  postalCode: zipCode,
  contactName: requiredText("your full name", 120),
  contactEmail: email,
  contactPhone: phone,
  apprenticesWanted: wholeNumber("the number of apprentices", 1, 100),
  heardAbout: optionalText("how you heard about the program", 120),
});

export type StartOnboardingInput = z.input<typeof StartOnboardingSchema>;

/** Lower-cased, punctuation-free legal name: "St. Mary's Hospital, Inc." and "st marys hospital inc" match. */
export function legalNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The confirmation page's form: the emailed token, checked by lib/authz/token-action.ts. */
export const ConfirmOrganizationRequestSchema = z.object({ token: z.string().max(200) });
