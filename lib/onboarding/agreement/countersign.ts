import "server-only";
import type { StaffContext } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { countersignAgreementPdf } from "@/lib/pdf/countersignature";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import type { Tx } from "@/lib/prisma-client";
import { readStoredFile, sha256Hex, storeFile } from "@/lib/storage";

export type CountersignInput = {
  signerName: string;
  signerTitle: string;
  ip: string | null;
  userAgent: string | null;
};

type CountersignedSubmission = {
  organizationId: string;
  agreementId: string | null;
  organization: { legalName: string };
};

/**
 * The agreement a submission carries, when AAMI can still countersign it; refused when it is no longer valid
 * (voided since it was submitted) or already countersigned.
 */
async function agreementToCountersign(tx: Tx, submission: CountersignedSubmission) {
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
  return agreement;
}

/**
 * AAMI's countersignature on the employer acceptance agreement a submission carries, built before the approval's
 * transaction: the employer-signed file with a countersignature page appended. The employer-signed file stays as
 * it was; `recordCountersignature` stores the new one in the transaction.
 */
export async function prepareCountersignature(
  tx: Tx,
  ctx: StaffContext,
  submission: CountersignedSubmission,
  input: CountersignInput,
) {
  const agreement = await agreementToCountersign(tx, submission);
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
  return {
    agreementId: agreement.id,
    input,
    /** The countersigned agreement as the registration packet carries it. */
    document: {
      bytes,
      filename: signed.filename.replace(/(\.pdf)?$/i, "-countersigned.pdf"),
      countersignature: {
        sha256: sha256Hex(bytes),
        signerName: input.signerName,
        signerTitle: input.signerTitle,
        signedAt,
      },
    },
  };
}
export type PreparedCountersignature = Awaited<ReturnType<typeof prepareCountersignature>>;

/**
 * In the approval's transaction: stores the prepared countersigned file and the signer's evidence on the agreement,
 * refused as `prepareCountersignature` refuses when the agreement changed since.
 */
export async function recordCountersignature(
  tx: Tx,
  ctx: StaffContext,
  submission: CountersignedSubmission,
  prepared: PreparedCountersignature,
) {
  const agreement = await agreementToCountersign(tx, submission);
  // The submission names one agreement for good; a different one means the preparation was for another submission.
  if (agreement.id !== prepared.agreementId)
    throw new Error("The countersignature was prepared for another agreement.");
  const { document, input } = prepared;
  const file = await storeFile(tx, {
    organizationId: submission.organizationId,
    filename: document.filename,
    contentType: "application/pdf",
    bytes: document.bytes,
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
      countersignedAt: document.countersignature.signedAt,
      countersignerIp: input.ip,
      countersignerUserAgent: input.userAgent,
    },
  });
  return { sha256: file.sha256 };
}

/** Prepares and records the countersignature in one transaction, for the seed (no decisions run beside it). */
export async function countersignAgreement(
  tx: Tx,
  ctx: StaffContext,
  submission: CountersignedSubmission,
  input: CountersignInput,
) {
  return recordCountersignature(tx, ctx, submission, await prepareCountersignature(tx, ctx, submission, input));
}
