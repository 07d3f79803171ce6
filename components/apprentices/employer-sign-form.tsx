"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { SignerFields } from "@/components/forms/signer-fields";
import { CheckboxField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signAsEmployer } from "@/lib/apprentices/agreement/actions";
import { EMPLOYER_CONSENT_TEXT, EmployerSignSchema } from "@/lib/apprentices/agreement/schemas";

/** An owner or admin signs the apprentice's agreement for the organization; the apprentice is then emailed. */
export function EmployerSignForm({
  apprenticeId,
  rowVersion,
  defaultName,
}: {
  apprenticeId: string;
  rowVersion: number;
  defaultName: string;
}) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    EmployerSignSchema,
    signAsEmployer,
    { apprenticeId, rowVersion: String(rowVersion), signerName: defaultName, signerTitle: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <input type="hidden" name="rowVersion" value={String(rowVersion)} />
      <SignerFields name={field("signerName")} title={field("signerTitle")} />
      <CheckboxField
        id="consent"
        label={EMPLOYER_CONSENT_TEXT}
        value="yes"
        error={errorFor("consent")}
        {...form.register("consent")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Signing…">
          Sign and email the apprentice
        </SubmitButton>
      </div>
    </form>
  );
}
