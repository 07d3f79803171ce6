import type { Metadata } from "next";
import Link from "next/link";
import { MANAGER_ROLES } from "@/lib/authz";
import { idParam, loadOr404, orgPage } from "@/lib/authz/page";
import { formatLongDate } from "@/lib/dates";
import { formatCents } from "@/lib/forms/fields";
import { firstParam, type SearchParams } from "@/lib/lists";
import { loadTransferForReceiver } from "@/lib/training/transfers/data";
import { dayOf } from "@/lib/training/weeks";
import { TransferRecordSoFar } from "@/components/training/transfer-summary";
import { AcceptTransferForm, DeclineTransferForm } from "@/components/training/transfer-forms";
import { Alert } from "@/components/ui/alert";
import { DescriptionList } from "@/components/ui/description-list";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Transfer" };

/** A transfer proposed to the organization: the record so far, and accepting or declining it (owners and admins). */
export default async function TransferPage({
  params,
  searchParams,
}: {
  params: Promise<{ transferId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const transferId = idParam((await params).transferId);
  const ctx = await orgPage(`/training/transfers/${transferId}`, MANAGER_ROLES);
  const { transfer, proposal } = await loadOr404(() => loadTransferForReceiver(ctx, transferId));
  const declined = firstParam((await searchParams).done) === "declined";
  const { apprentice } = transfer;
  const name = `${apprentice.firstName} ${apprentice.lastName}`;
  return (
    <PageContainer>
      <PageHeader
        title={`Transfer of ${name}`}
        description={`${transfer.fromOrganization.legalName} proposes that ${name} continue their apprenticeship with ${ctx.org.name}, within AAMI's national program.`}
        actions={
          <Link href="/training" className="text-brand-700 underline">
            Back to training
          </Link>
        }
      />
      <div className="flex flex-col gap-8">
        {declined ? (
          <Alert tone="success">
            Transfer declined. We emailed {transfer.fromOrganization.legalName}&apos;s owners and admins and the
            apprentice.
          </Alert>
        ) : null}
        <Section id="transfer" title="The proposal">
          <DescriptionList
            rows={[
              ["From", transfer.fromOrganization.legalName],
              ["First day with you", formatLongDate(transfer.effectiveOn)],
              ["Apprenticeship started", formatLongDate(apprentice.startDate)],
              ["Proposed", formatLongDate(transfer.createdAt)],
              ...(transfer.note ? ([["Note", transfer.note]] as const) : []),
              ...(transfer.status === "DECLINED" ? ([["You declined it", transfer.declineReason ?? ""]] as const) : []),
            ]}
          />
        </Section>
        {transfer.status === "ACCEPTED" ? (
          <Alert tone="info">
            Accepted on {formatLongDate(transfer.decidedAt!)}.{" "}
            <Link href={`/training/${transfer.apprenticeId}`} className="underline">
              Open {apprentice.firstName}&apos;s training record
            </Link>
            .
          </Alert>
        ) : transfer.status !== "PROPOSED" ? (
          <Alert tone="info">
            This transfer was {transfer.status === "DECLINED" ? "declined" : "withdrawn by the sending employer"} on{" "}
            {formatLongDate(transfer.decidedAt!)}; nothing moved.
          </Alert>
        ) : null}
        {proposal ? (
          <>
            <Section id="record" title="The record so far">
              <TransferRecordSoFar progress={proposal.progress} />
            </Section>
            <Section id="accept" title="Accept the transfer">
              {transfer.effectiveOn > dayOf(new Date()) ? (
                <Alert tone="info">
                  You can accept it from {formatLongDate(transfer.effectiveOn)}, {apprentice.firstName}&apos;s first day
                  with you: until then {apprentice.firstName} works for {transfer.fromOrganization.legalName}, whose
                  mentor approves the weeks worked there. It stays under Transfers to answer on your Training page
                  meanwhile.
                </Alert>
              ) : proposal.startsAt === null ? (
                <Alert tone="error">
                  Your organization has no signed wage schedule (checklist step 6), so the wage {apprentice.firstName}{" "}
                  starts at cannot be checked. Sign it first, then come back to accept.
                </Alert>
              ) : proposal.positions.length === 0 ? (
                <Alert tone="error">
                  Your organization has no apprentice position yet. Add one at checklist step 3, then come back to
                  accept.
                </Alert>
              ) : (
                <div className="flex flex-col gap-4">
                  <p className="text-slate-700">
                    Accepting moves {apprentice.firstName}&apos;s training record to {ctx.org.name}, with everything on
                    it. {apprentice.firstName} starts at step {proposal.startsAt.step} of your wage schedule (
                    {proposal.startsAt.period.label.toLowerCase()}, {formatCents(proposal.startsAt.period.cents)} an
                    hour); raises after it are yours to give. Assign a mentor on the record afterwards.
                  </p>
                  <AcceptTransferForm
                    transferId={transfer.id}
                    positions={proposal.positions}
                    minimumWage={(proposal.startsAt.period.cents / 100).toFixed(2)}
                  />
                </div>
              )}
            </Section>
            <Section id="decline" title="Decline the transfer">
              <DeclineTransferForm transferId={transfer.id} />
            </Section>
          </>
        ) : null}
      </div>
    </PageContainer>
  );
}
