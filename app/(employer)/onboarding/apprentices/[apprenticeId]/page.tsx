import type { Metadata } from "next";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { creditStandards } from "@/lib/program/standards/model";
import Link from "next/link";
import { idParam, loadOr404, partnerPage } from "@/lib/authz/page";
import { deleteDraftEnrollment } from "@/lib/apprentices/enrollment/actions";
import { currentAgreement } from "@/lib/apprentices/agreement/data";
import { EDITABLE_STATUSES, getApprenticeForOrg } from "@/lib/apprentices/enrollment/data";
import { MANAGER_ROLES } from "@/lib/authz";
import { APPRENTICE_MESSAGES } from "@/lib/status-messages";
import { IN_TRAINING } from "@/lib/training/status";
import type { SearchParams } from "@/lib/lists";
import { AgreementPanel } from "@/components/apprentices/agreement-panel";
import { ApprenticeSummary } from "@/components/apprentices/apprentice-summary";
import { StepEightNotOpen } from "@/components/apprentices/not-yet-partner";
import { RecordActionForm } from "@/components/forms/record-action-form";
import { StepPage } from "@/components/onboarding/step-page";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Apprentice" };

export default async function ApprenticePage({
  params,
  searchParams,
}: {
  params: Promise<{ apprenticeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const apprenticeId = idParam((await params).apprenticeId);
  const partner = await partnerPage(`/onboarding/apprentices/${apprenticeId}`);
  if (!partner) return <StepEightNotOpen />;
  const apprentice = await loadOr404(() => getApprenticeForOrg(partner.org.id, apprenticeId));
  const [agreement, standards] = await Promise.all([
    currentAgreement(partner.org.id, apprenticeId),
    getCurrentStandards(),
  ]);
  const editable = (EDITABLE_STATUSES as readonly string[]).includes(apprentice.status);
  const { saved, sent } = await searchParams;
  return (
    <StepPage
      title={`${apprentice.firstName} ${apprentice.lastName}`}
      description={`${APPRENTICE_MESSAGES.label[apprentice.status]}. ${APPRENTICE_MESSAGES.employerNext[apprentice.status]}`}
    >
      {saved ? <Alert tone="success">The enrollment was saved.</Alert> : null}
      {sent && apprentice.status === "PENDING_SIGNATURES" ? (
        <Alert tone="success" title="Signed and sent">
          We emailed {apprentice.firstName} at {apprentice.email} a link to sign the agreement.
        </Alert>
      ) : null}
      {IN_TRAINING.includes(apprentice.status) ? (
        <p>
          <Link href={`/training/${apprentice.id}`} className={buttonClasses()}>
            Training record: mentor and hours
          </Link>
        </p>
      ) : null}
      <ApprenticeSummary apprentice={apprentice} standards={creditStandards(standards)} />
      <AgreementPanel
        apprentice={apprentice}
        agreement={agreement}
        canSign={MANAGER_ROLES.includes(partner.role)}
        signerName={partner.user.name ?? ""}
      />
      {editable ? (
        <p>
          <Link href={`/onboarding/apprentices/${apprentice.id}/edit`} className={buttonClasses("secondary")}>
            Change the enrollment
          </Link>
        </p>
      ) : null}
      {apprentice.status === "DRAFT" ? (
        <section aria-labelledby="delete-heading" className="rounded-lg border border-slate-200 p-5">
          <h2 id="delete-heading" className="mb-3 text-lg font-semibold">
            Delete this enrollment
          </h2>
          <RecordActionForm
            action={deleteDraftEnrollment}
            idField="apprenticeId"
            id={apprentice.id}
            explanation="For a hire that fell through or an enrollment made by mistake. Nobody has signed it yet."
            label="Delete the enrollment"
          />
        </section>
      ) : null}
      <p>
        <Link className="text-brand-700 font-medium underline" href="/onboarding/apprentices">
          All apprentices
        </Link>
      </p>
    </StepPage>
  );
}
