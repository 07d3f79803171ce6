"use client";

import type { Position } from "@prisma/client";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { ChoiceGroupField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { savePosition } from "@/lib/onboarding/positions/actions";
import { POSITION_TYPES, PositionSchema } from "@/lib/onboarding/positions/schemas";

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** Adds a position, or edits `position` when given. */
export function PositionForm({ position }: { position?: Position }) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(PositionSchema, savePosition, {
    positionId: position?.id ?? "",
    type: position?.type,
    title: position?.title ?? "",
    department: position?.department ?? "",
    siteAddress: position?.siteAddress ?? "",
    expectedStartDate: isoDate(position?.expectedStartDate ?? null),
    openings: String(position?.openings ?? 1),
  });
  const chosenType = failed?.values?.type ?? position?.type;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="positionId" value={position?.id ?? ""} />
      <ChoiceGroupField
        type="radio"
        name="type"
        legend="How does the position exist?"
        required
        options={POSITION_TYPES}
        error={errorFor("type")}
        inputProps={(value) => ({ ...form.register("type"), defaultChecked: chosenType === value })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="title" label="Position title" required {...field("title")} />
        <TextField id="department" label="Department" required {...field("department")} />
        <TextField
          id="siteAddress"
          label="Site address"
          hint="Where the apprentice will work."
          required
          {...field("siteAddress")}
        />
        <TextField
          id="expectedStartDate"
          label="Expected start date"
          type="date"
          hint="Optional."
          {...field("expectedStartDate")}
        />
        <TextField id="openings" label="Openings" type="number" min={1} max={50} required {...field("openings")} />
      </div>
      <div>
        <SubmitButton pending={pending}>{position ? "Save changes" : "Add position"}</SubmitButton>
      </div>
    </form>
  );
}
