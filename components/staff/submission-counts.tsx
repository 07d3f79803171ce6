import type { SubmissionStatus } from "@prisma/client";
import { SUBMISSION_STATUS_LABEL } from "@/lib/review/labels";

const SHOWN: SubmissionStatus[] = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REGISTERED"];

export function SubmissionCounts({ counts }: { counts: Partial<Record<SubmissionStatus, number>> }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {SHOWN.map((status) => (
        <div key={status} className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm text-slate-700">{SUBMISSION_STATUS_LABEL[status]}</dt>
          <dd className="text-2xl font-bold">{counts[status] ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
}
