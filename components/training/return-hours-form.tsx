"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { returnWeekHours } from "@/lib/training/hours/actions";
import { ReturnHoursSchema } from "@/lib/training/hours/schemas";

/** Sends one entry back to the apprentice with what to change; the comment is required and emailed to them. */
export function ReturnHoursForm({ entryId, rowVersion }: { entryId: string; rowVersion: number }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(ReturnHoursSchema, returnWeekHours, {
    entryId,
    rowVersion: String(rowVersion),
    comment: "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormError failed={failed} />
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
      <TextAreaField
        id={`return-${entryId}`}
        label="What should the apprentice change?"
        rows={2}
        required
        {...field("comment")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending back…" variant="secondary">
          Send back
        </SubmitButton>
      </div>
    </form>
  );
}
