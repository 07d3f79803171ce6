"use client";

import { useActionState } from "react";
import type { OrgRole } from "@prisma/client";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeMemberRole, removeMember } from "@/lib/organizations/actions";
import { ORG_ROLE_OPTIONS } from "@/lib/organizations/schemas";

export function ManageMemberForms({
  membershipId,
  currentRole,
  actorIsOwner,
}: {
  membershipId: string;
  currentRole: OrgRole;
  actorIsOwner: boolean;
}) {
  const [roleState, roleAction, rolePending] = useActionState(changeMemberRole, null);
  const [removeState, removeAction, removePending] = useActionState(removeMember, null);
  const roles = ORG_ROLE_OPTIONS.filter((r) => actorIsOwner || r.value !== "OWNER" || currentRole === "OWNER");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section aria-labelledby="role-heading" className="rounded-lg border border-slate-200 p-5">
        <h2 id="role-heading" className="mb-3 text-lg font-semibold">
          Role
        </h2>
        <form action={roleAction} className="flex flex-col gap-4">
          {roleState && !roleState.ok ? <Alert tone="error">{roleState.message}</Alert> : null}
          <input type="hidden" name="membershipId" value={membershipId} />
          <SelectField
            id="role"
            name="role"
            label="Role"
            defaultValue={currentRole}
            options={roles}
            hint={ORG_ROLE_OPTIONS.map((r) => `${r.label}: ${r.help}`).join(" ")}
          />
          <div>
            <SubmitButton pending={rolePending}>Save role</SubmitButton>
          </div>
        </form>
      </section>
      <section aria-labelledby="remove-heading" className="rounded-lg border border-red-200 p-5">
        <h2 id="remove-heading" className="mb-3 text-lg font-semibold">
          Remove from organization
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          They lose access to your checklist at once. Work they completed stays on record.
        </p>
        <form action={removeAction} className="flex flex-col gap-4">
          {removeState && !removeState.ok ? <Alert tone="error">{removeState.message}</Alert> : null}
          <input type="hidden" name="membershipId" value={membershipId} />
          <div>
            <SubmitButton variant="danger" pending={removePending} pendingLabel="Removing…">
              Remove member
            </SubmitButton>
          </div>
        </form>
      </section>
    </div>
  );
}
