import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { loadAgreementContent } from "@/lib/onboarding/agreement/content";
import { currentProgramDocuments } from "@/lib/onboarding/facts";
import { wagePeriods, type WagePeriod } from "@/lib/onboarding/wages/rules";
import type { AgreementContent } from "@/lib/pdf/agreement";

/** Everything an organization submits (step 7), frozen as it was: what AAMI reviews and the packet is built from. */
export type SubmissionSnapshot = AgreementContent & {
  schemaVersion: 1;
  wagePeriods: WagePeriod[];
  standards: Array<{
    kind: string;
    title: string;
    version: number;
    sha256: string;
    acknowledgedAt: string;
    typedName: string;
  }>;
  agreement: {
    id: string;
    version: number;
    method: "ELECTRONIC" | "WET_UPLOAD";
    signerName: string;
    signerTitle: string;
    signerEmail: string;
    signedAt: string;
    signerIp: string | null;
    signerUserAgent: string | null;
    unsignedSha256: string;
    signedSha256: string;
    contentFingerprint: string;
  } | null;
};

export async function buildSubmissionSnapshot(tx: Tx, organizationId: string): Promise<SubmissionSnapshot> {
  const [content, documents, acknowledgements, agreement] = await Promise.all([
    loadAgreementContent(organizationId, tx),
    currentProgramDocuments(tx),
    tx.standardsAcknowledgement.findMany({
      where: { organizationId },
      orderBy: { acknowledgedAt: "desc" },
      select: { documentId: true, acknowledgedAt: true, typedName: true },
    }),
    tx.employerAgreement.findFirst({ where: { organizationId, status: "SIGNED" } }),
  ]);
  const ackOf = (documentId: string) => acknowledgements.find((a) => a.documentId === documentId);
  return {
    schemaVersion: 1,
    ...content,
    wagePeriods: content.wageSchedule ? wagePeriods(content.wageSchedule) : [],
    standards: documents.flatMap((doc) => {
      const ack = ackOf(doc.id);
      return ack
        ? [
            {
              kind: doc.kind,
              title: doc.title,
              version: doc.version,
              sha256: doc.sha256,
              acknowledgedAt: ack.acknowledgedAt.toISOString(),
              typedName: ack.typedName,
            },
          ]
        : [];
    }),
    agreement: agreement
      ? {
          id: agreement.id,
          version: agreement.version,
          method: agreement.method,
          signerName: agreement.signerName,
          signerTitle: agreement.signerTitle,
          signerEmail: agreement.signerEmail,
          signedAt: agreement.signedAt.toISOString(),
          signerIp: agreement.signerIp,
          signerUserAgent: agreement.signerUserAgent,
          unsignedSha256: agreement.unsignedSha256,
          signedSha256: agreement.signedSha256,
          contentFingerprint: agreement.contentFingerprint,
        }
      : null,
  };
}
