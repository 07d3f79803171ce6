import { requireTrainingAccess } from "@/lib/authz/training";
import { clientIpFrom } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute, requireSameOrigin } from "@/lib/http";
import { isId } from "@/lib/ids";
import { fileResponse } from "@/lib/storage";
import { readEvidenceFile } from "@/lib/training/skills/data";

/**
 * POST /api/training/evidence/:signOffId — a sign-off's evidence file, for whoever may see the apprentice's training
 * (lib/authz/training), as a download. A POST from the skill's page: reading it is recorded in the audit trail.
 */
export function POST(request: Request, { params }: { params: Promise<{ signOffId: string }> }) {
  return handleRoute(async () => {
    requireSameOrigin(request);
    const { signOffId } = await params;
    if (!isId(signOffId)) throw new AppError("NOT_FOUND");
    const signOff = await db.skillSignOff.findUnique({ where: { id: signOffId }, select: { apprenticeId: true } });
    if (!signOff) throw new AppError("NOT_FOUND");
    const access = await requireTrainingAccess(signOff.apprenticeId);
    const file = await readEvidenceFile(access, signOffId, clientIpFrom(request.headers.get("x-forwarded-for")));
    return fileResponse(file, "attachment");
  });
}
