import "server-only";
import type { TrainingAccess } from "@/lib/authz/training";
import { clientIpFrom } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute, requireSameOrigin } from "@/lib/http";
import { isId } from "@/lib/ids";
import { fileResponse } from "@/lib/storage";

type Access = Pick<TrainingAccess, "user" | "apprenticeId" | "organizationId">;
type StoredPdf = Parameters<typeof fileResponse>[0];

/**
 * One certificate of a completion as a download, for both routes (AAMI's certificate, DOL's): a same-origin POST,
 * the completion found by id, the reader admitted to its apprentice by `admit` (lib/authz/training; "not found"
 * otherwise), and the file read (and its download audited) by `read`.
 */
export function completionFileDownload(
  request: Request,
  params: Promise<{ completionId: string }>,
  admit: (apprenticeId: string) => Promise<Access>,
  read: (access: Access, completionId: string, ip: string | null) => Promise<StoredPdf>,
) {
  return handleRoute(async () => {
    requireSameOrigin(request);
    const { completionId } = await params;
    if (!isId(completionId)) throw new AppError("NOT_FOUND");
    const completion = await db.completion.findUnique({ where: { id: completionId }, select: { apprenticeId: true } });
    if (!completion) throw new AppError("NOT_FOUND");
    const access = await admit(completion.apprenticeId);
    const file = await read(access, completionId, clientIpFrom(request.headers.get("x-forwarded-for")));
    return fileResponse(file, "attachment");
  });
}
