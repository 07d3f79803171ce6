import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { SegmentBar } from "@/components/ui/segment-bar";
import { STEPS } from "@/lib/program";
import { SUBMISSION_MESSAGES } from "@/lib/status-messages";
import { percentOf } from "@/lib/staff/stats";
import type { EmployerListPage } from "@/lib/staff/employers";
import {
  describeEmployerFilters,
  employerFilterParams,
  isFiltered,
  type EmployerFilters,
} from "@/lib/staff/employer-filters";
import { Pagination, shownRange } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";

export function EmployerList({ list, filters }: { list: EmployerListPage; filters: EmployerFilters }) {
  if (list.total === 0) {
    return isFiltered(filters) ? (
      <EmptyState
        title={`No organization ${describeEmployerFilters(filters)}`}
        next={
          <>
            Check the spelling, try part of the name, or{" "}
            <Link className="text-brand-700 font-medium underline" href="/staff/employers">
              show every employer
            </Link>
            .
          </>
        }
      />
    ) : (
      <NoEmployerYet />
    );
  }
  return (
    <>
      <p className="mb-3 text-slate-800">
        Showing {shownRange(list.page, list.pageSize, list.organizations.length)} of {list.total}{" "}
        {list.total === 1 ? "organization" : "organizations"}
        {isFiltered(filters) ? ` ${describeEmployerFilters(filters)}` : ""}.
      </p>
      <EmployerTable organizations={list.organizations} />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        basePath="/staff/employers"
        params={employerFilterParams(filters)}
      />
    </>
  );
}

function EmployerTable({ organizations }: { organizations: EmployerListPage["organizations"] }) {
  return (
    <DataTable
      caption="Employer organizations, newest first"
      columns={["Organization", "Main contact", "Progress", "Latest submission"]}
    >
      {organizations.map((o) => {
        const latest = o.latestSubmission;
        return (
          <tr key={o.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-4">
              <Link className="text-brand-700 font-medium underline" href={`/staff/employers/${o.id}`}>
                {o.legalName}
              </Link>
              <span className="block text-slate-700">
                {o.dbaName ? `DBA ${o.dbaName} · ` : ""}
                {o.city}, {o.state}
              </span>
            </td>
            <td className="py-2 pr-4">
              {o.contactName}
              <span className="block break-all text-slate-700">{o.contactEmail}</span>
            </td>
            <td className="py-2 pr-4 whitespace-nowrap">
              {o.completeSteps} of {STEPS.length} steps
              <SegmentBar
                className="mt-1 h-1.5 w-24 rounded-full bg-slate-200"
                segments={[{ percent: percentOf(o.completeSteps, STEPS.length), className: "fill-brand-700" }]}
              />
            </td>
            <td className="py-2">
              {latest
                ? `Version ${latest.version}: ${SUBMISSION_MESSAGES.label[latest.status]}`
                : SUBMISSION_MESSAGES.label.NOT_SUBMITTED}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** Before any organization completes step 1: for the employers list and the staff home's pipeline alike. */
export function NoEmployerYet() {
  return (
    <EmptyState
      title="No employer has registered yet"
      next="Organizations appear here as soon as they complete step 1."
    />
  );
}
