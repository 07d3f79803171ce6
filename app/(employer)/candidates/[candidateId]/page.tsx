import type { Metadata } from "next";
import Link from "next/link";
import { idParam, loadOr404, partnerPage } from "@/lib/authz/page";
import { getCandidateForPartner } from "@/lib/candidates/partner/data";
import { interestDate } from "@/lib/candidates/partner/schemas";
import { Alert } from "@/components/ui/alert";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { NotYetPartner } from "@/components/candidates/not-yet-partner";
import { PartnerCandidateProfile } from "@/components/candidates/partner-candidate-profile";
import { SendInterestForm } from "@/components/candidates/send-interest-form";

export const metadata: Metadata = { title: "Candidate" };

export default async function CandidatePage({
  params,
  searchParams,
}: {
  params: Promise<{ candidateId: string }>;
  searchParams: Promise<{ sent?: string | string[] }>;
}) {
  const { candidateId: raw } = await params;
  const partner = await partnerPage(`/candidates/${encodeURIComponent(raw)}`);
  if (!partner) return <NotYetPartner />;
  const candidate = await loadOr404(() => getCandidateForPartner(idParam(raw)));
  const { interest } = candidate;
  // Only a confirmation of something that happened: ?sent=1 on a candidate nobody wrote to shows nothing.
  const justSent = (await searchParams).sent === "1" && interest !== null;
  return (
    <PageContainer>
      <PageHeader
        title={`${candidate.firstName} ${candidate.lastName}`}
        description={`${candidate.city}, ${candidate.state}`}
        actions={
          <Link className="text-brand-700 font-medium underline" href="/candidates">
            All candidates
          </Link>
        }
      />
      <div className="mb-6 flex flex-col gap-4">
        {justSent ? (
          <Alert tone="success" title="Interest sent">
            We emailed {candidate.firstName} your message. They may answer you directly at {partner.user.email}.
          </Alert>
        ) : null}
        <Alert>
          Views of candidate profiles are logged. Use these details only to talk with {candidate.firstName} about an
          apprenticeship.
        </Alert>
      </div>
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <PartnerCandidateProfile candidate={candidate} />
        <section aria-labelledby="interest-heading" className="self-start rounded-lg border border-slate-200 p-5">
          <h2 id="interest-heading" className="mb-3 text-lg font-semibold text-slate-900">
            Express interest
          </h2>
          {interest ? (
            <p className="text-slate-800">
              Your organization sent interest on {interestDate(interest.sentAt)}
              {interest.senderName ? ` by ${interest.senderName}` : ""}. {candidate.firstName} has your message by
              email; contact them directly with the details on this page.
            </p>
          ) : (
            <SendInterestForm
              candidateId={candidate.id}
              candidateFirstName={candidate.firstName}
              senderEmail={partner.user.email}
            />
          )}
          <h2 className="mt-6 mb-2 text-lg font-semibold text-slate-900">Hired them?</h2>
          <p className="text-slate-800">
            <Link
              className="text-brand-700 font-medium underline"
              href={`/onboarding/apprentices/new?candidate=${candidate.id}`}
            >
              Enroll {candidate.firstName} as an apprentice
            </Link>
            , starting from these details.
          </p>
        </section>
      </div>
    </PageContainer>
  );
}
