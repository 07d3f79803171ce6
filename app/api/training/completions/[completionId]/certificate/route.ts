import { requireCredentialAccess } from "@/lib/authz/training";
import { clientIpFrom } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute, requireSameOrigin } from "@/lib/http";
import { isId } from "@/lib/ids";
import { fileResponse } from "@/lib/storage";
import { readAamiCertificate } from "@/lib/training/certificates/data";

/**
 * POST /api/training/completions/:completionId/certificate — AAMI's certificate of a verified completion, for whoever
 * may see the apprentice's training and for AAMI staff (lib/authz/training), as a download. A POST from the portal's
 * pages: each download is recorded in the audit trail.
 */
export function POST(request: Request, { params }: { params: Promise<{ completionId: string }> }) {
  return handleRoute(async () => {
    requireSameOrigin(request);
    const { completionId } = await params;
    if (!isId(completionId)) throw new AppError("NOT_FOUND");
    const completion = await db.completion.findUnique({ where: { id: completionId }, select: { apprenticeId: true } });
    if (!completion) throw new AppError("NOT_FOUND");
    const access = await requireCredentialAccess(completion.apprenticeId);
    const file = await readAamiCertificate(access, completionId, clientIpFrom(request.headers.get("x-forwarded-for")));
    return fileResponse(file, "attachment");
  });
}
