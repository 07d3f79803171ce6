"use client";

import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/action-client";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * One button acting on every ticked record of a list (a mentor's approvals, an employer's course confirmations).
 * The records' checkboxes sit in the list beside each record's own forms, and join this form through their `form`
 * attribute (forms cannot nest), so one press covers every ticked box, with or without JavaScript. The refusal (none
 * ticked, a page out of date) shows above the button.
 */
export function BatchForm<T>({
  id,
  action,
  field,
  hidden = {},
  label,
  pendingLabel,
}: {
  /** The form's id, which the checkboxes name in their `form` attribute. */
  id: string;
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  /** The checkboxes' name, whose error is shown. */
  field: string;
  hidden?: Record<string, string>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const message = failed?.fieldErrors[field]?.[0] ?? failed?.message;
  return (
    <form id={id} action={formAction} className="flex flex-col gap-3">
      {message ? <Alert tone="error">{message}</Alert> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}
