"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { InterestFields, type InterestBindings } from "@/components/candidates/interest-fields";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitInterest } from "@/lib/candidates/interest/actions";
import { InterestFormSchema } from "@/lib/candidates/interest/schemas";

/** useActionForm's result as the shared fields take it. */
export function interestBindings(hook: {
  form: unknown;
  field: (name: never) => { name: string; defaultValue: string; error?: string };
  errorFor: (name: string) => string | undefined;
  failed: { values?: Record<string, string> } | null;
}): InterestBindings {
  return {
    form: hook.form as UseFormReturn<FieldValues>,
    field: hook.field as (name: string) => { name: string; defaultValue: string; error?: string },
    errorFor: hook.errorFor,
    failedValues: hook.failed?.values,
  };
}

/** Mobile-first: one column on a phone, fields sized for thumbs, nothing typed lost when the server refuses. */
export function InterestForm() {
  const hook = useActionForm(InterestFormSchema, submitInterest, {
    firstName: "",
    lastName: "",
    email: "",
    phone: "",
    city: "",
    state: "",
    postalCode: "",
    experienceNotes: "",
    heardAbout: "",
    website: "",
  });
  const { form, failed, pending, formAction, onSubmit, field } = hook;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <InterestFields
        bind={interestBindings(hook)}
        emailField={
          <TextField
            id="email"
            label="Email"
            type="email"
            required
            autoComplete="email"
            hint="We email you a private link to see, change or withdraw your profile. Sending the form again with the same address updates it."
            {...field("email")}
          />
        }
      />

      {/* Hidden from people (and from screen readers); bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" type="text" tabIndex={-1} autoComplete="off" {...form.register("website")} />
      </div>

      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send my interest
        </SubmitButton>
      </div>
    </form>
  );
}
