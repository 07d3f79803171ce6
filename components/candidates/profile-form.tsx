"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { InterestFields } from "@/components/candidates/interest-fields";
import { interestBindings } from "@/components/candidates/interest-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateProfile } from "@/lib/candidates/profile/actions";

/** The candidate's own profile, opened through their private link: the interest form filled in with what we hold. */
export function ProfileForm({
  token,
  email,
  text,
  choices,
}: {
  token: string;
  email: string;
  /** Saved answers of the text fields and selects. */
  text: Record<string, string>;
  /** Saved answers of the radio buttons and checkbox groups. */
  choices: Record<string, string | string[]>;
}) {
  const hook = useActionForm(
    () => import("@/lib/candidates/profile/schemas").then((m) => m.ProfileFormSchema),
    updateProfile,
    { ...text, token },
  );
  const { failed, pending, formAction, onSubmit } = hook;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {/* The link itself (a hidden field) has no place next to a field for its message. */}
      {failed && (Object.keys(failed.fieldErrors).length === 0 || failed.fieldErrors.token) ? (
        <Alert tone="error">{failed.fieldErrors.token?.[0] ?? failed.message}</Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <InterestFields
        bind={interestBindings(hook)}
        stored={choices}
        emailField={
          <div className="flex flex-col gap-1">
            <p className="text-sm font-semibold text-slate-900">Email</p>
            <p className="break-all text-slate-900">{email}</p>
            <p className="text-sm text-slate-700">
              Your profile belongs to this address. To use another one, send the interest form with the new address and
              delete this profile below.
            </p>
          </div>
        }
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save my changes
        </SubmitButton>
      </div>
    </form>
  );
}
