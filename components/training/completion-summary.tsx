import { formatLongDate } from "@/lib/dates";
import type { CompletionRecord } from "@/lib/training/completion/data";
import { Alert } from "@/components/ui/alert";

/** Where the latest completion request stands: waiting for AAMI, sent back with a reason, or verified. */
export function CompletionSummary({ request }: { request: CompletionRecord["requests"][number] | undefined }) {
  if (!request) return null;
  const completed = `completed on ${formatLongDate(request.completedOn)}`;
  if (request.status === "REQUESTED") {
    return (
      <Alert tone="info" title="Waiting for AAMI">
        Asked on {formatLongDate(request.createdAt)}: {completed}. AAMI staff check the checklist and verify it or say
        what is missing.
      </Alert>
    );
  }
  if (request.status === "RETURNED") {
    return (
      <Alert tone="warning" title="AAMI sent the completion back">
        On {formatLongDate(request.decidedAt ?? request.createdAt)}: {request.returnReason}
      </Alert>
    );
  }
  return (
    <Alert tone="success" title="Completion verified by AAMI">
      The apprentice {completed}. AAMI&apos;s certificate code: {request.certificateCode}.
    </Alert>
  );
}
