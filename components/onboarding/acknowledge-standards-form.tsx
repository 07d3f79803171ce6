"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { acknowledgeStandards } from "@/lib/onboarding/standards/actions";
import { AcknowledgeStandardsSchema } from "@/lib/onboarding/standards/schemas";

export function AcknowledgeStandardsForm({
  documentIds,
  suggestedName,
}: {
  documentIds: string[];
  suggestedName: string;
}) {
  const { failed, pending, formAction, onSubmit, field, form, errorFor } = useActionForm(
    AcknowledgeStandardsSchema,
    acknowledgeStandards,
    {
      documentIds,
      typedName: suggestedName,
    },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4">
      {failed && !failed.fieldErrors.typedName && !failed.fieldErrors.confirm ? (
        <Alert tone="error">{failed.message}</Alert>
      ) : null}
      {documentIds.map((id) => (
        <input key={id} type="hidden" name="documentIds" value={id} />
      ))}
      <CheckboxField
        id="confirm-standards"
        label="I have read the BMET National Standards of Apprenticeship and the Training Objectives shown above, and my organization will follow them."
        value="yes"
        error={errorFor("confirm")}
        {...form.register("confirm")}
      />
      <TextField
        id="typedName"
        label="Type your full name to acknowledge"
        required
        autoComplete="name"
        {...field("typedName")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Recording…">
          Acknowledge and continue
        </SubmitButton>
      </div>
    </form>
  );
}
