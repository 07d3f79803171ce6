"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { PdfFileField, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { uploadProgramDocument } from "@/lib/documents/actions";
import { DOCUMENT_KINDS, UploadProgramDocumentSchema } from "@/lib/documents/schemas";

const KIND_OPTIONS = [{ value: "", label: "Choose…" }, ...DOCUMENT_KINDS];

export function UploadProgramDocumentForm() {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    UploadProgramDocumentSchema,
    uploadProgramDocument,
    { title: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <SelectField id="kind" label="Document" required options={KIND_OPTIONS} {...field("kind")} />
      <TextField
        id="title"
        label="Title"
        hint="As employers will see it, e.g. BMET National Standards of Apprenticeship (2027 edition)."
        required
        {...field("title")}
      />
      <PdfFileField
        id="file"
        label="PDF file"
        hint="AAMI's document as a PDF of at most 10 MB. It is stored exactly as uploaded."
        error={errorFor("file")}
        required
        {...form.register("file")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Uploading…">
          Upload as a new version
        </SubmitButton>
      </div>
    </form>
  );
}
