import { requireCredentialAccess } from "@/lib/authz/training";
import { clientIpFrom } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute, requireSameOrigin } from "@/lib/http";
import { isId } from "@/lib/ids";
import { fileResponse } from "@/lib/storage";
import { readCredentialEvidence } from "@/lib/training/credentials/data";

/**
 * POST /api/training/credentials/:credentialId — a credential's evidence, for whoever may see the apprentice's
 * training and for AAMI staff (lib/authz/training), as a download. A POST from the portal's pages: reading it is
 * recorded in the audit trail.
 */
export function POST(request: Request, { params }: { params: Promise<{ credentialId: string }> }) {
  return handleRoute(async () => {
    requireSameOrigin(request);
    const { credentialId } = await params;
    if (!isId(credentialId)) throw new AppError("NOT_FOUND");
    const credential = await db.credential.findUnique({ where: { id: credentialId }, select: { apprenticeId: true } });
    if (!credential) throw new AppError("NOT_FOUND");
    const access = await requireCredentialAccess(credential.apprenticeId);
    const file = await readCredentialEvidence(
      access,
      credentialId,
      clientIpFrom(request.headers.get("x-forwarded-for")),
    );
    return fileResponse(file, "attachment");
  });
}
