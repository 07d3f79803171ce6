import Link from "next/link";
import type { ProgramFigures } from "@/lib/training/figures/data";
import { EMPLOYER_FIGURES_PAGE_SIZE } from "@/lib/training/figures/data";
import type { EmployerFigures } from "@/lib/training/figures/figures";
import { Stat } from "@/components/staff/overview-stats";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, shownRange } from "@/components/ui/pagination";

const number = (n: number) => n.toLocaleString("en-US");

/** The program-wide training figures staff check first. */
export function TrainingStats({ figures }: { figures: ProgramFigures }) {
  const { month, completionRate } = figures;
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <Stat term="Apprentices in training" value={number(figures.activeApprentices)}>
        Approved by AAMI or registered in RAPIDS, across every employer.
      </Stat>
      <Stat term="Hours approved this month" value={number(figures.hoursApprovedThisMonth)}>
        On-the-job hours mentors approved in {month.label} so far (UTC), corrections counted as what they changed.
      </Stat>
      <Stat term="Skills signed off this month" value={number(figures.skillsSignedOffThisMonth)}>
        Sign-offs made in {month.label} and not undone.
      </Stat>
      <Stat term="Weeks waiting for approval" value={number(figures.weeksWaiting)}>
        Weeks of hours apprentices sent that their mentor has not approved or returned yet.
      </Stat>
      <Stat term="Raises overdue" value={number(figures.overdueRaises)}>
        Unrecorded more than 30 days after falling due.{" "}
        <Link className="text-brand-700 font-medium underline" href="/staff/raises">
          See the raises
        </Link>
      </Stat>
      <Stat
        term="Completion rate"
        value={completionRate === null ? "None yet" : `${Math.round(completionRate * 100)}%`}
      >
        Completions over completions and cancellations.
      </Stat>
    </dl>
  );
}

/** Completions and cancellations per calendar quarter, or why there are none. */
export function ExitsByQuarter({ exits }: { exits: ProgramFigures["exits"] }) {
  if (exits.length === 0) {
    return (
      <EmptyState
        title="No completions or cancellations recorded yet"
        next="They are counted here by quarter once an apprentice's completion or cancellation is recorded in the portal."
      />
    );
  }
  return (
    <DataTable caption="Completions and cancellations by quarter" columns={["Quarter", "Completed", "Cancelled"]}>
      {exits.map((q) => (
        <tr key={q.quarter} className="border-b border-slate-200">
          <td className="py-2 pr-4">{q.quarter}</td>
          <td className="py-2 pr-4 tabular-nums">{number(q.completed)}</td>
          <td className="py-2 pr-4 tabular-nums">{number(q.cancelled)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** One page of the figures per employer, with the link to the whole table as CSV. */
export function EmployerFiguresTable({
  page,
}: {
  page: { total: number; page: number; pageCount: number; rows: EmployerFigures[] };
}) {
  if (page.total === 0) {
    return (
      <EmptyState
        title="No employer has apprentices in training yet"
        next="Employers appear here once AAMI approves the registration of one of their apprentices."
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
        <span>
          Showing {shownRange(page.page, EMPLOYER_FIGURES_PAGE_SIZE, page.rows.length)} of {page.total} employers
        </span>
        <a className="text-brand-700 font-medium underline" href="/api/staff/training/employers" download>
          Download every employer&apos;s figures (CSV)
        </a>
      </p>
      <DataTable
        caption="Training figures by employer"
        columns={[
          "Employer",
          "In training",
          "Hours approved this month",
          "Weeks waiting",
          "Skills signed off this month",
          "Raises overdue",
        ]}
      >
        {page.rows.map((e) => (
          <tr key={e.organizationId} className="border-b border-slate-200">
            <td className="py-2 pr-4">
              <Link href={`/staff/employers/${e.organizationId}`} className="text-brand-700 font-medium underline">
                {e.legalName}
              </Link>{" "}
              <span className="text-slate-700">({e.state})</span>
            </td>
            <td className="py-2 pr-4 tabular-nums">{number(e.activeApprentices)}</td>
            <td className="py-2 pr-4 tabular-nums">{number(e.hoursApprovedThisMonth)}</td>
            <td className="py-2 pr-4 tabular-nums">{number(e.weeksWaiting)}</td>
            <td className="py-2 pr-4 tabular-nums">{number(e.skillsSignedOffThisMonth)}</td>
            <td className="py-2 pr-4 tabular-nums">{number(e.overdueRaises)}</td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={page.page} pageCount={page.pageCount} basePath="/staff/training" fragment="employers" />
    </div>
  );
}
