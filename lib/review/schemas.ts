import { z } from "zod";
import type { StepKey } from "@prisma/client";
import { dateInRange, optionalText, requiredText, ticked, wholeNumber } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";
import { EDITABLE_STEPS } from "@/lib/onboarding/progress";

// One schema per decision form, shared by the review page's forms and lib/review/actions. `rowVersion` is the
// version of the submission the reviewer was looking at: a decision taken on an outdated page is refused and
// the reviewer is told what changed.

const decisionOn = {
  submissionId: IdSchema,
  rowVersion: wholeNumber("the page version", 0, 1_000_000),
};

export const ClaimSchema = z.object(decisionOn);

/** The steps a reviewer can comment on: the ones the employer can change (step 1 details are AAMI's to edit). */
export const COMMENTABLE_STEPS: readonly StepKey[] = EDITABLE_STEPS;
export const MAX_COMMENT_LENGTH = 2000;

export const RequestChangesSchema = z
  .object({
    ...decisionOn,
    // A form with every comment box empty posts no `comments` at all: that is "no comment", not a malformed form.
    comments: z
      .object(
        Object.fromEntries(
          COMMENTABLE_STEPS.map((step) => [step, optionalText("a comment", MAX_COMMENT_LENGTH)]),
        ) as Record<StepKey, ReturnType<typeof optionalText>>,
      )
      .optional()
      .transform((v) => v ?? {}),
  })
  .superRefine((value, ctx) => {
    if (!Object.values(value.comments).some(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["comments"],
        message: "Write what needs to change in at least one step. Those steps reopen for the employer.",
      });
    }
  });

/** Approval is AAMI's countersignature: the administrator signs with their name and title, as the employer did. */
export const ApproveSchema = z.object({
  ...decisionOn,
  confirm: ticked("Tick the box to confirm that the submission meets the program's standards."),
  countersignerName: requiredText("your full name", 120),
  countersignerTitle: requiredText("your title at AAMI", 120),
  consent: ticked("Tick the box to countersign the agreement electronically for AAMI."),
});

export const RejectSchema = z.object({
  ...decisionOn,
  reason: requiredText("the reason, which the employer will read", MAX_COMMENT_LENGTH).refine(
    (v) => v.length >= 10,
    "Explain the reason in a sentence or more: the employer will read it.",
  ),
});

/** The day the Registration Agency accepted the employer acceptance agreement AAMI filed with it. */
export const RecordAcceptanceSchema = z.object({
  ...decisionOn,
  acceptedOn: dateInRange("the day the agency accepted the agreement", 3650, 0),
});
