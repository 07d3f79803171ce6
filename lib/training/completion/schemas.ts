import { z } from "zod";
import { calendarDay } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";

/** An owner or admin asks AAMI to verify the apprentice completed the program, on the day they did. */
export const RequestCompletionSchema = z.object({
  apprenticeId: IdSchema,
  completedOn: calendarDay("the day the apprentice completed the program"),
});
export type RequestCompletionInput = z.output<typeof RequestCompletionSchema>;

const decision = { completionId: IdSchema, rowVersion: z.coerce.number().int().min(0) };

/** AAMI staff verify a completion request against the checklist. */
export const VerifyCompletionSchema = z.object(decision);

/** AAMI staff send a completion request back, saying what is missing. */
export const ReturnCompletionSchema = z.object({
  ...decision,
  reason: z
    .string({ message: "Say what is missing." })
    .trim()
    .min(1, "Say what is missing.")
    .max(1000, "Keep the reason under 1,000 characters."),
});
