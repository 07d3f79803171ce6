import type { ApprenticeStatus } from "@prisma/client";
import type { currentAgreement } from "@/lib/apprentices/agreement/data";
import { resendSigningLink } from "@/lib/apprentices/agreement/actions";
import { EmployerSignForm } from "@/components/apprentices/employer-sign-form";
import { RecordActionForm } from "@/components/forms/record-action-form";
import { formatDate } from "@/components/staff/format";
import { EmptyState } from "@/components/ui/empty-state";
import { APPRENTICE_MESSAGES } from "@/lib/status-messages";

type Agreement = Awaited<ReturnType<typeof currentAgreement>>;

const linkClass = "text-brand-700 font-medium underline";

/**
 * The apprentice's agreement on the employer's page: sign it, follow the apprentice's signature, download it. With
 * no agreement on file (and nothing to sign now), it says why, and who acts (APPRENTICE_MESSAGES).
 */
export function AgreementPanel({
  apprentice,
  agreement,
  canSign,
  signerName,
}: {
  apprentice: { id: string; status: ApprenticeStatus; rowVersion: number; firstName: string; email: string | null };
  agreement: Agreement;
  /** Owners and admins sign for the organization. */
  canSign: boolean;
  signerName: string;
}) {
  return (
    <section aria-labelledby="agreement-heading" className="flex flex-col gap-4 rounded-lg border border-slate-200 p-5">
      <h2 id="agreement-heading" className="text-lg font-semibold">
        Apprenticeship agreement
      </h2>
      {apprentice.status === "DRAFT" ? (
        canSign ? (
          <>
            <p className="text-sm text-slate-800">
              Check the enrollment above, then sign for your organization. We then email {apprentice.firstName} at{" "}
              {apprentice.email} a link to read and sign the agreement (with a parent or guardian if they are under 18).
            </p>
            <EmployerSignForm
              apprenticeId={apprentice.id}
              rowVersion={apprentice.rowVersion}
              defaultName={signerName}
            />
          </>
        ) : (
          <EmptyState title="Not signed yet" next={APPRENTICE_MESSAGES.employerAgreementMissing.DRAFT} />
        )
      ) : null}
      {!agreement && apprentice.status !== "DRAFT" ? (
        <EmptyState
          title="No agreement on file"
          next={APPRENTICE_MESSAGES.employerAgreementMissing[apprentice.status]}
        />
      ) : null}
      {agreement ? (
        <ul className="list-disc pl-6 text-sm text-slate-800">
          <li>
            Signed for the employer by {agreement.employerSignerName}
            {agreement.employerSignedAt ? ` on ${formatDate(agreement.employerSignedAt)}` : ""}.
          </li>
          <li>
            {agreement.apprenticeSignedAt
              ? `Signed by ${agreement.apprenticeSignerName} on ${formatDate(agreement.apprenticeSignedAt)}.`
              : `Waiting for ${apprentice.firstName} to sign (link sent to ${apprentice.email}${
                  agreement.signingTokenExpiresAt ? `, works until ${formatDate(agreement.signingTokenExpiresAt)}` : ""
                }).`}
          </li>
          {agreement.guardianSignedAt ? (
            <li>
              Signed by {agreement.guardianSignerName}, parent or guardian, on {formatDate(agreement.guardianSignedAt)}.
            </li>
          ) : null}
        </ul>
      ) : null}
      {agreement?.fileId ? (
        <p className="text-sm">
          <a className={linkClass} href={`/api/apprentice-agreements/${agreement.id}`}>
            Read the agreement (PDF)
          </a>
        </p>
      ) : agreement ? (
        // Each signature stores the PDF with it, so an agreement without one is a record the portal did not make.
        <EmptyState
          title="No PDF of this agreement is stored"
          next="The portal stores the PDF with each signature and holds none for this one. Ask AAMI for the signed copy."
        />
      ) : null}
      {apprentice.status === "PENDING_SIGNATURES" ? (
        <RecordActionForm
          action={resendSigningLink}
          idField="apprenticeId"
          id={apprentice.id}
          explanation="Lost the email, or the link expired? A new link replaces the old one."
          label="Email a new signing link"
          pendingLabel="Sending…"
          variant="secondary"
        />
      ) : null}
    </section>
  );
}
