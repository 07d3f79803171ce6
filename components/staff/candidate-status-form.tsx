"use client";

import type { CandidateStatus } from "@prisma/client";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { ChoiceGroupField, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CANDIDATE_STATUS_OPTIONS } from "@/lib/candidates/options";
import { setCandidateStatus } from "@/lib/candidates/staff/actions";
import { CandidateStatusSchema, MAX_STATUS_NOTE_LENGTH } from "@/lib/candidates/staff/schemas";

/**
 * Carries the status the page showed (expectedStatus), so a change made on an outdated page is refused with
 * who changed it instead of overwriting them. The page gives it a key per status, so it starts empty after a change.
 */
export function CandidateStatusForm({ candidateId, status }: { candidateId: string; status: CandidateStatus }) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    CandidateStatusSchema,
    setCandidateStatus,
    { candidateId, expectedStatus: status, note: "" },
  );
  const choices = CANDIDATE_STATUS_OPTIONS.filter((o) => o.value !== status);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="expectedStatus" value={status} />
      <ChoiceGroupField
        type="radio"
        name="status"
        legend="Change the status to"
        required
        options={choices}
        error={errorFor("status")}
        inputProps={(value) => ({ ...form.register("status"), defaultChecked: failed?.values?.status === value })}
      />
      <TextAreaField
        id="status-note"
        label="Note (optional)"
        hint={`What happened, for the rest of AAMI staff; it goes into the history. Up to ${MAX_STATUS_NOTE_LENGTH} characters. The candidate is not emailed.`}
        maxLength={MAX_STATUS_NOTE_LENGTH}
        {...field("note")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save status
        </SubmitButton>
      </div>
    </form>
  );
}
