import "server-only";
import type { TrainingAccess } from "@/lib/authz/training";
import { requireStaff } from "@/lib/authz";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadPage } from "@/lib/lists";
import { readStoredFile } from "@/lib/storage";
import { credentialStandings } from "@/lib/training/credentials/kinds";

// The loaders of credentials. One apprentice's take the access lib/authz/training granted (the record's readers, or
// AAMI staff through requireCredentialAccess); the list of credentials waiting for AAMI checks the caller is staff.

const WAITING_PAGE_SIZE = 25;

const WAITING = { verifiedAt: null, returnedAt: null } as const;

/** Where each of the program's three credentials stands for one apprentice. */
export async function loadCredentials(apprenticeId: string) {
  const rows = await db.credential.findMany({
    where: { apprenticeId },
    select: {
      id: true,
      kind: true,
      earnedOn: true,
      createdAt: true,
      verifiedAt: true,
      returnedAt: true,
      returnReason: true,
    },
  });
  return credentialStandings(rows);
}
export type Credentials = Awaited<ReturnType<typeof loadCredentials>>;

/** How many credentials wait for AAMI staff. */
export async function countCredentialsWaiting() {
  await requireStaff();
  return db.credential.count({ where: WAITING });
}

/** The credentials waiting for AAMI staff, oldest first, a page at a time. */
export async function listCredentialsWaiting(requestedPage: number) {
  await requireStaff();
  const { rows, ...paging } = await loadPage(
    requestedPage,
    WAITING_PAGE_SIZE,
    () => db.credential.count({ where: WAITING }),
    (range) =>
      db.credential.findMany({
        where: WAITING,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        ...range,
        select: {
          id: true,
          kind: true,
          earnedOn: true,
          createdAt: true,
          apprentice: {
            select: { id: true, firstName: true, lastName: true, organization: { select: { legalName: true } } },
          },
        },
      }),
  );
  return { ...paging, pageSize: WAITING_PAGE_SIZE, credentials: rows };
}
export type WaitingCredentials = Awaited<ReturnType<typeof listCredentialsWaiting>>;

/**
 * A credential's evidence file (a certificate with the apprentice's name) for someone who may read it, recorded in
 * the audit trail: the route that serves it is a POST from the portal's pages.
 */
export async function readCredentialEvidence(
  access: Pick<TrainingAccess, "user" | "apprenticeId" | "organizationId">,
  credentialId: string,
  ip: string | null,
) {
  return db.$transaction(async (tx) => {
    const credential = await tx.credential.findFirst({
      where: { id: credentialId, apprenticeId: access.apprenticeId },
      select: { id: true, kind: true, evidenceFileId: true },
    });
    if (!credential) throw new AppError("NOT_FOUND");
    const file = await readStoredFile(tx, credential.evidenceFileId);
    await recordAudit(tx, {
      kind: "training.credential_evidence_downloaded",
      organizationId: access.organizationId,
      actorId: access.user.id,
      subject: { type: "Credential", id: credential.id },
      payload: { apprenticeId: access.apprenticeId, credential: credential.kind, sha256: file.sha256 },
      ip,
    });
    const slug = credential.kind.toLowerCase().replaceAll("_", "-");
    return { ...file, filename: `${slug}${file.contentType === "application/pdf" ? ".pdf" : ".png"}` };
  });
}
