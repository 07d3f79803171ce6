import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { CANDIDATE_STATUS_OPTIONS, EDUCATION_OPTIONS, SITUATION_OPTIONS, optionLabel } from "@/lib/candidates/options";
import type { CandidateListPage } from "@/lib/candidates/staff/data";
import {
  candidateFilterParams,
  describeCandidateFilters,
  isFiltered,
  type CandidateFilters,
} from "@/lib/candidates/staff/filters";
import { regionName } from "@/lib/regions";
import { formatDate } from "@/components/staff/format";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

const link = "text-brand-700 font-medium underline";

/** Shown next to a candidate who asked not to be contacted. */
export function WithdrawnBadge() {
  return (
    <span className="ml-2 inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
      Withdrawn
    </span>
  );
}

function EmptyCandidateList({ list, filters }: { list: CandidateListPage; filters: CandidateFilters }) {
  if (!list.anyCandidates) {
    return (
      <EmptyState
        title="No one has sent the apprentice interest form yet"
        next="Candidates appear here as soon as they do."
      />
    );
  }
  const described = describeCandidateFilters(filters);
  return (
    <EmptyState
      title={`No candidate matches these filters${described ? ` (${described})` : ""}`}
      next={
        <>
          {filters.includeWithdrawn ? "" : "Candidates who withdrew are left out unless you include them. "}Try fewer
          filters, or{" "}
          <Link className={link} href="/staff/candidates">
            clear the filters
          </Link>
          .
        </>
      }
    />
  );
}

export function CandidateList({ list, filters }: { list: CandidateListPage; filters: CandidateFilters }) {
  if (list.total === 0) return <EmptyCandidateList list={list} filters={filters} />;
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.candidates.length - 1;
  return (
    <>
      <p className="mb-3 text-slate-800">
        Showing {first}–{last} of {list.total} {list.total === 1 ? "candidate" : "candidates"}
        {isFiltered(filters) ? ` ${describeCandidateFilters(filters)}` : ""}
        {filters.includeWithdrawn ? ", withdrawn included" : ""}.
      </p>
      <DataTable
        caption="Candidates, newest first"
        columns={["Name", "Location", "Situation", "Education", "Status", "Submitted"]}
      >
        {list.candidates.map((c) => (
          <tr key={c.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-4">
              <Link className={link} href={`/staff/candidates/${c.id}`}>
                {c.firstName} {c.lastName}
              </Link>
              {c.withdrawnAt ? <WithdrawnBadge /> : null}
              <span className="block break-all text-slate-700">{c.email}</span>
            </td>
            <td className="py-2 pr-4">
              {c.city}, {c.state}
              <span className="block text-slate-700">{regionName(c.region)}</span>
            </td>
            <td className="py-2 pr-4">{optionLabel(SITUATION_OPTIONS, c.situation)}</td>
            <td className="py-2 pr-4">{optionLabel(EDUCATION_OPTIONS, c.educationLevel)}</td>
            <td className="py-2 pr-4">{optionLabel(CANDIDATE_STATUS_OPTIONS, c.status)}</td>
            <td className="py-2 whitespace-nowrap">{formatDate(c.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        basePath="/staff/candidates"
        params={candidateFilterParams(filters)}
      />
    </>
  );
}

/** Downloads every candidate the current filters match (all pages), as the list shows them. */
export function CandidateExportLink({ filters }: { filters: CandidateFilters }) {
  const query = new URLSearchParams(candidateFilterParams(filters)).toString();
  return (
    <a className={buttonClasses("secondary")} href={`/api/staff/candidates/export${query ? `?${query}` : ""}`} download>
      Export CSV
    </a>
  );
}
