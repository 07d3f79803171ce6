import "server-only";
import { registrationAgencyFor } from "@/lib/agencies/data";
import type { Tx } from "@/lib/prisma-client";
import { parseSubmissionSnapshot } from "@/lib/onboarding/submit/snapshot-schema";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { getStandardsVersion } from "@/lib/program/standards/data";
import { buildRegistrationPacketPdf, type PacketApprentice, type PacketInput } from "@/lib/pdf/packet";
import { readStoredFile, storeFile } from "@/lib/storage";
import { AppError, StalePreparationError, notFound } from "@/lib/errors";
import { APPROVED_STATUSES } from "@/lib/review/transitions";
import { WITH_FULLY_SIGNED_AGREEMENT } from "@/lib/apprentices/registration/approval-facts";

const displayName = (u: { name: string | null; email: string } | null, fallback: string) =>
  u ? (u.name ?? u.email) : fallback;

/**
 * The apprentices a packet lists: those AAMI approved for registration, and those since registered in RAPIDS, each
 * with an agreement everyone signed (approval requires one; an apprentice without is never listed).
 */
export const PACKET_APPRENTICE_STATUSES = ["APPROVED", "REGISTERED"] as const;

/** An apprentice as the packet lists them, with the stored file of their signed agreement (read later). */
type ApprenticeSource = Omit<PacketApprentice, "signedAgreement"> & { agreementFileId: string };

/**
 * The organization's apprentices approved for registration, each with the file id of their current signed
 * apprenticeship agreement (the newest not voided, when its PDF is stored), earliest start first.
 * `approvedApprenticeId` is listed as approved already: the decision approving it builds the packet before it is
 * written.
 */
async function loadApprenticeSources(
  tx: Tx,
  organizationId: string,
  approvedApprenticeId: string | null,
): Promise<ApprenticeSource[]> {
  const counted = { status: { in: [...PACKET_APPRENTICE_STATUSES] } };
  const rows = await tx.apprentice.findMany({
    where: {
      organizationId,
      ...(approvedApprenticeId ? { OR: [counted, { id: approvedApprenticeId }] } : counted),
      ...WITH_FULLY_SIGNED_AGREEMENT,
    },
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
  return rows.map(({ agreements, status, ...a }) => ({
    ...a,
    status: (a.id === approvedApprenticeId ? "APPROVED" : status) as PacketApprentice["status"],
    agreementFileId: agreements[0]!.fileId!,
  }));
}

async function readApprenticeAgreements(tx: Tx, sources: ApprenticeSource[]): Promise<PacketApprentice[]> {
  const apprentices: PacketApprentice[] = [];
  for (const { agreementFileId, ...a } of sources) {
    const file = await readStoredFile(tx, agreementFileId);
    apprentices.push({ ...a, signedAgreement: { bytes: file.bytes, filename: file.filename, sha256: file.sha256 } });
  }
  return apprentices;
}

/**
 * The organization's apprentices approved for registration, each with their current signed apprenticeship agreement
 * (the newest not voided, when its PDF is stored), earliest start first.
 */
export async function loadPacketApprentices(tx: Tx, organizationId: string): Promise<PacketApprentice[]> {
  return readApprenticeAgreements(tx, await loadApprenticeSources(tx, organizationId, null));
}

/**
 * What the decision building a packet changes that the packet shows, before the decision is written: the packet is
 * prepared outside the decision's transaction, for the state after it.
 */
export type PacketDecision = {
  /** The submission's approval this decision records (its ReviewDecision is created with `approvedAt`). */
  approval?: { approverId: string; approvedAt: Date };
  /** AAMI's countersignature this decision adds to the submission's agreement: the countersigned file's bytes. */
  countersigned?: PacketInput["signedAgreement"];
  /** The day the agency accepted the agreement, recorded by this decision. */
  agencyAcceptedAt?: Date;
  /** The apprentice this decision approves for registration. */
  approvesApprenticeId?: string;
};

/**
 * Everything a packet is built from except the stored files' bytes (their ids instead: stored files never change).
 * Read again in the decision's transaction: the same sources there mean the prepared packet is the one to store.
 */
async function loadPacketSources(tx: Tx, submissionId: string, decision: PacketDecision) {
  const submission = await tx.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      organizationId: true,
      version: true,
      submittedAt: true,
      submittedById: true,
      snapshot: true,
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
  const stored = submission?.decisions[0];
  const approval = decision.approval ?? (stored && { approverId: stored.actorId, approvedAt: stored.createdAt });
  if (!submission?.agreement || !approval) throw notFound();
  const snapshot = parseSubmissionSnapshot(submission.snapshot);
  const [submitter, approver, apprentices, registrationAgency, standards] = await Promise.all([
    tx.user.findUnique({ where: { id: submission.submittedById }, select: { name: true, email: true } }),
    tx.user.findUnique({ where: { id: approval.approverId }, select: { name: true, email: true } }),
    loadApprenticeSources(tx, submission.organizationId, decision.approvesApprenticeId ?? null),
    registrationAgencyFor(snapshot.organization.state, tx),
    // The standards the signed agreement records, so a packet rebuilt later says what was signed.
    getStandardsVersion(submission.agreement.standardsVersionId, tx),
  ]);
  const { agreement } = submission;
  return {
    submission: {
      id: submission.id,
      version: submission.version,
      submittedAt: submission.submittedAt,
      submittedByName: displayName(submitter, "a former member"),
    },
    snapshot,
    approval: { approverName: displayName(approver, "AAMI staff"), approvedAt: approval.approvedAt },
    agencyAcceptedAt: decision.agencyAcceptedAt ?? submission.agencyAcceptedAt,
    registrationAgency,
    // The stored agreement file, unless this decision countersigns it (and stores the countersigned file itself).
    agreementFile: decision.countersigned
      ? null
      : {
          // Agreements approved before AAMI countersigned in the portal have only the employer's signature.
          id: agreement.countersignedFileId ?? agreement.signedFileId,
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
  };
}
type PacketSources = Awaited<ReturnType<typeof loadPacketSources>>;

async function readPacketFiles(
  tx: Tx,
  { agreementFile, apprentices, ...sources }: PacketSources,
  packetVersion: number,
  decision: PacketDecision,
): Promise<PacketInput> {
  let signedAgreement = decision.countersigned;
  if (!signedAgreement) {
    const file = await readStoredFile(tx, agreementFile!.id);
    signedAgreement = { bytes: file.bytes, filename: file.filename, countersignature: agreementFile!.countersignature };
  }
  return {
    packetVersion,
    ...sources,
    signedAgreement,
    apprentices: await readApprenticeAgreements(tx, apprentices),
    generatedAt: new Date(),
  };
}

/**
 * Everything the packet builder needs for a submission, read from the immutable submission, its signed (and, once
 * approved, countersigned) agreement file and the decisions on it.
 */
export async function loadPacketInput(tx: Tx, submissionId: string, packetVersion: number): Promise<PacketInput> {
  return readPacketFiles(tx, await loadPacketSources(tx, submissionId, {}), packetVersion, {});
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

const nextPacketVersion = async (tx: Tx, organizationId: string) => {
  const latest = await tx.registrationPacket.findFirst({
    where: { organizationId },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return (latest?.version ?? 0) + 1;
};

/** What the packet is built from, as text to compare: its version and sources (no file bytes). */
const packetBasis = async (tx: Tx, organizationId: string, submissionId: string, decision: PacketDecision) =>
  JSON.stringify({
    version: await nextPacketVersion(tx, organizationId),
    sources: await loadPacketSources(tx, submissionId, decision),
  });

export type PreparedPacket = {
  organizationId: string;
  submissionId: string;
  decision: PacketDecision;
  /** The version and sources it was built from; storing it checks they are still the organization's. */
  basis: string;
  version: number;
  filename: string;
  bytes: Uint8Array;
  manifest: Awaited<ReturnType<typeof buildRegistrationPacketPdf>>["manifest"];
};

/**
 * Builds the organization's next packet version from an approved submission and its approved apprentices, as they
 * stand after `decision`, without writing anything: decisions build it before their transaction (building a packet
 * takes CPU time, and reads every signed agreement, that a transaction should not wait on) and store it in it with
 * `storePreparedPacket`.
 */
export async function preparePacket(
  tx: Tx,
  args: { organizationId: string; submissionId: string; decision?: PacketDecision },
): Promise<PreparedPacket> {
  const decision = args.decision ?? {};
  const version = await nextPacketVersion(tx, args.organizationId);
  const sources = await loadPacketSources(tx, args.submissionId, decision);
  const input = await readPacketFiles(tx, sources, version, decision);
  const { bytes, manifest } = await buildRegistrationPacketPdf(input, pdfFontFiles());
  const slug = input.snapshot.organization.legalName.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return {
    organizationId: args.organizationId,
    submissionId: args.submissionId,
    decision,
    basis: JSON.stringify({ version, sources }),
    version,
    filename: `DOL-registration-packet-${slug}-v${version}.pdf`,
    bytes,
    manifest,
  };
}

/**
 * Stores a prepared packet, in the transaction of the decision that produces it (approval, the agency's acceptance,
 * an apprentice's approval), so a decision never exists without its packet. Takes the organization's packet lock
 * first, then checks that the packet's version and sources are still the organization's: if another decision
 * changed them since (two apprentices approved at once), throws StalePreparationError and the decision prepares
 * its packet again.
 */
export async function storePreparedPacket(tx: Tx, prepared: PreparedPacket, builtById: string) {
  await lockOrganizationPackets(tx, prepared.organizationId);
  const basis = await packetBasis(tx, prepared.organizationId, prepared.submissionId, prepared.decision);
  if (basis !== prepared.basis) throw new StalePreparationError();
  const file = await storeFile(tx, {
    organizationId: prepared.organizationId,
    filename: prepared.filename,
    contentType: "application/pdf",
    bytes: prepared.bytes,
  });
  return tx.registrationPacket.create({
    data: {
      organizationId: prepared.organizationId,
      submissionId: prepared.submissionId,
      version: prepared.version,
      fileId: file.id,
      sha256: file.sha256,
      manifest: prepared.manifest,
      builtById,
    },
    select: { id: true, version: true, sha256: true },
  });
}

/**
 * Builds and stores the next packet version in one transaction, for the seed (no decisions run beside it).
 * `agencyAcceptedAt` overrides what is stored.
 */
export async function createPacket(
  tx: Tx,
  args: { organizationId: string; submissionId: string; builtById: string; agencyAcceptedAt?: Date },
) {
  await lockOrganizationPackets(tx, args.organizationId);
  const decision = args.agencyAcceptedAt ? { agencyAcceptedAt: args.agencyAcceptedAt } : {};
  return storePreparedPacket(tx, await preparePacket(tx, { ...args, decision }), args.builtById);
}
