import { agreementFileForViewer } from "@/lib/apprentices/agreement/data";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isId } from "@/lib/ids";
import { fileResponse, readStoredFile } from "@/lib/storage";

/** GET /api/apprentice-agreements/:id[?download] — an apprentice's agreement, for its employer and AAMI staff. */
export function GET(request: Request, { params }: { params: Promise<{ agreementId: string }> }) {
  return handleRoute(async () => {
    const { agreementId } = await params;
    if (!isId(agreementId)) throw new AppError("NOT_FOUND");
    const file = await readStoredFile(db, await agreementFileForViewer(agreementId));
    return fileResponse(file, new URL(request.url).searchParams.has("download") ? "attachment" : "inline");
  });
}
