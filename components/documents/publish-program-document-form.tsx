"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { publishProgramDocument } from "@/lib/documents/actions";
import { PublishProgramDocumentSchema } from "@/lib/documents/schemas";

export function PublishProgramDocumentForm({ documentId, version }: { documentId: string; version: number }) {
  const { form, failed, pending, formAction, onSubmit, errorFor } = useActionForm(
    PublishProgramDocumentSchema,
    publishProgramDocument,
    { documentId },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {failed && !failed.fieldErrors.confirm ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="documentId" value={documentId} />
      <CheckboxField
        id={`confirm-publish-${documentId}`}
        label={`I have checked version ${version}. Employers who have not submitted will be emailed and asked to acknowledge it again.`}
        value="yes"
        error={errorFor("confirm")}
        {...form.register("confirm")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Publishing…">
          Publish version {version}
        </SubmitButton>
      </div>
    </form>
  );
}
