import "server-only";
import { requireStaffOrOrg } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** A packet's stored file, for AAMI staff or the organization it registers; anyone else gets "not found". */
export async function getPacketFileForViewer(packetId: string) {
  const { organizationId } = await requireStaffOrOrg();
  const packet = await db.registrationPacket.findFirst({
    where: { id: packetId, ...(organizationId ? { organizationId } : {}) },
    select: { fileId: true },
  });
  if (!packet) throw notFound();
  return packet.fileId;
}

/** The organization's packets, newest first (the employer's own, after approval). */
export function listPackets(organizationId: string) {
  return db.registrationPacket.findMany({
    where: { organizationId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, sha256: true, createdAt: true },
  });
}
