import { db } from "@/lib/db";
import { getApprenticeAgreementFileForStaff } from "@/lib/apprentices/staff/data";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isId } from "@/lib/ids";
import { fileResponse, readStoredFile } from "@/lib/storage";

/** GET /api/staff/apprentice-agreements/:id[?inline] — an apprentice's stored agreement PDF, for AAMI staff only. */
export function GET(request: Request, { params }: { params: Promise<{ agreementId: string }> }) {
  return handleRoute(async () => {
    const { agreementId } = await params;
    if (!isId(agreementId)) throw new AppError("NOT_FOUND");
    const file = await readStoredFile(db, await getApprenticeAgreementFileForStaff(agreementId));
    return fileResponse(file, new URL(request.url).searchParams.has("inline") ? "inline" : "attachment");
  });
}
