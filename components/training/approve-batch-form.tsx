"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { approveWeekHours } from "@/lib/training/hours/actions";

export const APPROVE_FORM_ID = "approve-hours";

/**
 * The mentor's batch approval. The entries' checkboxes sit in the list beside each entry's own "send back" form and
 * join this form through their `form` attribute, so one press approves every ticked entry, with or without
 * JavaScript.
 */
export function ApproveBatchForm({ count }: { count: number }) {
  const [state, formAction, pending] = useActionState(approveWeekHours, null);
  const failed = state && !state.ok ? state : null;
  const message = failed?.fieldErrors.entries?.[0] ?? failed?.message;
  return (
    <form id={APPROVE_FORM_ID} action={formAction} className="flex flex-col gap-3">
      {message ? (
        <Alert tone="error">
          <span id="approve-hours-error">{message}</span>
        </Alert>
      ) : null}
      <div>
        <SubmitButton pending={pending} pendingLabel="Approving…">
          Approve ticked entries ({count} on this page)
        </SubmitButton>
      </div>
    </form>
  );
}
