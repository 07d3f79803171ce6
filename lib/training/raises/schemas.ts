import { z } from "zod";
import { IdSchema } from "@/lib/ids";
import { dollarsToCents, isCalendarDate } from "@/lib/forms/fields";

/** An owner or admin records a raise they gave: which step, from when, and the new hourly wage. */
export const RecordRaiseSchema = z.object({
  apprenticeId: IdSchema,
  step: z.coerce.number({ message: "Choose the raise." }).int("Choose the raise.").min(1, "Choose the raise.").max(100),
  effectiveOn: z
    .string({ message: "Enter the day the raise took effect." })
    .trim()
    .min(1, { message: "Enter the day the raise took effect.", abort: true })
    .refine((v) => isCalendarDate(v), "Enter the day as a date, like 2027-07-15."),
  wage: dollarsToCents("the new hourly wage", 500),
});
export type RecordRaiseInput = z.output<typeof RecordRaiseSchema>;
