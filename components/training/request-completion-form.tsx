"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestApprenticeCompletion } from "@/lib/training/completion/actions";
import { RequestCompletionSchema } from "@/lib/training/completion/schemas";

/** An owner or admin asks AAMI to verify the completion, on the day the apprentice completed. */
export function RequestCompletionForm({ apprenticeId, today }: { apprenticeId: string; today: string }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(
    RequestCompletionSchema,
    requestApprenticeCompletion,
    { apprenticeId, completedOn: today },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <TextField id="completion-on" label="Completed on" type="date" required {...field("completedOn")} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Ask AAMI to verify the completion
        </SubmitButton>
      </div>
    </form>
  );
}
