import "server-only";
import { db } from "@/lib/db";
import { DOCUMENT_KINDS, documentKindOfSlug, publicDocumentPath } from "@/lib/documents/schemas";
import { notFound } from "@/lib/errors";
import { cachedInProcess, deepFreeze, forgetCached } from "@/lib/process-cache";
import { readStoredFile } from "@/lib/storage";
import { currentProgramDocuments } from "@/lib/onboarding/facts";

/** Every version of each program document, newest first, for staff administrators. */
export async function listProgramDocumentVersions() {
  const [documents, current] = await Promise.all([
    db.programDocument.findMany({
      orderBy: [{ kind: "asc" }, { version: "desc" }],
      select: {
        id: true,
        kind: true,
        version: true,
        title: true,
        sha256: true,
        isSample: true,
        publishedAt: true,
        createdAt: true,
        uploadedById: true,
        file: { select: { byteSize: true } },
      },
    }),
    currentProgramDocuments(db),
  ]);
  const uploaders = await db.user.findMany({
    where: { id: { in: [...new Set(documents.flatMap((d) => d.uploadedById ?? []))] } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(uploaders.map((u) => [u.id, u.name ?? u.email]));
  return DOCUMENT_KINDS.map((kind) => {
    const currentVersion = current.find((d) => d.kind === kind.value)?.version ?? 0;
    return {
      ...kind,
      versions: documents
        .filter((d) => d.kind === kind.value)
        .map(({ file, uploadedById, ...d }) => ({
          ...d,
          byteSize: file.byteSize,
          uploadedBy: uploadedById ? (nameOf.get(uploadedById) ?? null) : null,
          current: d.version === currentVersion && d.publishedAt !== null,
          // Publishing an older version would not make it current: a newer one already is.
          publishable: d.publishedAt === null && d.version > currentVersion,
        })),
    };
  });
}

export type ProgramDocumentKindVersions = Awaited<ReturnType<typeof listProgramDocumentVersions>>[number];

/**
 * The current published version of a program document, for anyone: the standards and objectives are public program
 * documents (no tenant's data, no personal data), linked from the home page and step 4. Not found when the address
 * names no document or none is published yet.
 */
export async function getPublicProgramDocument(slug: string) {
  const kind = documentKindOfSlug(slug);
  if (!kind) throw notFound();
  const current = (await currentProgramDocuments(db)).find((d) => d.kind === kind);
  if (!current) throw notFound();
  return readStoredFile(db, current.fileId);
}

const PUBLIC_DOCUMENTS = "program-documents:public";
/**
 * How old another app instance's copy of the home page's document list may be after a publication: publishing
 * forgets this process's copy at once (forgetPublicProgramDocuments), not other processes'.
 */
export const PUBLIC_DOCUMENTS_MAX_AGE_MS = 30_000;

/**
 * The current published program documents, with their public address, for the home page: kept in this process
 * (lib/process-cache.ts), as a new version is published a few times a year.
 */
export async function listPublicProgramDocuments() {
  const { value } = await cachedInProcess(PUBLIC_DOCUMENTS, PUBLIC_DOCUMENTS_MAX_AGE_MS, async () =>
    deepFreeze(
      (await currentProgramDocuments(db)).map((d) => ({
        kind: d.kind,
        title: d.title,
        version: d.version,
        publishedAt: d.publishedAt!,
        isSample: d.isSample,
        href: publicDocumentPath(d.kind),
      })),
    ),
  );
  return value;
}

/** For the action that publishes a version, once its transaction has committed: the next reader loads the list. */
export function forgetPublicProgramDocuments() {
  forgetCached(PUBLIC_DOCUMENTS);
}
