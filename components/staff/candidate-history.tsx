import { describeCandidateEvent } from "@/lib/candidates/events";
import type { CandidateForStaff } from "@/lib/candidates/staff/data";
import { formatDateTime } from "@/components/staff/format";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/empty-state";

/** Everything that happened to the candidate's record, newest first, with the staff member who did it. */
export function CandidateHistory({ events }: { events: CandidateForStaff["events"] }) {
  return (
    <Section id="history" title="History">
      {events.length === 0 ? (
        <EmptyState
          title="Nothing recorded yet"
          next="Each change of status, note, profile edit and employer's request for this candidate is recorded here as it happens."
        />
      ) : (
        <ol className="flex flex-col gap-3 text-sm">
          {events.map((e) => {
            const { label, detail } = describeCandidateEvent(e.kind, e.note);
            return (
              <li key={e.id} className="border-l-4 border-slate-300 pl-3">
                <p>
                  <span className="font-semibold">{label}</span>
                  {e.actorName ? ` by ${e.actorName}` : ""}, {formatDateTime(e.createdAt)}
                </p>
                {detail ? <p className="mt-1 whitespace-pre-line">{detail}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
