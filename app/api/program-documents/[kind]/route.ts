import { getPublicProgramDocument } from "@/lib/documents/data";
import { handleRoute } from "@/lib/http";
import { fileResponse } from "@/lib/storage";

/** Shared caches may keep a document for five minutes after staff publish a new version. */
const PUBLIC_CACHE = "public, max-age=300";

/**
 * GET /api/program-documents/:kind[?download] (national-standards, training-objectives) — the current published
 * version, for anyone, signed in or not. Drafts are never served here; older versions only to signed-in users, by id
 * (/api/documents/:id).
 */
export function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  return handleRoute(async () => {
    const { kind } = await params;
    const file = await getPublicProgramDocument(kind);
    const disposition = new URL(request.url).searchParams.has("download") ? "attachment" : "inline";
    return fileResponse(file, disposition, PUBLIC_CACHE);
  });
}
