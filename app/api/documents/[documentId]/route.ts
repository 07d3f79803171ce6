import { requireUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isId } from "@/lib/ids";
import { getReadableDocument } from "@/lib/onboarding/standards/data";
import { fileResponse, readStoredFile } from "@/lib/storage";

/** GET /api/documents/:id[?download] — a published program document for signed-in users (drafts: staff admins). */
export function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  return handleRoute(async () => {
    const actor = await requireUser();
    const { documentId } = await params;
    if (!isId(documentId)) throw new AppError("NOT_FOUND");
    const doc = await getReadableDocument(actor, documentId);
    const file = await readStoredFile(db, doc.fileId);
    return fileResponse(file, new URL(request.url).searchParams.has("download") ? "attachment" : "inline");
  });
}
