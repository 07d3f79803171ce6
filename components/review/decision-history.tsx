import type { DecisionKind, StepKey } from "@prisma/client";
import { stepLabel } from "@/lib/onboarding/checklist";
import { SUBMISSION_MESSAGES } from "@/lib/status-messages";
import { EmptyState } from "@/components/ui/empty-state";

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const KIND_LABEL: Record<DecisionKind, string> = {
  CLAIM: "Claimed for review",
  REQUEST_CHANGES: "Requested changes",
  APPROVE: "Approved",
  REJECT: "Did not approve",
  RECORD_ACCEPTANCE: "Recorded the Registration Agency's acceptance",
  RESUBMIT: "Resubmitted with changes",
};

type Decision = {
  id: string;
  kind: DecisionKind;
  toStatus: keyof typeof SUBMISSION_MESSAGES.label;
  actorName: string;
  reason: string | null;
  createdAt: Date;
};
type Comment = { id: string; step: StepKey; body: string; resolvedAt: Date | null; decisionId: string | null };

/** The submission's decisions in order, with the comments a change request made. */
export function DecisionHistory({ decisions, comments }: { decisions: Decision[]; comments: Comment[] }) {
  if (decisions.length === 0) {
    return (
      <EmptyState
        title="No decision yet"
        next="Claiming, asking for changes, approving, not approving and recording the Registration Agency's acceptance each appear here, with who and when."
      />
    );
  }
  return (
    <ol className="flex flex-col gap-3 text-sm">
      {decisions.map((d) => (
        <li key={d.id} className="border-l-4 border-slate-300 pl-3">
          <p>
            <span className="font-semibold">{KIND_LABEL[d.kind]}</span> by {d.actorName}, {dateTime.format(d.createdAt)}{" "}
            UTC → {SUBMISSION_MESSAGES.label[d.toStatus]}
          </p>
          {d.reason ? <p className="mt-1">Reason: {d.reason}</p> : null}
          {d.kind === "REQUEST_CHANGES" ? (
            <ul className="mt-1 list-disc pl-5">
              {comments
                .filter((c) => c.decisionId === d.id)
                .map((c) => (
                  <li key={c.id}>
                    {stepLabel(c.step)}: {c.body} {c.resolvedAt ? "(answered by a resubmission)" : "(open)"}
                  </li>
                ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
