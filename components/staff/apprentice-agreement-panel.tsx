import { DescriptionList } from "@/components/ui/description-list";
import { formatDateTime } from "@/components/staff/format";
import type { StaffApprentice } from "@/lib/apprentices/staff/data";

type Agreement = NonNullable<StaffApprentice["agreement"]>;

const signed = (name: string | null, at: Date | null, extra?: string | null) =>
  name && at ? `${name}${extra ? `, ${extra}` : ""}, ${formatDateTime(at)}` : "Not signed yet";

/**
 * The current (not voided) apprenticeship agreement: who signed it and when (a parent or guardian too, for an
 * apprentice under 18 on the start date), and its PDF for staff.
 */
export function ApprenticeAgreementPanel({
  agreement,
  guardianRequired,
}: {
  agreement: Agreement | null;
  guardianRequired: boolean;
}) {
  if (!agreement) {
    return (
      <p className="text-sm text-slate-700">
        No apprenticeship agreement yet: the employer signs one once the enrollment is ready, then the apprentice signs
        it from the link they are emailed.
      </p>
    );
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
        <p className="text-sm text-slate-700">The signed agreement&apos;s PDF is not stored yet.</p>
      )}
    </div>
  );
}
