"use client";

import type { DefaultValues, FieldValues, Path } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult, ActionState } from "@/lib/action-client";
import { Alert } from "@/components/ui/alert";
import { CheckboxField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Publishing a checked draft (a program document, the program's standards): the record's identifiers as hidden
 * fields, a box saying what publishing does that must be ticked (the schema's `confirm`), and one button.
 */
export function PublishVersionForm<S extends z.ZodType<FieldValues & { confirm: unknown }, FieldValues>, T>({
  schema,
  action,
  hidden,
  confirmId,
  confirmation,
  version,
}: {
  schema: S;
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  /** The record (and its version) publishing acts on: sent as they are, checked by the action. */
  hidden: Record<string, string>;
  confirmId: string;
  confirmation: string;
  version: number;
}) {
  const { form, failed, pending, formAction, onSubmit, errorFor } = useActionForm(
    schema,
    action,
    hidden as DefaultValues<z.input<S>>,
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {failed && !failed.fieldErrors.confirm ? <Alert tone="error">{failed.message}</Alert> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <CheckboxField
        id={confirmId}
        label={confirmation}
        value="yes"
        error={errorFor("confirm")}
        {...form.register("confirm" as Path<z.input<S>>)}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Publishing…">
          Publish version {version}
        </SubmitButton>
      </div>
    </form>
  );
}
