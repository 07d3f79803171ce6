"use client";

import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/action-client";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** A "delete this" form for one record: the record's id travels as a hidden field; the server checks it is ours. */
export function DeleteRecordForm<T>({
  action,
  idField,
  id,
  explanation,
  label,
}: {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  idField: string;
  id: string;
  explanation: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name={idField} value={id} />
      <p className="text-sm text-slate-700">{explanation}</p>
      <div>
        <SubmitButton variant="danger" pending={pending} pendingLabel="Deleting…">
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}
