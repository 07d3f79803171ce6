import { z } from "zod";
import { CANDIDATE_STATUS_OPTIONS, valuesOf } from "@/lib/candidates/options";
import { optionalText, ticked } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";

// The staff candidate page's status form, shared by the browser and lib/candidates/staff/actions.ts.
// `expectedStatus` is the status the page showed: a change made on an outdated page is refused, so two staff
// acting at once cannot silently overwrite each other.

export const MAX_STATUS_NOTE_LENGTH = 500;
const STATUSES = valuesOf(CANDIDATE_STATUS_OPTIONS);

export const CandidateStatusSchema = z
  .object({
    candidateId: IdSchema,
    expectedStatus: z.enum(STATUSES, { message: "This page is out of date. Reload it and try again." }),
    status: z.enum(STATUSES, { message: "Choose the new status." }),
    note: optionalText("the note", MAX_STATUS_NOTE_LENGTH),
  })
  .refine((v) => v.status !== v.expectedStatus, {
    path: ["status"],
    message: "That is the status already. Choose a different one.",
  });

/** Deleting a candidate who asked AAMI (by phone or email) rather than using their private link. */
export const DeleteCandidateSchema = z.object({
  candidateId: IdSchema,
  confirm: ticked("Tick the box to confirm that the candidate asked for their data to be deleted."),
});
