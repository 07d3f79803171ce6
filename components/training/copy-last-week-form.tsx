"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { copyLastWeekHours } from "@/lib/training/hours/actions";

/** "Same as last week": one tap copies the previous week's hours into this empty week (they wait for the mentor). */
export function CopyLastWeekForm({ apprenticeId, weekStart }: { apprenticeId: string; weekStart: string }) {
  const [state, formAction, pending] = useActionState(copyLastWeekHours, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {failed ? <Alert tone="error">{failed.fieldErrors.weekStart?.[0] ?? failed.message}</Alert> : null}
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <input type="hidden" name="weekStart" value={weekStart} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Copying…" variant="secondary">
          Same as last week
        </SubmitButton>
      </div>
    </form>
  );
}
