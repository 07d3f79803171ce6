"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveContactEmail } from "@/lib/settings/actions";
import { ContactEmailSchema } from "@/lib/settings/schemas";

/** Staff > Settings: AAMI's contact address on the home page. */
export function ContactEmailForm({ current }: { current: string | null }) {
  const { state, failed, pending, formAction, onSubmit, field } = useActionForm(ContactEmailSchema, saveContactEmail, {
    aamiContactEmail: current ?? "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      {state?.ok ? <Alert tone="success">{state.data.message}</Alert> : null}
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <TextField
        id="aamiContactEmail"
        label="AAMI contact email"
        hint="Shown on the home page for employers' and apprentices' questions. Leave blank to show none."
        type="email"
        autoComplete="off"
        {...field("aamiContactEmail")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save contact
        </SubmitButton>
      </div>
    </form>
  );
}
