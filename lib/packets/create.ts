import "server-only";
import type { Tx } from "@/lib/prisma-client";
import type { SubmissionSnapshot } from "@/lib/onboarding/submit/snapshot";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { buildRegistrationPacketPdf, type PacketInput } from "@/lib/pdf/packet";
import { readStoredFile, storeFile } from "@/lib/storage";
import { notFound } from "@/lib/errors";

const displayName = (u: { name: string | null; email: string } | null, fallback: string) =>
  u ? (u.name ?? u.email) : fallback;

/**
 * Everything the packet builder needs for a submission, read from the immutable submission, its signed
 * agreement file and the decisions on it. `registration` overrides what is stored (registration writes both in
 * the same transaction).
 */
export async function loadPacketInput(
  tx: Tx,
  submissionId: string,
  packetVersion: number,
  registration: PacketInput["registration"] = null,
): Promise<PacketInput> {
  const submission = await tx.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      version: true,
      submittedAt: true,
      submittedById: true,
      snapshot: true,
      decidedAt: true,
      decidedById: true,
      dolProgramNumber: true,
      registeredAt: true,
      agreement: { select: { signedFileId: true } },
      decisions: { where: { kind: "APPROVE" }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  const approval = submission?.decisions[0];
  if (!submission?.agreement || !approval) throw notFound();
  const [submitter, approver, agreementFile] = await Promise.all([
    tx.user.findUnique({ where: { id: submission.submittedById }, select: { name: true, email: true } }),
    tx.user.findUnique({ where: { id: approval.actorId }, select: { name: true, email: true } }),
    readStoredFile(tx, submission.agreement.signedFileId),
  ]);
  const stored =
    submission.dolProgramNumber && submission.registeredAt
      ? { programNumber: submission.dolProgramNumber, registeredAt: submission.registeredAt }
      : null;
  return {
    packetVersion,
    submission: {
      id: submission.id,
      version: submission.version,
      submittedAt: submission.submittedAt,
      submittedByName: displayName(submitter, "a former member"),
    },
    snapshot: submission.snapshot as SubmissionSnapshot,
    approval: { approverName: displayName(approver, "AAMI staff"), approvedAt: approval.createdAt },
    registration: registration ?? stored,
    signedAgreement: { bytes: agreementFile.bytes, filename: agreementFile.filename },
    generatedAt: new Date(),
  };
}

/**
 * Builds the organization's next packet version from an approved submission and stores it. Called in the
 * transaction of the decision that produces it (approval, registration), so a decision never exists without its
 * packet.
 */
export async function createPacket(
  tx: Tx,
  args: { organizationId: string; submissionId: string; builtById: string; registration?: PacketInput["registration"] },
) {
  const latest = await tx.registrationPacket.findFirst({
    where: { organizationId: args.organizationId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const version = (latest?.version ?? 0) + 1;
  const input = await loadPacketInput(tx, args.submissionId, version, args.registration ?? null);
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
