import "server-only";
import type { StaffContext } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { countersignAgreementPdf } from "@/lib/pdf/countersignature";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import type { Tx } from "@/lib/prisma-client";
import { readStoredFile, storeFile } from "@/lib/storage";

export type CountersignInput = {
  signerName: string;
  signerTitle: string;
  ip: string | null;
  userAgent: string | null;
};

/**
 * AAMI's countersignature on the employer acceptance agreement a submission carries, made in the approval's
 * transaction: the employer-signed file with a countersignature page appended, stored as a new file, and the
 * signer's evidence on the agreement. The employer-signed file stays as it was. Refused when the agreement is no
 * longer valid (voided since it was submitted) or already countersigned.
 */
export async function countersignAgreement(
  tx: Tx,
  ctx: StaffContext,
  submission: { organizationId: string; agreementId: string | null; organization: { legalName: string } },
  input: CountersignInput,
) {
  const agreement = submission.agreementId
    ? await tx.employerAgreement.findFirst({
        where: { id: submission.agreementId, organizationId: submission.organizationId },
        select: {
          id: true,
          version: true,
          status: true,
          signedFileId: true,
          signedSha256: true,
          countersignedAt: true,
        },
      })
    : null;
  if (!agreement || agreement.status !== "SIGNED" || agreement.countersignedAt) {
    throw new AppError(
      "CONFLICT",
      "The employer's signed agreement on this submission is no longer one AAMI can countersign (it was voided or is already countersigned). Ask the employer for changes instead.",
    );
  }
  const signed = await readStoredFile(tx, agreement.signedFileId);
  const signedAt = new Date();
  const bytes = await countersignAgreementPdf(
    signed.bytes,
    {
      organizationName: submission.organization.legalName,
      agreementVersion: agreement.version,
      signerName: input.signerName,
      signerTitle: input.signerTitle,
      signerEmail: ctx.user.email,
      signedAt,
      ip: input.ip,
      userAgent: input.userAgent,
      employerSignedSha256: agreement.signedSha256,
    },
    pdfFontFiles(),
  );
  const file = await storeFile(tx, {
    organizationId: submission.organizationId,
    filename: signed.filename.replace(/(\.pdf)?$/i, "-countersigned.pdf"),
    contentType: "application/pdf",
    bytes,
  });
  await tx.employerAgreement.update({
    where: { id: agreement.id },
    data: {
      countersignedFileId: file.id,
      countersignedSha256: file.sha256,
      countersignerUserId: ctx.user.id,
      countersignerName: input.signerName,
      countersignerTitle: input.signerTitle,
      countersignerEmail: ctx.user.email,
      countersignedAt: signedAt,
      countersignerIp: input.ip,
      countersignerUserAgent: input.userAgent,
    },
  });
  return { sha256: file.sha256 };
}
