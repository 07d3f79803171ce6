"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveReviewTarget } from "@/lib/settings/actions";
import { ReviewTargetSchema } from "@/lib/settings/schemas";

export function ReviewTargetForm({ current }: { current: number }) {
  const { state, failed, pending, formAction, onSubmit, field } = useActionForm(ReviewTargetSchema, saveReviewTarget, {
    reviewTargetBusinessDays: String(current),
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      {state?.ok ? <Alert tone="success">{state.data.message}</Alert> : null}
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <TextField
        id="reviewTargetBusinessDays"
        label="Review target (business days)"
        hint="Submissions waiting longer are highlighted in the queue; employers are told to expect a decision within it."
        type="number"
        min={1}
        max={60}
        inputMode="numeric"
        required
        {...field("reviewTargetBusinessDays")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save
        </SubmitButton>
      </div>
    </form>
  );
}
