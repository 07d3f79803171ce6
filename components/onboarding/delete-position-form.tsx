"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { deletePosition } from "@/lib/onboarding/positions/actions";

export function DeletePositionForm({ positionId, title }: { positionId: string; title: string }) {
  const [state, action, pending] = useActionState(deletePosition, null);
  return (
    <form action={action} className="flex flex-col gap-3">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <input type="hidden" name="positionId" value={positionId} />
      <p className="text-sm text-slate-700">
        Deleting removes &ldquo;{title}&rdquo; from your checklist. Apprentices are not affected.
      </p>
      <div>
        <SubmitButton variant="danger" pending={pending} pendingLabel="Deleting…">
          Delete this position
        </SubmitButton>
      </div>
    </form>
  );
}
