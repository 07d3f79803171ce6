import { findSigningLink } from "@/lib/apprentices/agreement/data";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { fileResponse, readStoredFile } from "@/lib/storage";

/** GET /api/apprentice-agreements/by-link/:token — the agreement to read before signing, while the link works. */
export function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return handleRoute(async () => {
    const link = await findSigningLink((await params).token);
    if (!link?.fileId) throw new AppError("NOT_FOUND");
    const response = fileResponse(await readStoredFile(db, link.fileId), "inline");
    response.headers.set("referrer-policy", "no-referrer");
    return response;
  });
}
