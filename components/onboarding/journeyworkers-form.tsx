"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveJourneyworkers } from "@/lib/onboarding/mentors/actions";
import { JourneyworkersSchema } from "@/lib/onboarding/mentors/schemas";

export function JourneyworkersForm({ count }: { count: number | null }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(JourneyworkersSchema, saveJourneyworkers, {
    journeyworkerCount: count === null ? "" : String(count),
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4 sm:max-w-sm">
      {failed && !failed.fieldErrors.journeyworkerCount ? <Alert tone="error">{failed.message}</Alert> : null}
      <TextField
        id="journeyworkerCount"
        label="Journeyworkers on staff"
        hint="Fully qualified biomedical equipment technicians who can supervise apprentices."
        type="number"
        min={0}
        required
        {...field("journeyworkerCount")}
      />
      <div>
        <SubmitButton pending={pending}>Save</SubmitButton>
      </div>
    </form>
  );
}
