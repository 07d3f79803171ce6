import "server-only";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { currentProgramDocuments } from "@/lib/onboarding/facts";

export type StandardsDocument = Awaited<ReturnType<typeof currentProgramDocuments>>[number] & {
  /** This organization's latest acknowledgement of any version of this kind of document. */
  acknowledgement: { version: number; typedName: string; acknowledgedAt: Date; userName: string } | null;
};

/** The current documents with this organization's acknowledgement status for each. */
export async function getStandardsReview(organizationId: string): Promise<StandardsDocument[]> {
  const documents = await currentProgramDocuments(db);
  const acks = await db.standardsAcknowledgement.findMany({
    where: { organizationId },
    orderBy: { acknowledgedAt: "desc" },
    select: {
      documentVersion: true,
      typedName: true,
      acknowledgedAt: true,
      userId: true,
      document: { select: { kind: true } },
    },
  });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(acks.map((a) => a.userId))] } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  return documents.map((doc) => {
    const latest = acks.find((a) => a.document.kind === doc.kind);
    return {
      ...doc,
      acknowledgement: latest
        ? {
            version: latest.documentVersion,
            typedName: latest.typedName,
            acknowledgedAt: latest.acknowledgedAt,
            userName: nameOf.get(latest.userId) ?? "",
          }
        : null,
    };
  });
}

/**
 * A program document for this user: published versions are readable by every signed-in user (they are not tenant
 * data); unpublished ones only by staff administrators, who check them before publishing.
 */
export async function getReadableDocument(actor: Actor, documentId: string) {
  const doc = await db.programDocument.findFirst({
    where: { id: documentId, ...(actor.staffRole === "STAFF_ADMIN" ? {} : { publishedAt: { not: null } }) },
    select: { fileId: true },
  });
  if (!doc) throw notFound();
  return doc;
}
