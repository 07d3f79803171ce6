import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isId } from "@/lib/ids";
import { getAgreementFileForViewer } from "@/lib/onboarding/agreement/data";
import { fileResponse, readStoredFile } from "@/lib/storage";

/** GET /api/agreements/:id[?download] — a signed agreement, for its organization's members and AAMI staff. */
export function GET(request: Request, { params }: { params: Promise<{ agreementId: string }> }) {
  return handleRoute(async () => {
    const { agreementId } = await params;
    if (!isId(agreementId)) throw new AppError("NOT_FOUND");
    const file = await readStoredFile(db, await getAgreementFileForViewer(agreementId));
    return fileResponse(file, new URL(request.url).searchParams.has("download") ? "attachment" : "inline");
  });
}
