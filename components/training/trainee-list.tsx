import Link from "next/link";
import { formatLongDate } from "@/lib/dates";
import type { TraineeList as TraineeListData } from "@/lib/training/hours/data";
import { TRAINEES_PAGE_SIZE } from "@/lib/training/hours/data";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, shownRange } from "@/components/ui/pagination";

/** The apprentices in training the reader may open, with their mentor and what waits for approval. */
export function TraineeList({ list, actorId }: { list: TraineeListData; actorId: string }) {
  if (list.total === 0) {
    return (
      <EmptyState
        title="No apprentices in training yet"
        next="An apprentice's training record opens once AAMI approves their registration (step 8 of the checklist). Their employer then assigns a mentor, and we email both of them how to sign in."
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">
        Showing {shownRange(list.page, TRAINEES_PAGE_SIZE, list.rows.length)} of {list.total}
      </p>
      <DataTable
        caption="Apprentices in training"
        columns={["Apprentice", "Employer", "Started", "Mentor", "Waiting for approval"]}
      >
        {list.rows.map((a) => (
          <tr key={a.id} className="border-b border-slate-200">
            <td className="py-2 pr-4">
              <Link href={`/training/${a.id}`} className="text-brand-700 font-medium underline">
                {a.firstName} {a.lastName}
              </Link>
              {a.userId === actorId ? <span className="ml-1 text-slate-700">(you)</span> : null}
            </td>
            <td className="py-2 pr-4">{a.organization.legalName}</td>
            <td className="py-2 pr-4">{formatLongDate(a.startDate)}</td>
            <td className="py-2 pr-4">
              {a.mentor ? (
                <>
                  {a.mentor.name}
                  {a.mentor.userId === actorId ? <span className="ml-1 text-slate-700">(you)</span> : null}
                </>
              ) : (
                "Not assigned yet"
              )}
            </td>
            <td className="py-2 pr-4">
              {a._count.ojtEntries === 0
                ? "None"
                : `${a._count.ojtEntries} entr${a._count.ojtEntries === 1 ? "y" : "ies"}`}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/training" />
    </div>
  );
}
