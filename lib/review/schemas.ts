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

export const ApproveSchema = z.object({
  ...decisionOn,
  confirm: ticked("Tick the box to confirm that the submission meets the program's standards."),
});

export const RejectSchema = z.object({
  ...decisionOn,
  reason: requiredText("the reason, which the employer will read", MAX_COMMENT_LENGTH).refine(
    (v) => v.length >= 10,
    "Explain the reason in a sentence or more: the employer will read it.",
  ),
});

/** DOL program registration numbers are letters, digits and dashes (e.g. 2026-WI-0123). */
export const RegisterSchema = z.object({
  ...decisionOn,
  programNumber: requiredText("the DOL registration number", 40)
    .transform((v) => v.toUpperCase())
    .refine((v) => /^[A-Z0-9][A-Z0-9-]{3,39}$/.test(v), "Use letters, digits and dashes only, like 2026-WI-0123."),
  registeredOn: dateInRange("the registration date", 3650, 0),
});
