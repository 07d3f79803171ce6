"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Alert } from "@/components/ui/alert";
import { inviteMember } from "@/lib/organizations/actions";
import { InviteMemberSchema, ORG_ROLE_OPTIONS } from "@/lib/organizations/schemas";

export function InviteMemberForm({ canInviteOwners }: { canInviteOwners: boolean }) {
  const { state, failed, pending, formAction, onSubmit, field } = useActionForm(InviteMemberSchema, inviteMember, {
    email: "",
    role: "MEMBER",
  });
  const roles = ORG_ROLE_OPTIONS.filter((r) => canInviteOwners || r.value !== "OWNER");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state?.ok ? (
        <Alert tone="success" title="Member added">
          We emailed {state.data.email} to say what happens next.
        </Alert>
      ) : null}
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <TextField id="invite-email" label="Email address" type="email" autoComplete="off" required {...field("email")} />
      <SelectField id="invite-role" label="Role" required options={roles} {...field("role")} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Adding…">
          Add member
        </SubmitButton>
      </div>
    </form>
  );
}
