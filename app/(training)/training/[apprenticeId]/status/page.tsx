import type { Metadata } from "next";
import Link from "next/link";
import { idParam, trainingPage } from "@/lib/authz/page";
import { isTrainingManager } from "@/lib/authz/training";
import { formatLongDate } from "@/lib/dates";
import { firstParam, type SearchParams } from "@/lib/lists";
import { checklistMet } from "@/lib/training/completion/checklist";
import { loadCompletion } from "@/lib/training/completion/data";
import { loadTrainingStatus } from "@/lib/training/lifecycle/data";
import { CANCELLATION_REASONS, STATUS_LABEL } from "@/lib/training/lifecycle/rules";
import { isoDay } from "@/lib/training/weeks";
import { CompletionChecklist } from "@/components/training/completion-checklist";
import { CompletionSummary } from "@/components/training/completion-summary";
import { RequestCompletionForm } from "@/components/training/request-completion-form";
import { loadCertificates } from "@/lib/training/certificates/data";
import { CertificateDownloads } from "@/components/training/certificate-downloads";
import { CancelForm, ResumeForm, SuspendForm } from "@/components/training/status-forms";
import { ProposeTransferForm } from "@/components/training/transfer-forms";
import { SentTransferSummary } from "@/components/training/transfer-summary";
import { latestTransferFrom } from "@/lib/training/transfers/data";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { DescriptionList } from "@/components/ui/description-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Training status" };

const DONE: Record<string, string> = {
  completion: "Sent to AAMI. Staff check the checklist and verify the completion, or tell you what is missing.",
  suspend: "Training suspended. We emailed the apprentice, their mentor and your owners and admins.",
  resume: "Training resumed. We emailed the apprentice, their mentor and your owners and admins.",
  "transfer-proposed":
    "Transfer proposed. We emailed the receiving employer's owners and admins and the apprentice; nothing moves until they accept.",
  "transfer-withdrawn": "Proposal withdrawn. We emailed the receiving employer's owners and admins and the apprentice.",
  "transfer-accepted":
    "Transfer accepted: the training record is now your organization's, with everything on it. Assign a mentor on the training record.",
  cancel:
    "Apprenticeship cancelled. We emailed the apprentice, their mentor and your owners and admins; AAMI reports it to the Registration Agency.",
};

export default async function TrainingStatusPage({
  params,
  searchParams,
}: {
  params: Promise<{ apprenticeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const apprenticeId = idParam((await params).apprenticeId);
  const access = await trainingPage(`/training/${apprenticeId}/status`, apprenticeId);
  const done = DONE[firstParam((await searchParams).done)];
  const managing = isTrainingManager(access) && !access.isApprentice;
  const [{ apprentice, probationEndsOn, changes }, completion, certificates, sentTransfer] = await Promise.all([
    loadTrainingStatus(access),
    loadCompletion(access),
    loadCertificates(apprenticeId),
    managing ? latestTransferFrom(access) : null,
  ]);
  const latest = completion.requests[0];
  const standing = latest?.status === "REQUESTED" || latest?.status === "VERIFIED";
  const status = apprentice.trainingStatus;
  const today = isoDay(new Date());
  return (
    <PageContainer>
      <PageHeader
        title={
          access.isApprentice
            ? "Your training status"
            : `${apprentice.firstName} ${apprentice.lastName}'s training status`
        }
        description="Whether the training is active, suspended or ended, and every change, with its day and reason."
        actions={
          <Link href={`/training/${apprenticeId}`} className="text-brand-700 underline">
            Back to the training record
          </Link>
        }
      />
      <div className="flex flex-col gap-8">
        {done ? <Alert tone="success">{done}</Alert> : null}
        <Section id="status" title="Status">
          <DescriptionList
            rows={[
              ["Status", STATUS_LABEL[status]],
              ["Started", formatLongDate(apprentice.startDate)],
              ["Probationary period", `Until ${formatLongDate(probationEndsOn)}`],
            ]}
          />
        </Section>
        {status === "ACTIVE" || status === "COMPLETED" ? (
          <Section id="completion" title="Completion">
            <div className="flex flex-col gap-4">
              <CompletionSummary request={latest} />
              {status === "ACTIVE" ? (
                <>
                  <p className="text-slate-700">
                    The apprentice has completed the program when every item below is done. An owner or admin then asks
                    AAMI to verify it; AAMI issues its own certificate and reports the completion to the Registration
                    Agency, which issues the Department of Labor&apos;s certificate.
                  </p>
                  <CompletionChecklist items={completion.checklist} />
                  {managing && !standing ? (
                    checklistMet(completion.checklist) ? (
                      <RequestCompletionForm apprenticeId={apprenticeId} today={today} />
                    ) : (
                      <p className="text-sm text-slate-700">
                        You can ask AAMI to verify the completion once every item is done.
                      </p>
                    )
                  ) : null}
                </>
              ) : null}
            </div>
          </Section>
        ) : null}
        {certificates ? (
          <Section id="certificates" title="Certificates">
            <CertificateDownloads certificates={certificates} dol={access.isApprentice || access.orgRole !== null} />
          </Section>
        ) : null}
        {managing && (status === "ACTIVE" || status === "SUSPENDED") ? (
          <>
            {status === "ACTIVE" ? (
              <Section id="suspend" title="Suspend the training">
                <p className="mb-3 text-slate-700">
                  For a pause (leave, injury, a break in relevant work): nothing new is recorded until you resume it.
                </p>
                <SuspendForm apprenticeId={apprenticeId} today={today} />
              </Section>
            ) : (
              <Section id="resume" title="Resume the training">
                <ResumeForm apprenticeId={apprenticeId} />
              </Section>
            )}
            {status === "ACTIVE" || sentTransfer?.status === "PROPOSED" ? (
              <Section id="transfer" title="Transfer to another employer partner">
                <div className="flex flex-col gap-4">
                  <p className="text-slate-700">
                    When {apprentice.firstName} moves to another employer partner of AAMI&apos;s program and agrees to
                    continue the apprenticeship there. Their hours, skills signed off, courses and credentials go with
                    them once the receiving employer accepts. Weeks, sign-offs and courses waiting here are settled
                    first.
                  </p>
                  {sentTransfer ? <SentTransferSummary transfer={sentTransfer} /> : null}
                  {status === "ACTIVE" && sentTransfer?.status !== "PROPOSED" ? (
                    <ProposeTransferForm apprenticeId={apprenticeId} firstName={apprentice.firstName} />
                  ) : null}
                </div>
              </Section>
            ) : null}
            <Section id="cancel" title="Cancel the apprenticeship">
              <p className="mb-3 text-slate-700">
                When the apprenticeship has ended without completion. Whether it ended within the probationary period is
                worked out from the day. The record stays readable; AAMI reports the cancellation to the Registration
                Agency.
              </p>
              <CancelForm apprenticeId={apprenticeId} today={today} />
            </Section>
          </>
        ) : null}
        <Section id="history" title="History">
          {changes.length === 0 ? (
            <EmptyState
              title="No changes yet"
              next="The training has been active since the start date. Suspensions, returns and an end show here."
            />
          ) : (
            <DataTable caption="Status changes" columns={["From", "Change", "Details", "Recorded"]}>
              {changes.map((c) => (
                <tr key={c.id} className="border-b border-slate-200">
                  <td className="py-2 pr-4">{formatLongDate(c.effectiveOn)}</td>
                  <td className="py-2 pr-4">
                    {STATUS_LABEL[c.fromStatus]} → {STATUS_LABEL[c.toStatus]}
                  </td>
                  <td className="py-2 pr-4">
                    {c.cancellationReason
                      ? `${CANCELLATION_REASONS[c.cancellationReason]}, ${c.inProbation ? "within" : "after"} probation${c.reason ? `: ${c.reason}` : ""}`
                      : c.returnOn
                        ? `${c.reason} (expected back ${formatLongDate(c.returnOn)})`
                        : (c.reason ?? "")}
                  </td>
                  <td className="py-2 pr-4">{formatLongDate(c.createdAt)}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </Section>
      </div>
    </PageContainer>
  );
}
