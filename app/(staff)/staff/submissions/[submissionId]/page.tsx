import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { idParam, loadOr404, staffPage } from "@/lib/authz/page";
import { businessDaysBetween } from "@/lib/review/business-days";
import { getSubmissionForReview } from "@/lib/review/data";
import { SUBMISSION_MESSAGES } from "@/lib/status-messages";
import { availableDecisions, type StaffDecision } from "@/lib/review/transitions";
import { Alert } from "@/components/ui/alert";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { SubmissionSummary } from "@/components/onboarding/submission-summary";
import { DecisionHistory } from "@/components/review/decision-history";
import { PacketList } from "@/components/review/packet-list";
import { AutomaticChecks, ChangesSinceVersion } from "@/components/review/review-findings";
import {
  ApproveForm,
  ClaimForm,
  RecordAcceptanceForm,
  RejectForm,
  RequestChangesForm,
} from "@/components/review/decision-forms";

export const metadata: Metadata = { title: "Review submission" };

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const DONE: Record<StaffDecision, string> = {
  CLAIM: "You are reviewing this submission. The employer has been told review has started.",
  REQUEST_CHANGES: "Changes requested. The employer has been emailed, and the steps you commented on reopened.",
  APPROVE:
    "Approved and countersigned for AAMI. The registration packet below carries the fully signed agreement to file with the Registration Agency, and the employer has been emailed.",
  REJECT: "Not approved. The employer has been emailed the reason and may submit a new version.",
  RECORD_ACCEPTANCE:
    "Acceptance recorded. A new packet version carries the date, the employer has been emailed, and their apprentices can now be approved.",
};

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ReviewSubmissionPage({
  params,
  searchParams,
}: {
  params: Promise<{ submissionId: string }>;
  searchParams: Promise<{ decided?: string }>;
}) {
  const { submissionId: raw } = await params;
  const { user, staffRole } = await staffPage(`/staff/submissions/${encodeURIComponent(raw)}`);
  const s = await loadOr404(() => getSubmissionForReview(idParam(raw)));
  const requested = (await searchParams).decided;
  const decided = requested && Object.hasOwn(DONE, requested) ? (requested as StaffDecision) : undefined;
  const target = { submissionId: s.id, rowVersion: s.rowVersion };
  const decisions = availableDecisions(s, { id: user.id, staffRole });
  const waiting = ["SUBMITTED", "IN_REVIEW"].includes(s.status) ? businessDaysBetween(s.submittedAt, new Date()) : null;
  const latestVersion = s.versions[0]?.version ?? s.version;

  return (
    <PageContainer>
      <PageHeader
        title={`${s.organization.legalName}: version ${s.version}`}
        description={
          <>
            {SUBMISSION_MESSAGES.label[s.status]}. Submitted by {s.submittedByName} on {dateTime.format(s.submittedAt)}{" "}
            UTC{waiting !== null ? `, waiting ${waiting} business day${waiting === 1 ? "" : "s"}` : ""}.{" "}
            {s.reviewerName ? `Reviewer: ${s.reviewerName}.` : "Not claimed yet."}{" "}
            <Link className="text-brand-700 underline" href={`/staff/employers/${s.organizationId}`}>
              {s.organization.city}, {s.organization.state}: the organization&apos;s page
            </Link>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {decided ? <Alert tone="success">{DONE[decided]}</Alert> : null}
        {s.version < latestVersion ? (
          <Alert tone="warning" title="This is an older version">
            The organization has since submitted version {latestVersion}.{" "}
            <Link className="underline" href={`/staff/submissions/${s.versions[0]!.id}`}>
              Review the latest version
            </Link>
            .
          </Alert>
        ) : null}

        <Panel id="decide-heading" title="Decision">
          <p className="text-sm">
            {s.agencyAcceptedAt
              ? `Accepted by the Registration Agency on ${s.agencyAcceptedAt.toISOString().slice(0, 10)}. `
              : ""}
            {SUBMISSION_MESSAGES.staffNext[s.status]}
          </p>
          {decisions.includes("CLAIM") ? <ClaimForm target={target} takeOver={s.status === "IN_REVIEW"} /> : null}
          {decisions.includes("APPROVE") ? (
            <ApproveForm target={target} countersigner={{ name: user.name ?? "", email: user.email }} />
          ) : s.status === "IN_REVIEW" && staffRole !== "STAFF_ADMIN" ? (
            <p className="text-sm">
              Approval countersigns the employer acceptance agreement for AAMI, so a staff administrator approves. Ask
              one to approve when your review is done, or request changes.
            </p>
          ) : null}
          {decisions.includes("REQUEST_CHANGES") ? (
            <details className="rounded border border-slate-200 p-3">
              <summary className="cursor-pointer font-semibold">Request changes</summary>
              <div className="mt-3">
                <RequestChangesForm target={target} />
              </div>
            </details>
          ) : null}
          {decisions.includes("REJECT") ? (
            <details className="rounded border border-slate-200 p-3">
              <summary className="cursor-pointer font-semibold">Do not approve</summary>
              <div className="mt-3">
                <RejectForm target={target} />
              </div>
            </details>
          ) : null}
          {decisions.includes("RECORD_ACCEPTANCE") ? (
            <RecordAcceptanceForm target={target} today={new Date().toISOString().slice(0, 10)} />
          ) : null}
        </Panel>

        <Panel id="checks-heading" title="Automatic checks">
          <AutomaticChecks flags={s.flags} />
        </Panel>

        {s.changes ? (
          <Panel id="changes-heading" title={`What changed since version ${s.changes.sinceVersion}`}>
            <ChangesSinceVersion changes={s.changes.list} />
          </Panel>
        ) : null}

        <Panel id="packets-heading" title="DOL registration packets">
          <PacketList packets={s.packets} />
        </Panel>

        {s.agreementId ? (
          <Panel id="agreement-heading" title="Signed Employer Acceptance Agreement">
            <iframe
              title={`Signed Employer Acceptance Agreement of ${s.organization.legalName}`}
              src={`/api/agreements/${s.agreementId}`}
              className="h-[36rem] w-full rounded border border-slate-300"
            />
          </Panel>
        ) : null}

        <section aria-labelledby="submitted-heading" className="flex flex-col gap-3">
          <h2 id="submitted-heading" className="text-lg font-semibold">
            What the employer submitted
          </h2>
          <SubmissionSummary snapshot={s.snapshot} ratio={s.standards.ratio} />
        </section>

        <Panel id="history-heading" title="History of this version">
          <DecisionHistory decisions={s.decisions} comments={s.comments} />
        </Panel>
      </div>
    </PageContainer>
  );
}
