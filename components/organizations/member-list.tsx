import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import type { OrgRole } from "@prisma/client";
import { roleLabel } from "@/lib/organizations/schemas";

type Member = { id: string; role: OrgRole; user: { email: string; name: string | null } };

export function MemberList({
  members,
  canManage,
  caption = "Members of your organization",
}: {
  members: Member[];
  canManage: boolean;
  caption?: string;
}) {
  return (
    <DataTable caption={caption} columns={["Name", "Email", "Role"]} withActions={canManage}>
      {members.map((m) => (
        <tr key={m.id} className="border-b border-slate-200">
          <td className="py-2 pr-4">{m.user.name ?? "—"}</td>
          <td className="py-2 pr-4">{m.user.email}</td>
          <td className="py-2 pr-4">{roleLabel(m.role)}</td>
          {canManage ? (
            <td className="py-2">
              <Link className="text-brand-700 font-medium underline" href={`/organization/members/${m.id}`}>
                Manage<span className="sr-only"> {m.user.email}</span>
              </Link>
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
