"use client";

import type { StepKey } from "@prisma/client";
import type { z } from "zod";
import { useRecordForm } from "@/components/forms/use-record-form";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import type { ActionResult, ActionState } from "@/lib/action-client";
import { stepLabel } from "@/lib/onboarding/checklist";
import { approve, askForChanges, claim, recordAcceptance, reject } from "@/lib/review/actions";
import {
  ApproveSchema,
  ClaimSchema,
  COMMENTABLE_STEPS,
  RecordAcceptanceSchema,
  RejectSchema,
  RequestChangesSchema,
} from "@/lib/review/schemas";

// The review page's decision forms. Each carries the submission's rowVersion as the page showed it, so a
// decision taken on an outdated page is refused with an explanation (lib/review/decide).

export type DecisionTarget = { submissionId: string; rowVersion: number };
type FormAction = (previous: ActionState<void>, formData: FormData) => Promise<ActionResult<void>>;

function useDecisionForm<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  schema: S,
  action: FormAction,
  target: DecisionTarget,
  defaults: Record<string, unknown> = {},
) {
  return useRecordForm(
    schema,
    action,
    { submissionId: target.submissionId, rowVersion: String(target.rowVersion) },
    defaults,
  );
}

export function ClaimForm({ target, takeOver }: { target: DecisionTarget; takeOver: boolean }) {
  const { frame } = useDecisionForm(ClaimSchema, claim, target);
  return frame(takeOver ? "Take over this review" : "Claim for review", takeOver ? "secondary" : "primary");
}

export function RequestChangesForm({ target }: { target: DecisionTarget }) {
  const { frame, field, errorFor } = useDecisionForm(RequestChangesSchema, askForChanges, target);
  const summaryError = errorFor("comments");
  return frame(
    "Send the change request",
    "secondary",
    <fieldset className="flex flex-col gap-3" aria-describedby={summaryError ? "comments-error" : undefined}>
      <legend className="mb-1 text-sm text-slate-800">
        Comment on the steps that need changing. Each step you comment on reopens for the employer; the others stay
        read-only.
      </legend>
      {summaryError ? (
        <p id="comments-error" className="text-sm font-medium text-red-800">
          {summaryError}
        </p>
      ) : null}
      {COMMENTABLE_STEPS.map((step: StepKey) => (
        <TextAreaField key={step} id={`comment-${step}`} label={stepLabel(step)} {...field(`comments.${step}`)} />
      ))}
    </fieldset>,
  );
}

export function ApproveForm({
  target,
  countersigner,
}: {
  target: DecisionTarget;
  countersigner: { name: string; email: string };
}) {
  const { frame, form, field, errorFor } = useDecisionForm(ApproveSchema, approve, target, {
    countersignerName: countersigner.name,
    countersignerTitle: "",
  });
  return frame(
    "Approve and countersign for AAMI",
    "primary",
    <div className="flex flex-col gap-3">
      <CheckboxField
        id="approve-confirm"
        value="yes"
        label="I reviewed every step and the automatic checks; this submission meets the program's standards."
        error={errorFor("confirm")}
        {...form.register("confirm")}
      />
      <p className="text-sm text-slate-800">
        Approving countersigns the employer acceptance agreement for AAMI, the program&apos;s sponsor. Your name, title,
        account email ({countersigner.email}), the time, your IP address and browser are recorded on a countersignature
        page added to the employer&apos;s signed agreement, and the registration packet carries the fully signed
        agreement.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="countersignerName" label="Your full name" required {...field("countersignerName")} />
        <TextField
          id="countersignerTitle"
          label="Your title at AAMI"
          hint="For example, Director of Apprenticeship Programs."
          required
          {...field("countersignerTitle")}
        />
      </div>
      <CheckboxField
        id="approve-consent"
        value="yes"
        label="I countersign this employer acceptance agreement electronically on behalf of AAMI, and agree that my electronic signature has the same effect as a handwritten one."
        error={errorFor("consent")}
        {...form.register("consent")}
      />
    </div>,
  );
}

export function RejectForm({ target }: { target: DecisionTarget }) {
  const { frame, field } = useDecisionForm(RejectSchema, reject, target, { reason: "" });
  return frame(
    "Confirm: do not approve",
    "danger",
    <TextAreaField id="reject-reason" label="Reason (the employer reads this)" required {...field("reason")} />,
  );
}

export function RecordAcceptanceForm({ target, today }: { target: DecisionTarget; today: string }) {
  const { frame, field } = useDecisionForm(RecordAcceptanceSchema, recordAcceptance, target, { acceptedOn: today });
  return frame(
    "Record the agency's acceptance",
    "primary",
    <TextField
      id="acceptedOn"
      label="Day the Registration Agency accepted the agreement"
      hint="As on the agency's acceptance notice. The employer's apprentices can be approved from then, and start no earlier."
      type="date"
      required
      {...field("acceptedOn")}
    />,
  );
}
