"use client";

import { PublishVersionForm } from "@/components/forms/publish-version-form";
import { publishProgramDocument } from "@/lib/documents/actions";
import { PublishProgramDocumentSchema } from "@/lib/documents/schemas";

export function PublishProgramDocumentForm({ documentId, version }: { documentId: string; version: number }) {
  return (
    <PublishVersionForm
      schema={PublishProgramDocumentSchema}
      action={publishProgramDocument}
      hidden={{ documentId }}
      confirmId={`confirm-publish-${documentId}`}
      confirmation={`I have checked version ${version}. Employers who have not submitted will be emailed and asked to acknowledge it again.`}
      version={version}
    />
  );
}
