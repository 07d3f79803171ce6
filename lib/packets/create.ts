import "server-only";
import { registrationAgencyFor } from "@/lib/agencies/data";
import type { Tx } from "@/lib/prisma-client";
import { parseSubmissionSnapshot } from "@/lib/onboarding/submit/snapshot-schema";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { getStandardsVersion } from "@/lib/program/standards/data";
import { buildRegistrationPacketPdf, type PacketApprentice, type PacketInput } from "@/lib/pdf/packet";
import { readStoredFile, storeFile } from "@/lib/storage";
import { AppError, notFound } from "@/lib/errors";
import { APPROVED_STATUSES } from "@/lib/review/transitions";
import { WITH_FULLY_SIGNED_AGREEMENT } from "@/lib/apprentices/registration/approval-facts";

const displayName = (u: { name: string | null; email: string } | null, fallback: string) =>
  u ? (u.name ?? u.email) : fallback;

/**
 * The apprentices a packet lists: those AAMI approved for registration, and those since registered in RAPIDS, each
 * with an agreement everyone signed (approval requires one; an apprentice without is never listed).
 */
export const PACKET_APPRENTICE_STATUSES = ["APPROVED", "REGISTERED"] as const;

/**
 * The organization's apprentices approved for registration, each with their current signed apprenticeship agreement
 * (the newest not voided, when its PDF is stored), earliest start first.
 */
export async function loadPacketApprentices(tx: Tx, organizationId: string): Promise<PacketApprentice[]> {
  const rows = await tx.apprentice.findMany({
    where: { organizationId, status: { in: [...PACKET_APPRENTICE_STATUSES] }, ...WITH_FULLY_SIGNED_AGREEMENT },
    orderBy: [{ startDate: "asc" }, { lastName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      firstName: true,
      middleName: true,
      lastName: true,
      suffix: true,
      startDate: true,
      ssnLast4: true,
      creditedOjtHours: true,
      startingWageStep: true,
      entryWageCents: true,
      rapidsApprenticeId: true,
      agreements: {
        where: WITH_FULLY_SIGNED_AGREEMENT.agreements.some,
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { fileId: true },
      },
    },
  });
  const apprentices: PacketApprentice[] = [];
  for (const { agreements, status, ...a } of rows) {
    const file = await readStoredFile(tx, agreements[0]!.fileId!);
    apprentices.push({
      ...a,
      status: status as PacketApprentice["status"],
      signedAgreement: { bytes: file.bytes, filename: file.filename, sha256: file.sha256 },
    });
  }
  return apprentices;
}

/**
 * Everything the packet builder needs for a submission, read from the immutable submission, its signed (and, once
 * approved, countersigned) agreement file and the decisions on it. `agencyAcceptedAt` overrides what is stored
 * (recording the acceptance writes both in the same transaction).
 */
export async function loadPacketInput(
  tx: Tx,
  submissionId: string,
  packetVersion: number,
  agencyAcceptedAt: Date | null = null,
): Promise<PacketInput> {
  const submission = await tx.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      organizationId: true,
      version: true,
      submittedAt: true,
      submittedById: true,
      snapshot: true,
      decidedAt: true,
      decidedById: true,
      agencyAcceptedAt: true,
      agreement: {
        select: {
          signedFileId: true,
          standardsVersionId: true,
          countersignedFileId: true,
          countersignedSha256: true,
          countersignerName: true,
          countersignerTitle: true,
          countersignedAt: true,
        },
      },
      decisions: { where: { kind: "APPROVE" }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  const approval = submission?.decisions[0];
  if (!submission?.agreement || !approval) throw notFound();
  const snapshot = parseSubmissionSnapshot(submission.snapshot);
  const [submitter, approver, agreementFile, apprentices, registrationAgency, standards] = await Promise.all([
    tx.user.findUnique({ where: { id: submission.submittedById }, select: { name: true, email: true } }),
    tx.user.findUnique({ where: { id: approval.actorId }, select: { name: true, email: true } }),
    // Agreements approved before AAMI countersigned in the portal have only the employer's signature.
    readStoredFile(tx, submission.agreement.countersignedFileId ?? submission.agreement.signedFileId),
    loadPacketApprentices(tx, submission.organizationId),
    registrationAgencyFor(snapshot.organization.state, tx),
    // The standards the signed agreement records, so a packet rebuilt later says what was signed.
    getStandardsVersion(submission.agreement.standardsVersionId, tx),
  ]);
  const { agreement } = submission;
  return {
    packetVersion,
    submission: {
      id: submission.id,
      version: submission.version,
      submittedAt: submission.submittedAt,
      submittedByName: displayName(submitter, "a former member"),
    },
    snapshot,
    approval: { approverName: displayName(approver, "AAMI staff"), approvedAt: approval.createdAt },
    agencyAcceptedAt: agencyAcceptedAt ?? submission.agencyAcceptedAt,
    registrationAgency,
    signedAgreement: {
      bytes: agreementFile.bytes,
      filename: agreementFile.filename,
      countersignature:
        agreement.countersignedSha256 && agreement.countersignerName && agreement.countersignedAt
          ? {
              sha256: agreement.countersignedSha256,
              signerName: agreement.countersignerName,
              signerTitle: agreement.countersignerTitle ?? "",
              signedAt: agreement.countersignedAt,
            }
          : null,
    },
    standards,
    apprentices,
    generatedAt: new Date(),
  };
}

/**
 * Holds the organization's packet numbering until the transaction ends: two decisions that each build a packet for
 * the same organization (two apprentices approved at once) take turns, so the second builds the next version with
 * the first one's apprentice in it instead of failing on the version number. Take it before writing anything else.
 */
export async function lockOrganizationPackets(tx: Tx, organizationId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE id = ${organizationId} FOR NO KEY UPDATE`;
}

/** The approved (or accepted) submission an organization's packets are built from now: its newest. */
export async function packetSubmissionId(tx: Tx, organizationId: string): Promise<string> {
  const submission = await tx.submission.findFirst({
    where: { organizationId, status: { in: [...APPROVED_STATUSES] } },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!submission) {
    throw new AppError("CONFLICT", "The organization has no approved submission to build a registration packet from.");
  }
  return submission.id;
}

/**
 * Builds the organization's next packet version from an approved submission and its approved apprentices, and
 * stores it. Called in the transaction of the decision that produces it (approval, the agency's acceptance, an
 * apprentice's approval), so a decision never exists without its packet.
 */
export async function createPacket(
  tx: Tx,
  args: { organizationId: string; submissionId: string; builtById: string; agencyAcceptedAt?: Date },
) {
  await lockOrganizationPackets(tx, args.organizationId);
  const latest = await tx.registrationPacket.findFirst({
    where: { organizationId: args.organizationId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const version = (latest?.version ?? 0) + 1;
  const input = await loadPacketInput(tx, args.submissionId, version, args.agencyAcceptedAt ?? null);
  const { bytes, manifest } = await buildRegistrationPacketPdf(input, pdfFontFiles());
  const slug = input.snapshot.organization.legalName.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const file = await storeFile(tx, {
    organizationId: args.organizationId,
    filename: `DOL-registration-packet-${slug}-v${version}.pdf`,
    contentType: "application/pdf",
    bytes,
  });
  return tx.registrationPacket.create({
    data: {
      organizationId: args.organizationId,
      submissionId: args.submissionId,
      version,
      fileId: file.id,
      sha256: file.sha256,
      manifest,
      builtById: args.builtById,
    },
    select: { id: true, version: true, sha256: true },
  });
}
