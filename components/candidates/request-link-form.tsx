"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestProfileLink } from "@/lib/candidates/profile/actions";

export function RequestLinkForm() {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(
    () => import("@/lib/candidates/profile/schemas").then((m) => m.RequestProfileLinkSchema),
    requestProfileLink,
    {
      email: "",
    },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <TextField
        id="email"
        label="Email address you used on the form"
        type="email"
        required
        autoComplete="email"
        {...field("email")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Email me my link
        </SubmitButton>
      </div>
    </form>
  );
}
