import { z } from "zod";
import { IdSchema } from "@/lib/ids";
import { optionalRapidsId } from "@/lib/rapids/ids";

/**
 * Staff record the id RAPIDS assigned to an employer (blank clears it). `current` is the id the page showed (blank
 * for none): the save only applies while it is still the stored one, so two staff editing at once cannot overwrite
 * each other unseen.
 */
export const RapidsEmployerIdSchema = z.object({
  organizationId: IdSchema,
  // What the page showed: a stored RAPIDS id or nothing, so anything else is a mangled form.
  current: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{0,20}$/, "This form is out of date. Reload the page and try again.")
    .optional()
    .default(""),
  rapidsEmployerId: optionalRapidsId("the RAPIDS employer id"),
});
