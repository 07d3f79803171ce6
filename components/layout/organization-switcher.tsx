"use client";

import { useActionState } from "react";
import { switchOrganization } from "@/lib/organizations/actions";
import type { MembershipSummary } from "@/lib/authz";

/**
 * Works without JavaScript: pick an organization, press Switch. `id` names the select; the header renders the
 * switcher twice (its desktop row and the phone's menu, one of them hidden), and each needs its own label target.
 */
export function OrganizationSwitcher({
  id,
  memberships,
  activeId,
}: {
  id: string;
  memberships: MembershipSummary[];
  activeId: string;
}) {
  const [state, action, pending] = useActionState(switchOrganization, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-semibold text-slate-900">
        Organization
      </label>
      <div className="flex gap-2">
        <select
          id={id}
          name="organizationId"
          defaultValue={activeId}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-slate-500 px-2 text-sm"
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
          className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50"
        >
          Switch
        </button>
      </div>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-red-800">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
