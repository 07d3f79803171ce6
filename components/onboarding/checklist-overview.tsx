import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { SegmentBar } from "@/components/ui/segment-bar";
import { STEP_KEY_BY_NAME, STEP_PAGES, type Checklist, type ChecklistItem } from "@/lib/onboarding/checklist";
import { STEP_MESSAGES } from "@/lib/status-messages";
import { buttonClasses } from "@/components/ui/button";

const STATUS_CLASS: Record<ChecklistItem["status"], string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-brand-50 text-brand-800",
  COMPLETE: "bg-green-100 text-green-900",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900",
};

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/**
 * The step to do next. The employer gets a primary button straight to its page; staff, and a step without a page of
 * its own (step 1 is done by registering), get the sentence alone.
 */
function WhatsNext({ step, linked }: { step: ChecklistItem; linked: boolean }) {
  const page = STEP_PAGES[STEP_KEY_BY_NAME[step.key]];
  // The title as written: lowercasing it would turn "AAMI" and "Employer Acceptance Agreement" into common words.
  const sentence = `Step ${step.number}: ${step.title}`;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 text-slate-800">
      <span className="font-semibold">What&apos;s next:</span>{" "}
      {linked && page ? (
        <Link href={page} className={buttonClasses("primary")}>
          {sentence}
        </Link>
      ) : (
        <span>{sentence}.</span>
      )}
    </div>
  );
}

/**
 * The eight steps with their status. Staff see the same checklist read-only (`readOnly` drops the links to the
 * employer's step pages), nested under their own section heading (`headingLevel`).
 */
export function ChecklistOverview({
  checklist,
  acceptance = null,
  readOnly = false,
  headingLevel = 2,
}: {
  checklist: Checklist;
  acceptance?: { acceptedAt: Date } | null;
  readOnly?: boolean;
  headingLevel?: 2 | 3;
}) {
  const StepHeading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-col gap-6">
      {acceptance ? (
        <Alert tone="success" title="Accepted by the Registration Agency">
          The Registration Agency accepted your employer acceptance agreement into AAMI&apos;s program on{" "}
          {dateFormat.format(acceptance.acceptedAt)}. AAMI can now approve the apprentices you enroll at step 8 for
          registration.
        </Alert>
      ) : null}
      <div>
        <div className="flex items-center justify-between text-sm text-slate-800">
          <span id="progress-label">
            {checklist.completeCount} of {checklist.items.length} steps complete
          </span>
          <span>{checklist.percent}%</span>
        </div>
        <div
          role="progressbar"
          aria-labelledby="progress-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={checklist.percent}
          className="mt-2"
        >
          <SegmentBar
            className="h-3 w-full rounded-full bg-slate-200"
            segments={[{ percent: checklist.percent, className: "fill-brand-700" }]}
          />
        </div>
        {checklist.next ? <WhatsNext step={checklist.next} linked={!readOnly} /> : null}
      </div>
      <ol className="flex flex-col gap-3">
        {checklist.items.map((item) => (
          <li key={item.key} className="rounded-lg border border-slate-200 p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <StepHeading className="font-semibold">
                  <span className="text-slate-700">Step {item.number}.</span>{" "}
                  {STEP_PAGES[STEP_KEY_BY_NAME[item.key]] && !item.locked && !readOnly ? (
                    <Link className="text-brand-700 underline" href={STEP_PAGES[STEP_KEY_BY_NAME[item.key]]!}>
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </StepHeading>
                <p className="text-sm text-slate-700">{item.summary}</p>
              </div>
              <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_CLASS[item.status]}`}>
                {STEP_MESSAGES.label[item.locked ? "LOCKED" : item.status]}
              </span>
            </div>
            {item.completedAt ? (
              <p className="mt-2 text-sm text-slate-700">
                Completed {dateFormat.format(item.completedAt)}
                {item.completedByName ? ` by ${item.completedByName}` : ""}
              </p>
            ) : null}
            {item.lockedReason ? <p className="mt-2 text-sm text-slate-700">{item.lockedReason}</p> : null}
            {item.statusNote ? <p className="mt-2 text-sm text-slate-700">{item.statusNote}</p> : null}
            {item.reviewComments.length > 0 ? (
              <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
                <p className="font-semibold">AAMI asked you to change:</p>
                <ul className="list-disc pl-5">
                  {item.reviewComments.map((comment, i) => (
                    <li key={i}>{comment}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
