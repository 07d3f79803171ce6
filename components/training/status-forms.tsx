"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  cancelApprenticeTraining,
  resumeApprenticeTraining,
  suspendApprenticeTraining,
} from "@/lib/training/lifecycle/actions";
import { CANCELLATION_REASONS, CANCELLATION_REASON_KEYS } from "@/lib/training/lifecycle/rules";
import { CancelSchema, ResumeSchema, SuspendSchema } from "@/lib/training/lifecycle/schemas";

// The status page's forms for owners and admins: suspend, resume, cancel. Each works without JavaScript.

/** Suspends the training: why, from when, and the day the apprentice is expected back. */
export function SuspendForm({ apprenticeId, today }: { apprenticeId: string; today: string }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(SuspendSchema, suspendApprenticeTraining, {
    apprenticeId,
    effectiveOn: today,
    returnOn: "",
    reason: "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="suspend-from" label="Suspended from" type="date" required {...field("effectiveOn")} />
        <TextField id="suspend-return" label="Expected back on" type="date" required {...field("returnOn")} />
      </div>
      <TextAreaField
        id="suspend-reason"
        label="Reason"
        hint="The apprentice, their mentor and your owners and admins read it in the email."
        required
        rows={3}
        {...field("reason")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Suspend the training
        </SubmitButton>
      </div>
    </form>
  );
}

/** Resumes a suspended training from today. */
export function ResumeForm({ apprenticeId }: { apprenticeId: string }) {
  const { failed, pending, formAction, onSubmit } = useActionForm(ResumeSchema, resumeApprenticeTraining, {
    apprenticeId,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Resume the training today
        </SubmitButton>
      </div>
    </form>
  );
}

/** Cancels the apprenticeship: the day it ended and the reason from the list (a note besides, needed for "Other"). */
export function CancelForm({ apprenticeId, today }: { apprenticeId: string; today: string }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(CancelSchema, cancelApprenticeTraining, {
    apprenticeId,
    effectiveOn: today,
    note: "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="cancel-on" label="Apprenticeship ended on" type="date" required {...field("effectiveOn")} />
        <SelectField
          id="cancel-reason"
          label="Reason"
          required
          options={[
            { value: "", label: "Choose a reason" },
            ...CANCELLATION_REASON_KEYS.map((key) => ({ value: key, label: CANCELLATION_REASONS[key] })),
          ]}
          {...field("cancellationReason")}
        />
      </div>
      <TextAreaField id="cancel-note" label="Note" hint="Optional, except for “Other”." rows={2} {...field("note")} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…" variant="danger">
          Cancel the apprenticeship
        </SubmitButton>
      </div>
    </form>
  );
}
