import type { Metadata } from "next";
import Link from "next/link";
import { idParam, loadOr404, staffPage } from "@/lib/authz/page";
import { availableRegistrationActions, type RegistrationAction } from "@/lib/apprentices/registration/rules";
import { ageOn } from "@/lib/apprentices/enrollment/schemas";
import { getApprenticeForStaff } from "@/lib/apprentices/staff/data";
import { APPRENTICE_MESSAGES } from "@/lib/status-messages";
import { firstParam, type SearchParams } from "@/lib/lists";
import { PROGRAM } from "@/lib/program";
import { loadCompletion } from "@/lib/training/completion/data";
import { loadCertificates } from "@/lib/training/certificates/data";
import { CREDENTIAL_LABELS } from "@/lib/training/credentials/kinds";
import { IN_TRAINING } from "@/lib/training/status";
import { ApprenticeSummary } from "@/components/apprentices/apprentice-summary";
import { PacketList } from "@/components/review/packet-list";
import { ApprenticeAgreementPanel } from "@/components/staff/apprentice-agreement-panel";
import { formatDate } from "@/components/staff/format";
import {
  AdjustCreditForm,
  ApproveRegistrationForm,
  RecordRapidsIdForm,
  SendBackRegistrationForm,
} from "@/components/staff/registration-forms";
import { ReturnCredentialForm, VerifyCredentialForm } from "@/components/staff/credential-forms";
import { CompletionChecklist } from "@/components/training/completion-checklist";
import { CompletionSummary } from "@/components/training/completion-summary";
import { ReturnCompletionForm, VerifyCompletionForm } from "@/components/staff/completion-forms";
import { DolCertificateForm } from "@/components/staff/dol-certificate-form";
import { CertificateDownloads } from "@/components/training/certificate-downloads";
import { CredentialList } from "@/components/training/credential-list";
import { Section } from "@/components/ui/section";
import { Alert } from "@/components/ui/alert";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Apprentice registration" };

const DONE: Record<
  | RegistrationAction
  | "credential-verified"
  | "credential-returned"
  | "completion-verified"
  | "completion-returned"
  | "dol-certificate",
  string
> = {
  APPROVE:
    "Approved. A new version of the organization's DOL registration packet lists the apprentice, and the employer has been emailed.",
  SEND_BACK:
    "Sent back. The enrollment is a draft again, its signed agreement void, and the employer has been emailed the reason.",
  RECORD_RAPIDS_ID: "RAPIDS apprentice ID recorded: the apprentice is registered, and the employer has been emailed.",
  ADJUST_CREDIT:
    "Credit adjusted. The credited hours, starting wage step and entry wage were worked out again; the employer sees the change on the apprentice's page.",
  "credential-verified": "Credential verified. The employer and the apprentice have been emailed.",
  "completion-verified":
    "Completion verified. AAMI's certificate is issued, the training is completed, and the employer, the apprentice and the mentor have been emailed. Report the completion in RAPIDS (Apprentices, Status changes for RAPIDS).",
  "completion-returned": "Completion sent back. The employer and the apprentice have been emailed what is missing.",
  "credential-returned":
    "Credential returned. The employer and the apprentice have been emailed your reason, and can enter it again.",
  "dol-certificate":
    "DOL's certificate uploaded. The apprentice and the employer have been emailed that they can download it.",
};

const panel = "rounded-lg border border-slate-200 p-5";

export default async function StaffApprenticePage({
  params,
  searchParams,
}: {
  params: Promise<{ apprenticeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { apprenticeId: raw } = await params;
  await staffPage(`/staff/apprentices/${encodeURIComponent(raw)}`);
  const view = await loadOr404(() => getApprenticeForStaff(idParam(raw)));
  const { apprentice: a, agreement, wageSchedule, packets } = view;
  const certificates = await loadCertificates(a.id);
  const requested = firstParam((await searchParams).done);
  const done = Object.hasOwn(DONE, requested) ? DONE[requested as keyof typeof DONE] : null;
  const target = { apprenticeId: a.id, rowVersion: a.rowVersion };
  const actions = availableRegistrationActions(a.status);
  const blocker = actions.includes("APPROVE") ? view.approvalBlocker : null;
  const org = a.organization;
  // Completion applies once the apprentice is in training: the checklist as it stands, and any request.
  const completion = IN_TRAINING.includes(a.status) ? await loadCompletion({ apprenticeId: a.id }) : null;

  return (
    <PageContainer>
      <PageHeader
        title={`${a.firstName} ${a.lastName}`}
        description={
          <>
            {APPRENTICE_MESSAGES.label[a.status]}. Apprentice of{" "}
            <Link className="text-brand-700 underline" href={`/staff/employers/${org.id}`}>
              {org.legalName}
            </Link>{" "}
            ({org.city}, {org.state}).{" "}
            {org.agencyAcceptedAt
              ? `Accepted into AAMI's program by the Registration Agency on ${formatDate(org.agencyAcceptedAt)}.`
              : "The Registration Agency has not accepted the employer's agreement yet."}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {done ? <Alert tone="success">{done}</Alert> : null}

        <Section id="registration" title="Registration" className={panel}>
          <div className="flex flex-col gap-4">
            <p className="text-sm text-slate-800">{APPRENTICE_MESSAGES.staffNext[a.status]}</p>
            {actions.includes("APPROVE") ? (
              blocker ? (
                <Alert tone="warning" title="This registration cannot be approved yet">
                  {blocker.message}
                </Alert>
              ) : (
                <ApproveRegistrationForm target={target} />
              )
            ) : null}
            {actions.includes("SEND_BACK") ? (
              <details className="rounded border border-slate-200 p-3">
                <summary className="cursor-pointer font-semibold">Send back to the employer</summary>
                <div className="mt-3">
                  <SendBackRegistrationForm target={target} />
                </div>
              </details>
            ) : null}
            {a.status === "APPROVED" ? (
              <>
                <p className="text-sm text-slate-800">
                  Approved{a.approvedAt ? ` on ${formatDate(a.approvedAt)}` : ""}
                  {view.approvedByName ? ` by ${view.approvedByName}` : ""}.{" "}
                  <Link className="text-brand-700 underline" href="/staff/apprentices">
                    Open the RAPIDS file
                  </Link>
                  .
                </p>
                <RecordRapidsIdForm target={target} />
              </>
            ) : null}
            {a.status === "REGISTERED" ? (
              <p className="text-sm text-slate-800">
                Registered with DOL{a.registeredAt ? ` on ${formatDate(a.registeredAt)}` : ""}: RAPIDS apprentice ID{" "}
                <strong>{a.rapidsApprenticeId}</strong>.
              </p>
            ) : null}
          </div>
        </Section>

        {actions.includes("ADJUST_CREDIT") ? (
          <Section id="adjust-credit" title="Adjust fast-track credit" className={panel}>
            {a.skillCredits.length > 0 ? (
              <div className="flex flex-col gap-3">
                <p className="text-sm text-slate-800">
                  Lower the hours credited for a skill set, or remove the credit, when the evidence does not show
                  mastery of all of it. The credited hours, the starting wage step and the entry wage are worked out
                  again from the employer&apos;s wage schedule, and the employer sees that AAMI adjusted the credit.
                  {a.creditAdjustedAt
                    ? ` Last adjusted on ${formatDate(a.creditAdjustedAt)}${view.creditAdjustedByName ? ` by ${view.creditAdjustedByName}` : ""}.`
                    : ""}
                </p>
                <AdjustCreditForm
                  target={target}
                  credits={a.skillCredits}
                  wageSchedule={wageSchedule}
                  standards={view.standards}
                />
              </div>
            ) : (
              <p className="text-sm text-slate-700">
                The employer claimed no fast-track credit: the apprentice trains in every skill set.
              </p>
            )}
          </Section>
        ) : null}

        {IN_TRAINING.includes(a.status) ? (
          <Section id="credentials" title="Credentials" className={panel}>
            <CredentialList
              credentials={view.credentials}
              evidence
              actions={(c) =>
                c.status === "waiting" ? (
                  <div className="flex flex-col gap-3">
                    <VerifyCredentialForm credentialId={c.credential.id} label={CREDENTIAL_LABELS[c.kind]} />
                    <details className="rounded border border-slate-200 p-3">
                      <summary className="cursor-pointer font-semibold">
                        Return {CREDENTIAL_LABELS[c.kind]} with a reason
                      </summary>
                      <div className="mt-3">
                        <ReturnCredentialForm credentialId={c.credential.id} />
                      </div>
                    </details>
                  </div>
                ) : null
              }
            />
          </Section>
        ) : null}

        {completion ? (
          <Section id="completion" title="Completion" className={panel}>
            <div className="flex flex-col gap-4">
              <CompletionSummary request={completion.requests[0]} />
              {completion.requests[0]?.status === "VERIFIED" ? null : (
                <CompletionChecklist items={completion.checklist} />
              )}
              {completion.requests[0]?.status === "REQUESTED" ? (
                <div className="flex flex-col gap-3">
                  <VerifyCompletionForm
                    completionId={completion.requests[0].id}
                    rowVersion={completion.requests[0].rowVersion}
                  />
                  <details className="rounded border border-slate-200 p-3">
                    <summary className="cursor-pointer font-semibold">Send the completion back with a reason</summary>
                    <div className="mt-3">
                      <ReturnCompletionForm
                        completionId={completion.requests[0].id}
                        rowVersion={completion.requests[0].rowVersion}
                      />
                    </div>
                  </details>
                </div>
              ) : null}
            </div>
          </Section>
        ) : null}

        {certificates ? (
          <Section id="certificates" title="Certificates" className={panel}>
            <div className="flex flex-col gap-4">
              <CertificateDownloads certificates={certificates} dol />
              {certificates.dolCertificateUploadedAt ? null : (
                <DolCertificateForm completionId={certificates.id} rowVersion={certificates.rowVersion} />
              )}
            </div>
          </Section>
        ) : null}

        <Section id="agreement" title="Apprenticeship agreement" className={panel}>
          <ApprenticeAgreementPanel
            agreement={agreement}
            status={a.status}
            guardianRequired={ageOn(a.dateOfBirth, a.startDate) < PROGRAM.adultAge}
          />
        </Section>

        <Section id="enrollment" title="Enrollment">
          <ApprenticeSummary apprentice={a} standards={view.standards} />
        </Section>

        <Section id="packets" title="The organization's DOL registration packets" className={panel}>
          <PacketList packets={packets} />
        </Section>

        <p>
          <Link className="text-brand-700 font-medium underline" href="/staff/queue/apprentices">
            All apprentice registrations waiting for AAMI
          </Link>
        </p>
      </div>
    </PageContainer>
  );
}
