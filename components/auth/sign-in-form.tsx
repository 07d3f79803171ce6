"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { requestSignInLink } from "@/lib/auth/actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(
    () => import("@/lib/auth/schemas").then((m) => m.SignInSchema),
    requestSignInLink,
    {
      email: "",
      callbackUrl,
    },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="callbackUrl" defaultValue={callbackUrl ?? ""} />
      <TextField id="email" label="Work email address" type="email" autoComplete="email" required {...field("email")} />
      <SubmitButton pending={pending} pendingLabel="Sending link…">
        Email me a sign-in link
      </SubmitButton>
    </form>
  );
}
