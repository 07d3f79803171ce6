"use client";

import { useActionState } from "react";
import { switchOrganization } from "@/lib/organizations/actions";
import type { MembershipSummary } from "@/lib/authz";

/** Works without JavaScript: pick an organization, press Switch. */
export function OrganizationSwitcher({
  memberships,
  activeId,
}: {
  memberships: MembershipSummary[];
  activeId: string;
}) {
  const [state, action, pending] = useActionState(switchOrganization, null);
  return (
    <form action={action} className="flex items-center gap-1">
      <label htmlFor="organizationId" className="sr-only">
        Organization
      </label>
      <select
        id="organizationId"
        name="organizationId"
        defaultValue={activeId}
        className="max-w-48 rounded-md border border-slate-500 px-2 py-1 text-sm"
      >
        {memberships.map((m) => (
          <option key={m.organizationId} value={m.organizationId}>
            {m.organizationName}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm font-medium hover:bg-slate-50"
      >
        Switch
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-red-800">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
