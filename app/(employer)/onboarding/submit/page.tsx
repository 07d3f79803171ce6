import { formatLongDate } from "@/lib/dates";
import type { Metadata } from "next";
import Link from "next/link";
import { MANAGER_ROLES } from "@/lib/authz";
import { db } from "@/lib/db";
import { STEP_PAGES, stepLabel } from "@/lib/onboarding/checklist";
import { loadStepPage } from "@/lib/onboarding/page";
import { getLatestSubmission } from "@/lib/onboarding/submit/data";
import { missingBeforeSubmitting } from "@/lib/onboarding/submit/readiness";
import { SUBMITTABLE_AFTER } from "@/lib/review/transitions";
import { buildSubmissionSnapshot } from "@/lib/onboarding/submit/snapshot";
import { listPackets } from "@/lib/packets/data";
import { getSetting } from "@/lib/settings/data";
import { SUBMISSION_MESSAGES, submissionState } from "@/lib/status-messages";
import { Alert } from "@/components/ui/alert";
import { StepPage } from "@/components/onboarding/step-page";
import { SubmissionSummary } from "@/components/onboarding/submission-summary";
import { SubmitForm } from "@/components/onboarding/submit-form";
import { PacketList } from "@/components/review/packet-list";

export const metadata: Metadata = { title: "Step 7: Submit to AAMI" };

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

export default async function SubmitStepPage() {
  const { org, role, facts } = await loadStepPage("/onboarding/submit", "SUBMIT");
  const [latest, packets, reviewTargetDays] = await Promise.all([
    getLatestSubmission(org.id),
    listPackets(org.id),
    getSetting("reviewTargetBusinessDays"),
  ]);
  const canSubmit = SUBMITTABLE_AFTER.includes(latest?.status ?? null);

  const state = submissionState(latest?.status);
  const message = SUBMISSION_MESSAGES.employerSubmitPage[state];
  const nextSteps = message.next({ version: latest?.version ?? 0, reviewTargetDays });

  if (latest && !canSubmit) {
    return (
      <StepPage
        title="Step 7: Submit to AAMI"
        description="Your submission and where it stands."
        readOnlyNotice={SUBMISSION_MESSAGES.employerReadOnlyStep[state]}
      >
        <Alert tone="success" title={message.title(latest.version)}>
          Sent by {latest.submittedByName} on {when.format(latest.submittedAt)} UTC. Status:{" "}
          {SUBMISSION_MESSAGES.label[state]}.
        </Alert>
        <section aria-labelledby="next-heading">
          <h2 id="next-heading" className="mb-2 text-lg font-semibold">
            What happens next
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            {nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="packets-heading">
          <h2 id="packets-heading" className="mb-2 text-lg font-semibold">
            DOL registration packet
          </h2>
          {latest.agencyAcceptedAt ? (
            <p className="mb-2">
              Accepted into AAMI&apos;s program by the Registration Agency on {formatLongDate(latest.agencyAcceptedAt)}.
            </p>
          ) : null}
          <PacketList packets={packets} />
        </section>
        <section aria-labelledby="submitted-heading" className="flex flex-col gap-3">
          <h2 id="submitted-heading" className="text-lg font-semibold">
            What you submitted
          </h2>
          <SubmissionSummary snapshot={latest.snapshot} ratio={facts.ratio} />
        </section>
      </StepPage>
    );
  }

  const missing = missingBeforeSubmitting(facts);
  const preview = missing.length === 0 ? await buildSubmissionSnapshot(db, org.id) : null;
  return (
    <StepPage
      title="Step 7: Submit to AAMI"
      // How to submit, the same the first time and after changes or a refusal (their alert says what changed).
      description={SUBMISSION_MESSAGES.employerSubmitPage.NOT_SUBMITTED.next({
        version: latest?.version ?? 0,
        reviewTargetDays,
      }).join(" ")}
    >
      {latest?.status === "CHANGES_REQUESTED" ? (
        <Alert tone="warning" title={message.title(latest.version)}>
          <ul className="list-disc pl-5">
            {latest.comments.map((c) => (
              <li key={c.id}>
                {stepLabel(c.step)}: {c.body}
              </li>
            ))}
          </ul>
          {nextSteps.join(" ")}
        </Alert>
      ) : null}
      {latest?.status === "REJECTED" ? (
        <Alert tone="warning" title={message.title(latest.version)}>
          {latest.rejectionReason ? <p>Reason: {latest.rejectionReason}</p> : null}
          {nextSteps.join(" ")}
        </Alert>
      ) : null}
      {missing.length > 0 ? (
        <section aria-labelledby="missing-heading">
          <h2 id="missing-heading" className="mb-2 text-lg font-semibold">
            Before you can submit
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {missing.map((m) => (
              <li key={m.step}>
                {STEP_PAGES[m.step] ? (
                  <Link className="text-brand-700 underline" href={STEP_PAGES[m.step]!}>
                    {m.label}
                  </Link>
                ) : (
                  m.label
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview ? (
        <>
          <section aria-labelledby="review-heading" className="flex flex-col gap-3">
            <h2 id="review-heading" className="text-lg font-semibold">
              Review what you are submitting
            </h2>
            <SubmissionSummary snapshot={preview} ratio={facts.ratio} />
          </section>
          <section aria-labelledby="submit-heading" className="rounded-lg border border-slate-200 p-5">
            <h2 id="submit-heading" className="mb-3 text-lg font-semibold">
              Submit
            </h2>
            {MANAGER_ROLES.includes(role) ? (
              <SubmitForm basedOnVersion={latest?.version ?? 0} />
            ) : (
              <Alert>Only an owner or admin of your organization can submit. Ask one of them to submit here.</Alert>
            )}
          </section>
        </>
      ) : null}
    </StepPage>
  );
}
