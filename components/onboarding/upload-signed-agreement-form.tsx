"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { PdfFileField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { uploadSignedAgreement } from "@/lib/onboarding/agreement/actions";
import { UploadSignedAgreementSchema } from "@/lib/onboarding/agreement/schemas";

export function UploadSignedAgreementForm({ documentSha256 }: { documentSha256: string }) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    UploadSignedAgreementSchema,
    uploadSignedAgreement,
    { signerName: "", signerTitle: "", documentSha256 },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" {...form.register("documentSha256")} defaultValue={documentSha256} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="upload-signerName" label="Name of the person who signed" required {...field("signerName")} />
        <TextField id="upload-signerTitle" label="Their job title" required {...field("signerTitle")} />
      </div>
      <PdfFileField
        id="file"
        label="Signed agreement (PDF)"
        hint="The whole agreement, signed by hand and scanned: a PDF of at most 10 MB."
        error={errorFor("file")}
        required
        {...form.register("file")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Uploading…" variant="secondary">
          Upload the signed agreement
        </SubmitButton>
      </div>
    </form>
  );
}
