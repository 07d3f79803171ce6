import { z } from "zod";
import { optionalBox, requiredText, ticked, wholeNumber } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";
import type { CreditStandards } from "@/lib/program/standards/model";

// One schema per form on the staff apprentice page, shared by the forms and lib/apprentices/registration/actions.
// `rowVersion` is the version of the apprentice the staff member was looking at: an action taken on an outdated
// page is refused and they are told what changed.

const actionOn = {
  apprenticeId: IdSchema,
  rowVersion: wholeNumber("the page version", 0, 1_000_000),
};

export const MAX_REASON_LENGTH = 2000;

export const ApproveRegistrationSchema = z.object({
  ...actionOn,
  confirm: ticked("Tick the box to confirm you checked the enrollment, the credit and the signed agreement."),
});

export const SendBackRegistrationSchema = z.object({
  ...actionOn,
  reason: requiredText("the reason, which the employer will read", MAX_REASON_LENGTH).refine(
    (v) => v.length === 0 || v.length >= 10,
    "Explain what the employer must change in a sentence or more: they will read it.",
  ),
});

/** RAPIDS apprentice IDs as DOL issues them: 1 to 20 letters, digits and hyphens. */
export const RecordRapidsIdSchema = z.object({
  ...actionOn,
  rapidsApprenticeId: z
    .string({ message: "Enter the RAPIDS apprentice ID." })
    .trim()
    .min(1, "Enter the RAPIDS apprentice ID.")
    .max(20, "Keep the RAPIDS apprentice ID to 20 characters or fewer.")
    .regex(/^[A-Za-z0-9-]*$/, "Use letters, digits and hyphens only, as RAPIDS shows the ID."),
});

/** Hours typed for one credited skill set: a whole number from 0 to the skill set's hours. */
const creditHours = (title: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ message: `Enter the hours credited for ${title} as a whole number.` })
      .int(`Enter the hours credited for ${title} as a whole number.`)
      .min(0, "Credited hours cannot be negative.")
      .max(max, `At most ${max.toLocaleString("en-US")} hours: all that ${title} takes.`),
  );

/**
 * The credit form posts `credits.<SKILL SET>.hours` and, ticked, `credits.<SKILL SET>.remove` for each credited
 * skill set. Skill sets left out of the form keep their credit; the action refuses ones the apprentice was never
 * credited (staff adjust the employer's claim, they do not add to it without evidence).
 */
export const adjustCreditSchema = (standards: Pick<CreditStandards, "skillSets">) =>
  z.object({
    ...actionOn,
    credits: z
      .object(
        Object.fromEntries(
          standards.skillSets.map((s) => [
            s.key,
            z.object({ hours: creditHours(s.title, s.hours), remove: optionalBox }).optional(),
          ]),
        ) as Record<
          string,
          z.ZodOptional<z.ZodObject<{ hours: ReturnType<typeof creditHours>; remove: typeof optionalBox }>>
        >,
      )
      .default({}),
  });

export type AdjustCreditInput = z.output<ReturnType<typeof adjustCreditSchema>>;
