import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isId } from "@/lib/ids";
import { getPacketFileForViewer } from "@/lib/packets/data";
import { fileResponse, readStoredFile } from "@/lib/storage";

/** GET /api/packets/:id[?inline] — a DOL registration packet, for AAMI staff and the organization it registers. */
export function GET(request: Request, { params }: { params: Promise<{ packetId: string }> }) {
  return handleRoute(async () => {
    const { packetId } = await params;
    if (!isId(packetId)) throw new AppError("NOT_FOUND");
    const file = await readStoredFile(db, await getPacketFileForViewer(packetId));
    return fileResponse(file, new URL(request.url).searchParams.has("inline") ? "inline" : "attachment");
  });
}
