import "server-only";
import type { TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { buildAamiCertificatePdf } from "@/lib/pdf/aami-certificate";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { employerName } from "@/lib/pdf/sections";
import { readStoredFile } from "@/lib/storage";
import { CERTIFICATE_CODE_PATTERN } from "@/lib/training/completion/code";
import { CREDENTIAL_KINDS } from "@/lib/training/credentials/kinds";

// The certificates of a verified completion: AAMI's own (built on demand from the completion, the same every time),
// DOL's (the Registration Agency's PDF that AAMI staff upload, ./upload.ts), and the public confirmation of AAMI's by
// its code. The downloads take the access lib/authz/training granted and are recorded in the audit trail.

type Reader = Pick<TrainingAccess, "user" | "apprenticeId" | "organizationId">;

/** The apprentice's verified completion, with its certificates, or null while there is none. */
export async function loadCertificates(apprenticeId: string) {
  return db.completion.findFirst({
    where: { apprenticeId, status: "VERIFIED" },
    select: {
      id: true,
      completedOn: true,
      certificateCode: true,
      rowVersion: true,
      dolCertificateUploadedAt: true,
    },
  });
}
export type Certificates = Awaited<ReturnType<typeof loadCertificates>>;

export const verifyUrl = (code: string) => `${env().APP_URL}/verify/${code}`;

/** AAMI's certificate of a verified completion, as a PDF, for someone who may read it; the download is audited. */
export async function readAamiCertificate(access: Reader, completionId: string, ip: string | null) {
  const completion = await db.completion.findFirst({
    where: { id: completionId, apprenticeId: access.apprenticeId, status: "VERIFIED" },
    select: {
      id: true,
      completedOn: true,
      decidedAt: true,
      certificateCode: true,
      certificateOjlHours: true,
      certificateInstructionHours: true,
      apprentice: { select: { firstName: true, lastName: true } },
      organization: { select: { legalName: true, dbaName: true } },
    },
  });
  if (!completion) throw new AppError("NOT_FOUND");
  // A VERIFIED completion has all of these (a CHECK in the migration).
  const code = completion.certificateCode!;
  const issuedAt = completion.decidedAt!;
  // The credentials AAMI had verified when it verified the completion: later ones do not change the certificate.
  const credentials = await db.credential.findMany({
    where: { apprenticeId: access.apprenticeId, verifiedAt: { not: null, lte: issuedAt } },
    select: { kind: true, earnedOn: true },
  });
  const bytes = await buildAamiCertificatePdf(
    {
      apprenticeName: `${completion.apprentice.firstName} ${completion.apprentice.lastName}`,
      employerName: employerName(completion.organization),
      completedOn: completion.completedOn,
      issuedAt,
      ojlHours: completion.certificateOjlHours!,
      instructionHours: completion.certificateInstructionHours!,
      credentials: credentials.sort((a, b) => CREDENTIAL_KINDS.indexOf(a.kind) - CREDENTIAL_KINDS.indexOf(b.kind)),
      code,
      verifyUrl: verifyUrl(code),
    },
    pdfFontFiles(),
  );
  await recordAudit(db, {
    kind: "training.aami_certificate_downloaded",
    organizationId: access.organizationId,
    actorId: access.user.id,
    subject: { type: "Completion", id: completion.id },
    payload: { apprenticeId: access.apprenticeId, code },
    ip,
  });
  return { bytes, contentType: "application/pdf", filename: `aami-certificate-${code}.pdf` };
}

/** DOL's certificate, once AAMI staff uploaded it, for someone who may read it; the download is audited. */
export async function readDolCertificate(access: Reader, completionId: string, ip: string | null) {
  return db.$transaction(async (tx) => {
    const completion = await tx.completion.findFirst({
      where: { id: completionId, apprenticeId: access.apprenticeId, status: "VERIFIED" },
      select: { id: true, dolCertificateFileId: true },
    });
    if (!completion?.dolCertificateFileId) throw new AppError("NOT_FOUND");
    const file = await readStoredFile(tx, completion.dolCertificateFileId);
    await recordAudit(tx, {
      kind: "training.dol_certificate_downloaded",
      organizationId: access.organizationId,
      actorId: access.user.id,
      subject: { type: "Completion", id: completion.id },
      payload: { apprenticeId: access.apprenticeId, sha256: file.sha256 },
      ip,
    });
    return { ...file, filename: "dol-certificate-of-completion.pdf" };
  });
}

/**
 * What the public page /verify/<code> confirms of AAMI's certificate: the apprentice's name and the day they
 * completed, nothing else of theirs. Null for a code that is malformed or belongs to no verified completion. Reads
 * only.
 */
export async function findCertificateByCode(raw: string) {
  const code = raw.trim().toUpperCase();
  if (!CERTIFICATE_CODE_PATTERN.test(code)) return null;
  const completion = await db.completion.findFirst({
    where: { certificateCode: code, status: "VERIFIED" },
    select: { completedOn: true, apprentice: { select: { firstName: true, lastName: true } } },
  });
  return completion
    ? {
        code,
        name: `${completion.apprentice.firstName} ${completion.apprentice.lastName}`,
        completedOn: completion.completedOn,
      }
    : null;
}
