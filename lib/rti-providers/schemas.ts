import { z } from "zod";
import { optionalText, requiredText, usState, zipCode } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";
import { optionalRapidsId } from "@/lib/rapids/ids";

// The related technical instruction (RTI) provider as a record: what staff administrators enter for one, and what
// an employer types at step 4 to propose one that is not listed.

export const PROVIDER_TYPES = [
  { value: "", label: "Choose a type" },
  { value: "Community or technical college", label: "Community or technical college" },
  { value: "University", label: "University" },
  { value: "Online training provider", label: "Online training provider" },
  { value: "Employer-provided instruction", label: "Employer-provided instruction" },
  { value: "Other", label: "Other" },
] as const;

export const providerType = z.enum(PROVIDER_TYPES.filter((t) => t.value).map((t) => t.value) as [string, ...string[]], {
  message: "Choose the type of provider.",
});

/** Who to reach at the provider: a person or an office, with an email or a phone. */
export const providerContact = requiredText("a contact at the provider (name, email or phone)", 200);

/** A web address people can open; "madisoncollege.edu" is taken as https://madisoncollege.edu. */
export const optionalWebsite = optionalText("the website", 200)
  .transform((v) => (v && !/^https?:\/\//i.test(v) ? `https://${v}` : v))
  .refine((v) => v === undefined || URL.canParse(v), "Enter the website's address, like https://madisoncollege.edu.");

/** What staff administrators enter for a provider. Saving it is staff's check: the provider becomes VERIFIED. */
const providerFields = {
  name: requiredText("the provider's name", 120),
  providerType,
  addressLine1: requiredText("the street address", 120),
  addressLine2: optionalText("the second address line", 120),
  city: requiredText("the city", 80),
  state: usState,
  postalCode: zipCode,
  contact: providerContact,
  website: optionalWebsite,
  rapidsProviderId: optionalRapidsId("the RAPIDS provider id"),
};

export const CreateRtiProviderSchema = z.object(providerFields);

export const UpdateRtiProviderSchema = z.object({
  providerId: IdSchema,
  rowVersion: z.coerce.number().int().min(0),
  ...providerFields,
});

export const DeleteRtiProviderSchema = z.object({
  providerId: IdSchema,
  rowVersion: z.coerce.number().int().min(0),
});

export type RtiProviderInput = z.output<typeof CreateRtiProviderSchema>;
