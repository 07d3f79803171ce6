import Link from "next/link";
import { formatLongDate } from "@/lib/dates";
import type { OpenSignOffRequests } from "@/lib/training/skills/data";
import { EmptyState } from "@/components/ui/empty-state";

/** The skills the mentor's apprentices asked to have signed off, oldest first, each leading to the skill's page. */
export function SignOffRequestList({ requests }: { requests: OpenSignOffRequests }) {
  if (requests.length === 0) {
    return (
      <EmptyState
        title="No sign-offs asked for"
        next="When an apprentice you mentor asks you to sign off a skill, it appears here and we email you."
      />
    );
  }
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200">
      {requests.map((r) => (
        <li key={r.id} className="flex flex-col gap-1 p-3 text-sm">
          <Link
            href={`/training/${r.apprentice.id}/skills/${encodeURIComponent(r.skillCode)}`}
            className="text-brand-700 inline-flex min-h-11 items-center font-medium underline"
          >
            {r.apprentice.firstName} {r.apprentice.lastName}: {r.skillCode} {r.skill?.title ?? ""}
          </Link>
          <span className="text-slate-700">
            Asked on {formatLongDate(r.createdAt)}
            {r.note ? `: “${r.note}”` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
