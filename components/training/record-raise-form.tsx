"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordApprenticeRaise } from "@/lib/training/raises/actions";
import { RecordRaiseSchema } from "@/lib/training/raises/schemas";

/** An owner or admin records a raise that is due: which one, from when, and the hourly wage (at least the schedule's). */
export function RecordRaiseForm({
  apprenticeId,
  raises,
  today,
}: {
  apprenticeId: string;
  raises: ReadonlyArray<{ step: number; label: string; wage: string }>;
  today: string;
}) {
  const first = raises[0];
  const { failed, pending, formAction, onSubmit, field } = useActionForm(RecordRaiseSchema, recordApprenticeRaise, {
    apprenticeId,
    step: String(first?.step ?? ""),
    effectiveOn: today,
    wage: first?.wage ?? "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <SelectField
        id="raise-step"
        label="Raise"
        required
        options={raises.map((r) => ({ value: String(r.step), label: `${r.label} (at least $${r.wage})` }))}
        {...field("step")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="raise-effective" label="Effective from" type="date" required {...field("effectiveOn")} />
        <TextField
          id="raise-wage"
          label="New hourly wage"
          inputMode="decimal"
          hint="In dollars, at least the schedule's."
          required
          {...field("wage")}
        />
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Record the raise
        </SubmitButton>
      </div>
    </form>
  );
}
