import "server-only";
import type { StaffContext } from "@/lib/authz";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueMailToMany } from "@/lib/mail/outbox";
import { employerRecipients } from "@/lib/organizations/recipients";
import { storeFile } from "@/lib/storage";
import { readUploadedPdf } from "@/lib/storage/pdf-upload";
import type { UploadDolCertificateInput } from "@/lib/training/certificates/schemas";

// DOL's Certificate of Completion of Apprenticeship is issued by the Registration Agency from RAPIDS; the portal never
// makes it. When it arrives, AAMI staff upload it on the staff apprentice page: a PDF checked by its content, attached
// once to the verified completion by one conditional update (still verified, no certificate yet, the version the page
// showed), so of two staff uploading at once one wins and the other is told. The file, the attachment, its audit
// event and the email to the apprentice and the organization's owners and admins commit together; after that the
// completion never changes again (a trigger).

const NOT_A_PDF = "That file is not a PDF we can open. Upload the certificate as the Registration Agency sent it.";

/** Attaches DOL's certificate to a verified completion; returns its apprentice's id. */
export async function attachDolCertificate(
  staff: Pick<StaffContext, "user">,
  input: UploadDolCertificateInput,
  ip: string | null,
) {
  // Read and checked before the transaction: parsing a PDF must not hold database locks.
  const bytes = await readUploadedPdf(input.certificate, "certificate", NOT_A_PDF);
  return db.$transaction(async (tx) => {
    const completion = await tx.completion.findUnique({
      where: { id: input.completionId },
      select: {
        organizationId: true,
        apprenticeId: true,
        status: true,
        dolCertificateFileId: true,
        apprentice: { select: { firstName: true, lastName: true, user: { select: { email: true } } } },
      },
    });
    if (!completion) throw new AppError("NOT_FOUND");
    if (completion.status !== "VERIFIED") {
      throw new AppError(
        "CONFLICT",
        "AAMI has not verified this completion: DOL's certificate is uploaded once the completion is verified.",
      );
    }
    const { organizationId, apprenticeId, apprentice } = completion;
    const file = await storeFile(tx, {
      organizationId,
      filename: "dol-certificate-of-completion.pdf",
      contentType: "application/pdf",
      bytes,
    });
    const attached = await tx.completion.updateMany({
      where: { id: input.completionId, status: "VERIFIED", dolCertificateFileId: null, rowVersion: input.rowVersion },
      data: {
        dolCertificateFileId: file.id,
        dolCertificateUploadedAt: new Date(),
        dolCertificateUploadedById: staff.user.id,
        rowVersion: { increment: 1 },
      },
    });
    if (attached.count === 0) {
      throw new AppError(
        "CONFLICT",
        completion.dolCertificateFileId
          ? "DOL's certificate was already uploaded. Reload the page to see it."
          : "Someone uploaded DOL's certificate meanwhile. Reload the page to see it.",
      );
    }
    await recordAudit(tx, {
      kind: "training.dol_certificate_uploaded",
      organizationId,
      actorId: staff.user.id,
      subject: { type: "Completion", id: input.completionId },
      payload: { apprenticeId, sha256: file.sha256, filename: input.certificate.name },
      ip,
    });
    const recipients = await employerRecipients(tx, organizationId);
    const apprenticeEmail = apprentice.user?.email.toLowerCase();
    await enqueueMailToMany(tx, {
      template: "training-dol-certificate",
      props: {
        apprenticeName: `${apprentice.firstName} ${apprentice.lastName}`,
        statusUrl: `${env().APP_URL}/training/${apprenticeId}/status#certificates`,
      },
      recipients: [...new Set([...recipients, ...(apprenticeEmail ? [apprenticeEmail] : [])])].map((to) => ({
        to,
        organizationId,
      })),
    });
    return apprenticeId;
  });
}
