import Link from "next/link";
import type { ReactNode } from "react";
import type { StaffOverview } from "@/lib/staff/overview";
import { formatMedianDays } from "@/lib/staff/stats";
import { SUBMISSION_MESSAGES } from "@/lib/status-messages";
import { formatDate } from "@/components/staff/format";

const DAY_MS = 86_400_000;

export function Stat({ term, value, children }: { term: string; value: ReactNode; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4">
      <dt className="text-sm font-semibold text-slate-800">{term}</dt>
      <dd className="mt-1 text-3xl font-bold text-slate-900">{value}</dd>
      <dd className="mt-2 text-sm text-slate-700">{children}</dd>
    </div>
  );
}

/** The three numbers staff check first: what waits for them, how fast review goes, what the Registration Agencies accepted. */
export function OverviewStats({ overview }: { overview: StaffOverview }) {
  const { waiting, review, registrations } = overview;
  const { quarter } = registrations;
  const quarterLastDay = new Date(quarter.end.getTime() - DAY_MS);
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      <Stat term="Submissions waiting" value={waiting.submitted + waiting.inReview}>
        {SUBMISSION_MESSAGES.label.SUBMITTED}: {waiting.submitted}. {SUBMISSION_MESSAGES.label.IN_REVIEW}:{" "}
        {waiting.inReview}. Latest versions only.{" "}
        <Link className="text-brand-700 font-medium underline" href="/staff/queue">
          Open the review queue
        </Link>
      </Stat>
      <Stat term="Median time in review" value={formatMedianDays(review.medianDays)}>
        {review.decisions > 0
          ? `From submission to decision, over the ${review.decisions} ${review.decisions === 1 ? "decision" : "decisions"} made in the last ${review.windowDays} days.`
          : `No submission was decided in the last ${review.windowDays} days.`}
      </Stat>
      <Stat term="Acceptances this quarter" value={registrations.count}>
        Employers accepted into the program by their Registration Agency in {quarter.label} ({formatDate(quarter.start)}{" "}
        to {formatDate(quarterLastDay)}, UTC).
      </Stat>
    </dl>
  );
}
