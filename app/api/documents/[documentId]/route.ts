import { requireUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isId } from "@/lib/ids";
import { getPublishedDocument } from "@/lib/onboarding/standards/data";
import { fileResponse, readStoredFile } from "@/lib/storage";

/** GET /api/documents/:id[?download] — a published program document, for signed-in users. */
export function GET(request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  return handleRoute(async () => {
    await requireUser();
    const { documentId } = await params;
    if (!isId(documentId)) throw new AppError("NOT_FOUND");
    const doc = await getPublishedDocument(documentId);
    const file = await readStoredFile(db, doc.fileId);
    return fileResponse(file, new URL(request.url).searchParams.has("download") ? "attachment" : "inline");
  });
}
