"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitForReview } from "@/lib/onboarding/submit/actions";
import { SubmitForReviewSchema } from "@/lib/onboarding/submit/schemas";

export function SubmitForm({ basedOnVersion }: { basedOnVersion: number }) {
  const { form, failed, pending, formAction, onSubmit, errorFor } = useActionForm(
    SubmitForReviewSchema,
    submitForReview,
    { basedOnVersion: String(basedOnVersion) },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && !failed.fieldErrors.confirm ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" {...form.register("basedOnVersion")} defaultValue={String(basedOnVersion)} />
      <CheckboxField
        id="confirm"
        label="I have reviewed everything above. It is complete and correct, and I may submit it for my organization."
        value="yes"
        error={errorFor("confirm")}
        {...form.register("confirm")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Submitting…">
          Submit to AAMI
        </SubmitButton>
      </div>
    </form>
  );
}
