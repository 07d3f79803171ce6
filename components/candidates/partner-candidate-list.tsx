import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Pagination, shownRange } from "@/components/ui/pagination";
import { formatDate } from "@/components/staff/format";
import { EDUCATION_OPTIONS, EXPERIENCE_OPTIONS, SITUATION_OPTIONS, optionLabel } from "@/lib/candidates/options";
import type { PartnerCandidateList } from "@/lib/candidates/partner/data";
import { candidateFilterParams, isFiltered, type CandidateFilters } from "@/lib/candidates/partner/filters";
import { EmptyState } from "@/components/ui/empty-state";

const linkClass = "text-brand-700 font-medium underline";

export function PartnerCandidateList({ list, filters }: { list: PartnerCandidateList; filters: CandidateFilters }) {
  if (list.total === 0) {
    return isFiltered(filters) ? (
      <EmptyState
        title="No candidate matches these filters"
        next={
          <>
            Try fewer filters or part of a name, or{" "}
            <Link className={linkClass} href="/candidates">
              clear the filters
            </Link>
            .
          </>
        }
      />
    ) : (
      <EmptyState
        title="No candidates in your regions yet"
        next="Candidates appear here as they send AAMI's interest form and agree to be shared with employers in their region, so look again soon."
      />
    );
  }
  const params = candidateFilterParams(filters);
  return (
    <>
      <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-baseline sm:justify-between">
        <p className="text-slate-800">
          Showing {shownRange(list.page, list.pageSize, list.candidates.length)} of {list.total}{" "}
          {list.total === 1 ? "candidate" : "candidates"}
          {isFiltered(filters) ? " matching these filters" : ""}.
        </p>
        {/* A POST (a plain form, so it works without JavaScript): the download logs a view of each candidate. */}
        <form action="/api/candidates/export" method="post" className="text-sm text-slate-700">
          {Object.entries(params).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className={`${linkClass} cursor-pointer`}>
            Download {list.total === 1 ? "this candidate" : `these ${list.total} candidates`} (CSV)
          </button>{" "}
          with contact details. AAMI logs who sees each candidate: in this list, on their profile and in downloads.
        </form>
      </div>
      <DataTable
        caption="Candidates, newest first"
        columns={["Name", "Lives in", "Situation", "Highest education", "Would relocate", "Experience", "Signed up"]}
      >
        {list.candidates.map((c) => (
          <tr key={c.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-4">
              {/* Opening a profile is a logged view, so it is fetched only when someone follows the link. */}
              <Link className={linkClass} href={`/candidates/${c.id}`} prefetch={false}>
                {c.firstName} {c.lastName}
              </Link>
            </td>
            <td className="py-2 pr-4">
              {c.city}, {c.state}
            </td>
            <td className="py-2 pr-4">{optionLabel(SITUATION_OPTIONS, c.situation)}</td>
            <td className="py-2 pr-4">{optionLabel(EDUCATION_OPTIONS, c.educationLevel)}</td>
            <td className="py-2 pr-4">{c.willingToRelocate ? "Yes" : "No"}</td>
            <td className="py-2 pr-4">
              {c.experienceTags.length
                ? c.experienceTags.map((t) => optionLabel(EXPERIENCE_OPTIONS, t)).join("; ")
                : "None listed"}
            </td>
            <td className="py-2 whitespace-nowrap">{formatDate(c.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/candidates" params={params} />
    </>
  );
}
