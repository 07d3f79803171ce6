import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Pagination, shownRange } from "@/components/ui/pagination";
import { formatDate } from "@/components/staff/format";
import { APPROVAL_BLOCKER_SHORT } from "@/lib/apprentices/registration/rules";
import type { RegistrationList as Registrations } from "@/lib/apprentices/registration/data";
import { businessDaysBetween } from "@/lib/review/business-days";
import { EmptyState } from "@/components/ui/empty-state";

/** The apprentice registrations waiting for AAMI, longest waiting first, each opening the apprentice's page. */
export function RegistrationList({ list, now }: { list: Registrations; now: Date }) {
  if (list.total === 0) {
    return (
      <EmptyState
        title="No apprentice registration is waiting for AAMI"
        next="A registration arrives here once the employer and the apprentice (and a parent or guardian, for an apprentice under 18) have signed the apprenticeship agreement."
      />
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <p className="text-slate-800">
        Showing {shownRange(list.page, list.pageSize, list.registrations.length)} of {list.total}{" "}
        {list.total === 1 ? "registration" : "registrations"}, longest waiting first.
      </p>
      <DataTable
        caption="Apprentice registrations waiting for AAMI"
        columns={["Apprentice", "Employer", "Starts", "Credited hours", "Waiting", "Can be approved"]}
      >
        {list.registrations.map((r) => {
          const waited = businessDaysBetween(r.waitingSince, now);
          const { blocker } = r;
          return (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4">
                <Link className="text-brand-700 font-medium underline" href={`/staff/apprentices/${r.id}`}>
                  {r.firstName} {r.lastName}
                </Link>
              </td>
              <td className="py-2 pr-4">{r.organizationName}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatDate(r.startDate)}</td>
              <td className="py-2 pr-4">
                {r.creditedOjtHours.toLocaleString("en-US")}
                {r.creditAdjustedAt ? <span className="block text-slate-700">Adjusted by AAMI</span> : null}
              </td>
              <td className="py-2 pr-4">
                {waited} business day{waited === 1 ? "" : "s"}
                <span className="block text-slate-700">since {formatDate(r.waitingSince)}</span>
              </td>
              <td className="py-2">
                {blocker ? <span className="text-amber-900">{APPROVAL_BLOCKER_SHORT[blocker.code]}</span> : "Yes"}
              </td>
            </tr>
          );
        })}
      </DataTable>
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/staff/queue/apprentices" />
    </div>
  );
}
