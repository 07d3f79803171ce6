"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { attestHiring } from "@/lib/onboarding/positions/actions";
import { HiringAttestationSchema } from "@/lib/onboarding/positions/schemas";

export function HiringAttestationForm() {
  const { form, failed, pending, formAction, onSubmit, errorFor } = useActionForm(
    HiringAttestationSchema,
    attestHiring,
    {},
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && !failed.fieldErrors.attest ? <Alert tone="error">{failed.message}</Alert> : null}
      <CheckboxField
        id="attest-hiring"
        label="My organization is responsible for hiring, recruiting and vetting its apprentices. AAMI does not hire apprentices."
        value="yes"
        error={errorFor("attest")}
        {...form.register("attest")}
      />
      <div>
        <SubmitButton pending={pending}>Confirm</SubmitButton>
      </div>
    </form>
  );
}
