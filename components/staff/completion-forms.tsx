"use client";

import { useRecordForm } from "@/components/forms/use-record-form";
import { TextAreaField } from "@/components/ui/field";
import { returnApprenticeCompletion, verifyApprenticeCompletion } from "@/lib/training/completion/actions";
import { ReturnCompletionSchema, VerifyCompletionSchema } from "@/lib/training/completion/schemas";

// A completion request on the staff apprentice page: verify it against the checklist, or send it back saying what
// is missing. A decision another staff member took meanwhile is refused above the form.

type Target = { completionId: string; rowVersion: number };

export function VerifyCompletionForm({ completionId, rowVersion }: Target) {
  const { frame } = useRecordForm(VerifyCompletionSchema, verifyApprenticeCompletion, {
    completionId,
    rowVersion: String(rowVersion),
  });
  return frame("Verify the completion and issue AAMI's certificate", "primary");
}

export function ReturnCompletionForm({ completionId, rowVersion }: Target) {
  const { frame, field } = useRecordForm(
    ReturnCompletionSchema,
    returnApprenticeCompletion,
    { completionId, rowVersion: String(rowVersion) },
    { reason: "" },
  );
  return frame(
    "Send it back",
    "danger",
    <TextAreaField
      id="completion-return-reason"
      label="What is missing (the employer and the apprentice read this)"
      required
      {...field("reason")}
    />,
  );
}
