import type { ApprenticeStatus } from "@prisma/client";
import { DescriptionList } from "@/components/ui/description-list";
import { EmptyState } from "@/components/ui/empty-state";
import { APPRENTICE_MESSAGES } from "@/lib/status-messages";
import { formatDateTime } from "@/components/staff/format";
import type { StaffApprentice } from "@/lib/apprentices/staff/data";

type Agreement = NonNullable<StaffApprentice["agreement"]>;

const signed = (name: string | null, at: Date | null, extra?: string | null) =>
  name && at ? `${name}${extra ? `, ${extra}` : ""}, ${formatDateTime(at)}` : "Not signed yet";

/**
 * The current (not voided) apprenticeship agreement: who signed it and when (a parent or guardian too, for an
 * apprentice under 18 on the start date), and its PDF for staff. With none on file, why, by the apprentice's status.
 */
export function ApprenticeAgreementPanel({
  agreement,
  status,
  guardianRequired,
}: {
  agreement: Agreement | null;
  status: ApprenticeStatus;
  guardianRequired: boolean;
}) {
  if (!agreement) {
    return <EmptyState title="No agreement on file" next={APPRENTICE_MESSAGES.staffAgreementMissing[status]} />;
  }
  return (
    <div className="flex flex-col gap-3">
      <DescriptionList
        rows={[
          ["Employer", signed(agreement.employerSignerName, agreement.employerSignedAt, agreement.employerSignerTitle)],
          ["Apprentice", signed(agreement.apprenticeSignerName, agreement.apprenticeSignedAt)],
          ...(guardianRequired
            ? ([
                [
                  "Parent or guardian",
                  signed(agreement.guardianSignerName, agreement.guardianSignedAt, agreement.guardianRelationship),
                ],
              ] as const)
            : []),
        ]}
      />
      {agreement.fileId ? (
        <p>
          <a className="text-brand-700 font-medium underline" href={`/api/staff/apprentice-agreements/${agreement.id}`}>
            Download the signed apprenticeship agreement (PDF)
          </a>
        </p>
      ) : (
        <EmptyState
          title="No PDF of this agreement is stored"
          next="The portal stores the PDF with each signature and holds none for this one: file the signed copy with the registration records."
        />
      )}
    </div>
  );
}
