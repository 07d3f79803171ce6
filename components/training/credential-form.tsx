"use client";

import type { CredentialKind } from "@prisma/client";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { FileField, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { enterTrainingCredential } from "@/lib/training/credentials/actions";
import { CREDENTIAL_LABELS } from "@/lib/training/credentials/kinds";
import { EnterCredentialSchema } from "@/lib/training/credentials/schemas";

/** The apprentice, or an owner or admin, enters a credential: which, the day it was earned, and the certificate. */
export function CredentialForm({
  apprenticeId,
  kinds,
  today,
}: {
  apprenticeId: string;
  kinds: readonly CredentialKind[];
  today: string;
}) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    EnterCredentialSchema,
    enterTrainingCredential,
    { apprenticeId, kind: kinds[0], earnedOn: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <SelectField
        id="credential-kind"
        label="Credential"
        required
        options={kinds.map((kind) => ({ value: kind, label: CREDENTIAL_LABELS[kind] }))}
        {...field("kind")}
      />
      <TextField id="credential-earned" label="Earned on" type="date" max={today} required {...field("earnedOn")} />
      <FileField
        id="credential-evidence"
        label="Evidence"
        accept="application/pdf,image/png,image/jpeg,image/webp"
        hint="The certificate or the score report: a PDF or a photo, at most 10 MB. Photos are saved again without their metadata."
        required
        error={errorFor("evidence")}
        {...form.register("evidence")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Enter the credential
        </SubmitButton>
      </div>
    </form>
  );
}
