import Link from "next/link";
import { formatLongDate } from "@/lib/dates";
import { CREDENTIAL_KINDS } from "@/lib/training/credentials/kinds";
import type { TraineeProgress } from "@/lib/training/dashboard/data";
import { formatHours } from "@/lib/training/hours/progress";
import type { SentTransfer, TransfersWaiting } from "@/lib/training/transfers/data";
import { RecordActionForm } from "@/components/forms/record-action-form";
import { withdrawApprenticeTransfer } from "@/lib/training/transfers/actions";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { DescriptionList } from "@/components/ui/description-list";

/** What moves with the apprentice: the transcript the receiving employer reads before it answers. */
export function TransferRecordSoFar({ progress }: { progress: TraineeProgress }) {
  return (
    <DescriptionList
      rows={[
        [
          "On-the-job hours",
          `${formatHours(progress.countedHours)} of ${formatHours(progress.requiredHours)} (${formatHours(progress.approvedHours)} approved, ${formatHours(progress.creditedHours)} credited)`,
        ],
        ["Skills signed off", `${progress.skillsSignedOff} of ${progress.skillsTotal}`],
        [
          "Related instruction this year",
          progress.instruction
            ? `${formatHours(progress.instruction.confirmedHours)} of ${formatHours(progress.instruction.requiredHours)} hours (year ${progress.instruction.year})`
            : "None recorded",
        ],
        ["Credentials verified by AAMI", `${progress.credentialsVerified} of ${CREDENTIAL_KINDS.length}`],
      ]}
    />
  );
}

/** The sending employer's latest proposal, where it stands, and withdrawing it while unanswered. */
export function SentTransferSummary({ transfer }: { transfer: SentTransfer }) {
  const to = transfer.toOrganization.legalName;
  if (transfer.status === "PROPOSED") {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="info">
          Proposed on {formatLongDate(transfer.createdAt)} to {to}, from {formatLongDate(transfer.effectiveOn)}. Waiting
          for their owners or admins to accept or decline it.
        </Alert>
        <RecordActionForm
          action={withdrawApprenticeTransfer}
          idField="transferId"
          id={transfer.id}
          explanation="Until they answer, you can take the proposal back: they and the apprentice are told, and nothing changes on the record."
          label="Withdraw the proposal"
          pendingLabel="Saving…"
          variant="secondary"
        />
      </div>
    );
  }
  return (
    <Alert tone="info">
      Your last proposal, to {to}, was {transfer.status === "DECLINED" ? "declined" : "withdrawn"} on{" "}
      {formatLongDate(transfer.decidedAt!)}
      {transfer.declineReason ? `: ${transfer.declineReason}` : ""}.
    </Alert>
  );
}

/** The proposals waiting for the organization's answer, on /training. */
export function TransfersToAnswer({ list }: { list: TransfersWaiting }) {
  if (list.total === 0) return null;
  return (
    <section aria-labelledby="transfers-heading" className="mb-8">
      <h2 id="transfers-heading" className="mb-3 text-lg font-semibold">
        Transfers to answer: {list.total}
      </h2>
      <DataTable
        caption="Apprentices other employers propose to transfer to you"
        columns={["Apprentice", "From", "First day"]}
      >
        {list.transfers.map((t) => (
          <tr key={t.id} className="border-b border-slate-200">
            <td className="py-2 pr-4">
              <Link href={`/training/transfers/${t.id}`} className="text-brand-700 underline">
                {t.apprentice.firstName} {t.apprentice.lastName}
              </Link>
            </td>
            <td className="py-2 pr-4">{t.fromOrganization.legalName}</td>
            <td className="py-2 pr-4">{formatLongDate(t.effectiveOn)}</td>
          </tr>
        ))}
      </DataTable>
      {list.total > list.transfers.length ? (
        <p className="mt-2 text-sm text-slate-700">
          The oldest {list.transfers.length} are shown; answer them to see the rest.
        </p>
      ) : null}
    </section>
  );
}
