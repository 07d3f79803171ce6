import type { Metadata } from "next";
import Link from "next/link";
import { idParam, loadOr404, staffPage } from "@/lib/authz/page";
import { CANDIDATE_STATUS_OPTIONS, optionLabel } from "@/lib/candidates/options";
import { deleteCandidateOnRequest } from "@/lib/candidates/staff/actions";
import { getCandidateForStaff } from "@/lib/candidates/staff/data";
import { RecordActionForm } from "@/components/forms/record-action-form";
import { Alert } from "@/components/ui/alert";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { CandidateHistory } from "@/components/staff/candidate-history";
import { WithdrawnBadge } from "@/components/staff/candidate-list";
import { CandidateProfile } from "@/components/staff/candidate-profile";
import { CandidateSelfIdentification } from "@/components/staff/candidate-self-identification";
import { CandidateStatusForm } from "@/components/staff/candidate-status-form";
import { formatDateTime } from "@/components/staff/format";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Candidate" };

export default async function StaffCandidatePage({
  params,
  searchParams,
}: {
  params: Promise<{ candidateId: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
}) {
  const { candidateId: raw } = await params;
  const { staffRole } = await staffPage(`/staff/candidates/${encodeURIComponent(raw)}`);
  const candidate = await loadOr404(() => getCandidateForStaff(idParam(raw)));
  const status = optionLabel(CANDIDATE_STATUS_OPTIONS, candidate.status);
  const saved = (await searchParams).saved === "status";
  return (
    <PageContainer>
      <PageHeader
        title={`${candidate.firstName} ${candidate.lastName}`}
        description={
          <>
            Status: {status}.{candidate.withdrawnAt ? <WithdrawnBadge /> : null}
          </>
        }
        actions={
          <Link className="text-brand-700 font-medium underline" href="/staff/candidates">
            All candidates
          </Link>
        }
      />
      <div className="flex flex-col gap-8">
        {saved ? <Alert tone="success">Saved. The status is now {status.toLowerCase()}.</Alert> : null}
        {candidate.withdrawnAt ? (
          <Alert tone="warning" title="Withdrawn">
            The candidate withdrew on {formatDateTime(candidate.withdrawnAt)} and asked not to be contacted.
          </Alert>
        ) : null}
        <CandidateProfile candidate={candidate} />
        <Section id="status" title={`Status: ${status}`}>
          <CandidateStatusForm key={candidate.status} candidateId={candidate.id} status={candidate.status} />
        </Section>
        <CandidateHistory events={candidate.events} />
        <CandidateSelfIdentification demographics={candidate.demographics} />
        {staffRole === "STAFF_ADMIN" ? (
          <Section id="delete" title="Delete at the candidate's request">
            <RecordActionForm
              action={deleteCandidateOnRequest}
              idField="candidateId"
              id={candidate.id}
              explanation="Candidates can delete their profile themselves through their private link. If one asks AAMI instead, delete it here: the profile, voluntary answers, history, employer views and interests and the emails sent to them are removed; only anonymous counts for the region and sign-up month remain (of people, and of each self-identification answer). This cannot be undone."
              confirmation="The candidate asked AAMI to delete their data."
              label="Delete this candidate"
            />
          </Section>
        ) : null}
      </div>
    </PageContainer>
  );
}
