import Link from "next/link";
import type { OjtEntryStatus } from "@prisma/client";
import type { LoggedEntry } from "@/lib/training/hours/data";
import { formatHours } from "@/lib/training/hours/progress";
import { isoDay, weekLabel } from "@/lib/training/weeks";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";

const STATUS: Record<OjtEntryStatus, { label: string; className: string }> = {
  SUBMITTED: { label: "Waiting for the mentor", className: "bg-amber-50 text-amber-900 border-amber-200" },
  APPROVED: { label: "Approved", className: "bg-green-50 text-green-900 border-green-200" },
  RETURNED: { label: "Sent back", className: "bg-red-50 text-red-900 border-red-200" },
};

export function StatusBadge({ status }: { status: OjtEntryStatus }) {
  const { label, className } = STATUS[status];
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${className}`}>{label}</span>;
}

/** What can be done to an entry: edit it while it waits or was sent back, correct it once approved. */
export function entryLink(apprenticeId: string, entry: LoggedEntry): { href: string; label: string } | null {
  const week = `/training/${apprenticeId}/log?week=${isoDay(entry.weekStart)}`;
  if (entry.status !== "APPROVED") return { href: `${week}&entry=${entry.id}`, label: "Edit" };
  if (!entry.correctedById) return { href: `${week}&correct=${entry.id}`, label: "Correct" };
  return null;
}

/** One week's entries: skill set, hours, status, the mentor's comment, and what the reader can do. */
export function WeekEntries({
  apprenticeId,
  entries,
  titles,
  canLog,
}: {
  apprenticeId: string;
  entries: readonly LoggedEntry[];
  titles: Record<string, string>;
  canLog: boolean;
}) {
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200">
      {entries.map((entry) => {
        const action = canLog ? entryLink(apprenticeId, entry) : null;
        return (
          <li key={entry.id} className="flex flex-col gap-1 p-3 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-semibold text-slate-900">{titles[entry.skillSetKey] ?? entry.skillSetKey}</span>
              <StatusBadge status={entry.status} />
            </div>
            <p className="text-slate-800">
              {formatHours(entry.totalMinutes / 60)} hours
              {entry.correctsId ? " · a correction of an approved entry" : ""}
              {entry.correctedById ? " · replaced by a correction" : ""}
            </p>
            {entry.note ? <p className="text-slate-700">Note: {entry.note}</p> : null}
            {entry.status === "RETURNED" && entry.reviewComment ? (
              <p className="text-red-900">Mentor: {entry.reviewComment}</p>
            ) : null}
            {action ? (
              <p>
                <Link
                  href={action.href}
                  className="text-brand-700 inline-flex min-h-11 items-center font-medium underline"
                >
                  {action.label}
                  <span className="sr-only">
                    {" "}
                    {titles[entry.skillSetKey] ?? entry.skillSetKey}, {weekLabel(entry.weekStart).toLowerCase()}
                  </span>
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The record's weeks, newest first, a page at a time. */
export function WeekList({
  apprenticeId,
  weeks,
  titles,
  canLog,
  firstName,
}: {
  apprenticeId: string;
  weeks: { total: number; page: number; pageCount: number; rows: { weekStart: Date; entries: LoggedEntry[] }[] };
  titles: Record<string, string>;
  canLog: boolean;
  firstName: string;
}) {
  if (weeks.total === 0) {
    return (
      <EmptyState
        title="No hours logged yet"
        next={
          canLog
            ? "Log each week's hours in the skill sets worked; the mentor approves them."
            : `${firstName} logs each week's hours; they appear here for the mentor to approve.`
        }
        action={
          canLog ? (
            <Link href={`/training/${apprenticeId}/log`} className="text-brand-700 font-medium underline">
              Log the first week
            </Link>
          ) : undefined
        }
      />
    );
  }
  return (
    <div className="flex flex-col gap-5">
      {weeks.rows.map((week) => (
        <section key={week.weekStart.toISOString()} aria-label={weekLabel(week.weekStart)}>
          <h3 className="mb-2 font-semibold text-slate-900">{weekLabel(week.weekStart)}</h3>
          <WeekEntries apprenticeId={apprenticeId} entries={week.entries} titles={titles} canLog={canLog} />
        </section>
      ))}
      <Pagination
        page={weeks.page}
        pageCount={weeks.pageCount}
        basePath={`/training/${apprenticeId}`}
        fragment="weeks-heading"
      />
    </div>
  );
}
