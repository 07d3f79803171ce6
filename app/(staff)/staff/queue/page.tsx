import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/lib/authz/page";
import { countRegistrationsWaiting } from "@/lib/apprentices/registration/data";
import { SUBMISSION_MESSAGES } from "@/lib/status-messages";
import { listQueue, listReviewers } from "@/lib/review/queue";
import { parseQueueFilters, queueParams } from "@/lib/review/queue-filters";
import { getSetting } from "@/lib/settings/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueueFiltersForm } from "@/components/review/queue-filters-form";
import { QueueTable } from "@/components/review/queue-table";
import { QueueTabs } from "@/components/staff/queue-tabs";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Review queue" };

const TABS = ["SUBMITTED", "IN_REVIEW", "APPROVED", "CHANGES_REQUESTED", "REJECTED", "ACCEPTED"] as const;

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user } = await staffPage("/staff/queue");
  const filters = parseQueueFilters(await searchParams);
  const [queue, reviewers, targetDays, registrationsWaiting] = await Promise.all([
    listQueue(filters, user.id),
    listReviewers(),
    getSetting("reviewTargetBusinessDays"),
    countRegistrationsWaiting(),
  ]);
  return (
    <PageContainer>
      <PageHeader
        title="Review queue"
        description={`Each organization's latest submission. Waiting longer than ${targetDays} business days is highlighted.`}
      />
      <QueueTabs current="submissions" registrationsWaiting={registrationsWaiting} />
      <nav aria-label="Submissions by status" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {TABS.map((status) => (
            <li key={status}>
              <Link
                href={`/staff/queue?${new URLSearchParams(queueParams(filters, { status })).toString()}`}
                aria-current={filters.status === status ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 text-sm ${filters.status === status ? "bg-brand-700 border-brand-700 text-white" : "border-slate-300 text-slate-900"}`}
              >
                {SUBMISSION_MESSAGES.label[status]}: {queue.counts[status] ?? 0}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueueFiltersForm filters={filters} reviewers={reviewers} />
      <h2 className="mb-3 text-lg font-semibold" aria-live="polite">
        {queue.total} submission{queue.total === 1 ? "" : "s"}
      </h2>
      {queue.rows.length === 0 ? (
        Object.keys(queueParams(filters)).length === 0 ? (
          <EmptyState
            title="Nothing is waiting on AAMI"
            next="New submissions appear here as soon as an employer submits step 7, and stay until AAMI records the Registration Agency's acceptance."
          />
        ) : (
          <EmptyState title="No submission matches these filters" next="Try clearing some of them." />
        )
      ) : (
        <QueueTable rows={queue.rows} now={new Date()} targetDays={targetDays} />
      )}
      <Pagination page={queue.page} pageCount={queue.pageCount} basePath="/staff/queue" params={queueParams(filters)} />
    </PageContainer>
  );
}
