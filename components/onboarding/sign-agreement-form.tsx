"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { SignerFields } from "@/components/forms/signer-fields";
import { CheckboxField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { SignaturePad } from "@/components/onboarding/signature-pad";
import { signAgreement } from "@/lib/onboarding/agreement/actions";
import { ESIGN_CONSENT_TEXT, SignAgreementSchema } from "@/lib/onboarding/agreement/schemas";

export function SignAgreementForm({ documentSha256, defaultName }: { documentSha256: string; defaultName: string }) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    SignAgreementSchema,
    signAgreement,
    { signerName: defaultName, signerTitle: "", documentSha256 },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      {failed?.fieldErrors.documentSha256 ? <Alert tone="error">{failed.fieldErrors.documentSha256[0]}</Alert> : null}
      <input type="hidden" {...form.register("documentSha256")} defaultValue={documentSha256} />
      <SignerFields name={field("signerName")} title={field("signerTitle")} />
      <SignaturePad name="drawnSignature" error={errorFor("drawnSignature")} />
      <CheckboxField
        id="consent"
        label={ESIGN_CONSENT_TEXT}
        value="yes"
        error={errorFor("consent")}
        {...form.register("consent")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Signing…">
          Sign the Employer Acceptance Agreement
        </SubmitButton>
      </div>
    </form>
  );
}
