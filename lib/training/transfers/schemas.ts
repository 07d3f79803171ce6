import { z } from "zod";
import { dollarsToCents, email, calendarDay, optionalText, requiredText, ticked } from "@/lib/forms/fields";
import { ID_PATTERN, IdSchema } from "@/lib/ids";

// The transfer's forms: the sending employer proposes it (on the apprentice's status page) or withdraws it; the
// receiving employer accepts or declines it (on /training/transfers/<id>). One schema per form, shared by the form
// and the action.

export const ProposeTransferSchema = z.object({
  apprenticeId: IdSchema,
  /** Who answers for the receiving employer: the address an owner or admin of it signs in with. */
  receiverEmail: email,
  effectiveOn: calendarDay("the first day with the new employer"),
  note: optionalText("the note", 1000),
  apprenticeAgreed: ticked("Tick the box once the apprentice has agreed to the transfer."),
});
export type ProposeTransferInput = z.output<typeof ProposeTransferSchema>;

export const WithdrawTransferSchema = z.object({ transferId: IdSchema });

export const AcceptTransferSchema = z.object({
  transferId: IdSchema,
  positionId: z
    .string({ message: "Choose the position the apprentice takes." })
    .trim()
    .min(1, { message: "Choose the position the apprentice takes.", abort: true })
    .regex(ID_PATTERN, "Choose the position from the list."),
  wage: dollarsToCents("the hourly wage the apprentice starts at", 500),
});
export type AcceptTransferInput = z.output<typeof AcceptTransferSchema>;

export const DeclineTransferSchema = z.object({
  transferId: IdSchema,
  reason: requiredText("why you decline the transfer", 500),
});
export type DeclineTransferInput = z.output<typeof DeclineTransferSchema>;
