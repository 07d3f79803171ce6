import { z } from "zod";
import { IdSchema } from "@/lib/ids";
import { calendarDay, dollarsToCents } from "@/lib/forms/fields";

/** An owner or admin records a raise they gave: which step, from when, and the new hourly wage. */
export const RecordRaiseSchema = z.object({
  apprenticeId: IdSchema,
  step: z.coerce.number({ message: "Choose the raise." }).int("Choose the raise.").min(1, "Choose the raise.").max(100),
  effectiveOn: calendarDay("the day the raise took effect"),
  wage: dollarsToCents("the new hourly wage", 500),
});
export type RecordRaiseInput = z.output<typeof RecordRaiseSchema>;
