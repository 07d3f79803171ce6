"use client";

import type { OrgRole } from "@prisma/client";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeMemberRole, removeMember } from "@/lib/organizations/actions";
import { ChangeMemberRoleSchema, ORG_ROLE_OPTIONS, RemoveMemberSchema } from "@/lib/organizations/schemas";

type Props = { membershipId: string; currentRole: OrgRole; actorIsOwner: boolean };

export function ManageMemberForms({ membershipId, currentRole, actorIsOwner }: Props) {
  if (currentRole === "OWNER" && !actorIsOwner) {
    return (
      <Alert title="Only an owner can change or remove an owner.">Ask one of your organization&apos;s owners.</Alert>
    );
  }
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <ChangeRoleForm membershipId={membershipId} currentRole={currentRole} actorIsOwner={actorIsOwner} />
      <RemoveMemberForm membershipId={membershipId} />
    </div>
  );
}

function ChangeRoleForm({ membershipId, currentRole, actorIsOwner }: Props) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(ChangeMemberRoleSchema, changeMemberRole, {
    membershipId,
    role: currentRole,
  });
  const roles = ORG_ROLE_OPTIONS.filter((r) => actorIsOwner || r.value !== "OWNER");
  return (
    <section aria-labelledby="role-heading" className="rounded-lg border border-slate-200 p-5">
      <h2 id="role-heading" className="mb-3 text-lg font-semibold">
        Change role
      </h2>
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {failed && !failed.fieldErrors.role ? <Alert tone="error">{failed.message}</Alert> : null}
        <input type="hidden" name="membershipId" value={membershipId} />
        <SelectField
          id="role"
          label="Role"
          options={roles}
          hint={roles.map((r) => `${r.label}: ${r.help}`).join(" ")}
          {...field("role")}
        />
        <div>
          <SubmitButton pending={pending}>Save role</SubmitButton>
        </div>
      </form>
    </section>
  );
}

function RemoveMemberForm({ membershipId }: { membershipId: string }) {
  const { failed, pending, formAction, onSubmit, form, errorFor } = useActionForm(RemoveMemberSchema, removeMember, {
    membershipId,
  });
  return (
    <section aria-labelledby="remove-heading" className="rounded-lg border border-red-200 p-5">
      <h2 id="remove-heading" className="mb-3 text-lg font-semibold">
        Remove from organization
      </h2>
      <p className="mb-4 text-sm text-slate-700">
        They lose access to your checklist at once. Work they completed stays on record.
      </p>
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {failed && !failed.fieldErrors.confirm ? <Alert tone="error">{failed.message}</Alert> : null}
        <input type="hidden" name="membershipId" value={membershipId} />
        <CheckboxField
          id="confirm-remove"
          label="Yes, remove this person from the organization"
          value="yes"
          error={errorFor("confirm")}
          {...form.register("confirm")}
        />
        <div>
          <SubmitButton variant="danger" pending={pending} pendingLabel="Removing…">
            Remove member
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
