import Link from "next/link";
import { formatDate } from "@/components/staff/format";
import { DataTable } from "@/components/ui/data-table";
import { Pagination, shownRange } from "@/components/ui/pagination";
import type { OrgApprenticeList } from "@/lib/apprentices/enrollment/data";
import { APPRENTICE_MESSAGES } from "@/lib/status-messages";
import { EMPLOYMENT_STATUS_OPTIONS, labelOf } from "@/lib/apprentices/codes";
import { EmptyState } from "@/components/ui/empty-state";

const linkClass = "text-brand-700 font-medium underline";

export function ApprenticeList({ list }: { list: OrgApprenticeList }) {
  if (list.total === 0) {
    return (
      <EmptyState
        title="No apprentices yet"
        next="Enroll your first one: a new hire (from the candidate database or elsewhere) or an employee who becomes an apprentice. Each one you enroll is listed here with where their registration stands."
      />
    );
  }
  return (
    <>
      <p className="text-slate-800">
        Showing {shownRange(list.page, list.pageSize, list.apprentices.length)} of {list.total}{" "}
        {list.total === 1 ? "apprentice" : "apprentices"}, newest first.
      </p>
      <DataTable caption="Apprentices" columns={["Name", "Hire", "Starts", "Credited hours", "Status"]}>
        {list.apprentices.map((a) => (
          <tr key={a.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-4">
              <Link className={linkClass} href={`/onboarding/apprentices/${a.id}`}>
                {a.firstName} {a.lastName}
              </Link>
            </td>
            <td className="py-2 pr-4">{labelOf(EMPLOYMENT_STATUS_OPTIONS, a.employmentStatus)}</td>
            <td className="py-2 pr-4 whitespace-nowrap">{formatDate(a.startDate)}</td>
            <td className="py-2 pr-4">{a.creditedOjtHours.toLocaleString("en-US")}</td>
            <td className="py-2">{APPRENTICE_MESSAGES.label[a.status]}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/onboarding/apprentices" params={{}} />
    </>
  );
}
