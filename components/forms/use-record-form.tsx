"use client";

import type { ReactNode } from "react";
import type { z } from "zod";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import type { ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult, ActionState } from "@/lib/action-client";

type FormAction = (previous: ActionState<void>, formData: FormData) => Promise<ActionResult<void>>;

/**
 * A staff decision on one record (a submission, an apprentice's registration): the record's id and the version the
 * page showed travel as hidden fields, so a decision taken on an outdated page is refused with an explanation. A
 * failure without field errors (a conflict) is shown above the form; field errors next to their fields.
 */
export function useRecordForm<S extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  schema: S,
  action: FormAction,
  hidden: Record<string, string>,
  defaults: Record<string, unknown> = {},
) {
  const form = useActionForm(schema, action, { ...hidden, ...defaults } as never);
  const hasFieldErrors = form.failed && Object.keys(form.failed.fieldErrors).length > 0;
  // Plain hidden inputs: after a decision the page re-renders with the new rowVersion and these follow it.
  const frame = (submitLabel: string, variant: ButtonVariant, children?: ReactNode) => (
    <form action={form.formAction} onSubmit={form.onSubmit} noValidate className="flex flex-col gap-3">
      {form.failed && !hasFieldErrors ? <Alert tone="error">{form.failed.message}</Alert> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Saving…" variant={variant}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
  return { ...form, frame };
}
