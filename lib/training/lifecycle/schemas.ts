import { z } from "zod";
import { calendarDay } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";
import { CANCELLATION_REASON_KEYS } from "@/lib/training/lifecycle/rules";

// The status page's forms (owners and admins): suspend with a reason and a return date, resume, cancel with a reason
// from the list. One schema per form, shared by the form and the action.

export const SuspendSchema = z.object({
  apprenticeId: IdSchema,
  effectiveOn: calendarDay("the day the suspension starts"),
  returnOn: calendarDay("the day the apprentice is expected back"),
  reason: z
    .string({ message: "Say why the training is suspended." })
    .trim()
    .min(1, "Say why the training is suspended.")
    .max(500, "Keep the reason under 500 characters."),
});
export type SuspendInput = z.output<typeof SuspendSchema>;

export const ResumeSchema = z.object({ apprenticeId: IdSchema });

export const CancelSchema = z
  .object({
    apprenticeId: IdSchema,
    effectiveOn: calendarDay("the day the apprenticeship ended"),
    cancellationReason: z.enum(CANCELLATION_REASON_KEYS, { message: "Choose the reason from the list." }),
    note: z.string().trim().max(500, "Keep the note under 500 characters.").default(""),
  })
  .refine((v) => v.cancellationReason !== "OTHER" || v.note.length > 0, {
    path: ["note"],
    message: "Say what the reason was.",
  });
export type CancelInput = z.output<typeof CancelSchema>;
