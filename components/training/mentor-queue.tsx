import Link from "next/link";
import type { MentorQueue as MentorQueueData } from "@/lib/training/hours/data";
import { QUEUE_PAGE_SIZE } from "@/lib/training/hours/data";
import { formatHours, dayHoursText } from "@/lib/training/hours/progress";
import { skillSetLabel } from "@/lib/program/standards/model";
import { DAY_NAMES, weekLabel } from "@/lib/training/weeks";
import { tickedValue } from "@/lib/forms/fields";
import { BatchForm } from "@/components/forms/batch-form";
import { approveWeekHours } from "@/lib/training/hours/actions";
import { ReturnHoursForm } from "@/components/training/return-hours-form";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, shownRange } from "@/components/ui/pagination";

const APPROVE_FORM_ID = "approve-hours";

/**
 * The entries waiting for the mentor, oldest week first. Each has a box that joins the batch approval form and its
 * own "send back" form (forms cannot nest, so the boxes name the approval form above the list instead).
 */
export function MentorQueue({ queue }: { queue: MentorQueueData }) {
  if (queue.total === 0) {
    return (
      <EmptyState
        title="Nothing waits for your approval"
        next="When an apprentice you mentor logs a week, it appears here."
        action={
          <Link href="/training" className="text-brand-700 font-medium underline">
            See your apprentices
          </Link>
        }
      />
    );
  }
  const titles = Object.fromEntries(queue.standards.skillSets.map((s) => [s.key, skillSetLabel(s)]));
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">
        Showing {shownRange(queue.page, QUEUE_PAGE_SIZE, queue.rows.length)} of {queue.total}. Tick the entries to
        approve, then press the button.
      </p>
      <BatchForm
        id={APPROVE_FORM_ID}
        action={approveWeekHours}
        field="entries"
        label={`Approve ticked entries (${queue.rows.length} on this page)`}
        pendingLabel="Approving…"
      />
      <ul className="flex flex-col gap-3">
        {queue.rows.map((entry) => {
          const boxId = `approve-${entry.id}`;
          const title = titles[entry.skillSetKey] ?? entry.skillSetKey;
          return (
            <li key={entry.id} className="rounded-lg border border-slate-200 p-4">
              <label htmlFor={boxId} className="flex min-h-11 cursor-pointer items-start gap-3">
                <input
                  id={boxId}
                  type="checkbox"
                  name="entries"
                  value={tickedValue(entry)}
                  form={APPROVE_FORM_ID}
                  className="mt-1 h-5 w-5 shrink-0 rounded border-slate-500"
                />
                <span className="flex flex-col gap-1 text-sm">
                  <span className="font-semibold text-slate-900">
                    {entry.apprentice.firstName} {entry.apprentice.lastName} · {weekLabel(entry.weekStart)}
                  </span>
                  <span>
                    {title}: {formatHours(entry.totalMinutes / 60)} hours
                    {entry.correctsId ? " (a correction of an approved entry)" : ""}
                  </span>
                  <span className="text-slate-700">
                    {DAY_NAMES.flatMap((day, i) => {
                      const hours = dayHoursText(entry.dayMinutes[i] ?? 0);
                      return hours ? [`${day.slice(0, 3)} ${hours}`] : [];
                    }).join(" · ")}
                  </span>
                  {entry.note ? <span className="text-slate-700">Note: {entry.note}</span> : null}
                </span>
              </label>
              <details className="mt-2">
                <summary className="text-brand-700 inline-flex min-h-11 cursor-pointer items-center text-sm font-medium underline">
                  Send back to {entry.apprentice.firstName}
                </summary>
                <div className="mt-2">
                  <ReturnHoursForm entryId={entry.id} rowVersion={entry.rowVersion} />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <Pagination page={queue.page} pageCount={queue.pageCount} basePath="/training/review" />
    </div>
  );
}
