import type { SubmissionStatus } from "@prisma/client";

const SHOWN: Array<{ status: SubmissionStatus; label: string }> = [
  { status: "SUBMITTED", label: "Waiting for review" },
  { status: "IN_REVIEW", label: "In review" },
  { status: "CHANGES_REQUESTED", label: "Changes requested" },
  { status: "APPROVED", label: "Approved" },
  { status: "REGISTERED", label: "Registered with DOL" },
];

export function SubmissionCounts({ counts }: { counts: Partial<Record<SubmissionStatus, number>> }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      {SHOWN.map(({ status, label }) => (
        <div key={status} className="rounded-lg border border-slate-200 p-4">
          <dt className="text-sm text-slate-700">{label}</dt>
          <dd className="text-2xl font-bold">{counts[status] ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
}
