"use client";

import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/action-client";
import { Alert } from "@/components/ui/alert";
import type { ButtonVariant } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * A one-button form acting on one record ("delete this", "withdraw my profile"): the record's id travels as a
 * hidden field and the server checks it is the caller's (no id when the record is the caller's own organization's,
 * found from the session). With `confirmation`, a box must be ticked first (the action's schema requires
 * `confirm=yes`, and its message shows next to the box).
 */
export function RecordActionForm<T>({
  action,
  idField,
  id,
  explanation,
  label,
  pendingLabel = "Deleting…",
  variant = "danger",
  confirmation,
}: {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  idField?: string;
  id?: string;
  explanation: string;
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  confirmation?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const confirmError = failed?.fieldErrors.confirm?.[0];
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {failed && !confirmError ? <Alert tone="error">{failed.message}</Alert> : null}
      {idField ? <input type="hidden" name={idField} value={id} /> : null}
      <p className="text-sm text-slate-700">{explanation}</p>
      {confirmation ? (
        <CheckboxField
          id={`${idField ?? "record"}-confirm`}
          name="confirm"
          value="yes"
          label={confirmation}
          error={confirmError}
        />
      ) : null}
      <div>
        <SubmitButton variant={variant} pending={pending} pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}
