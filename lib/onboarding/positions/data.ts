import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";

export async function listPositions(organizationId: string) {
  return db.position.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } });
}

/** One position of this organization; another organization's position is "not found". */
export async function getPositionForOrg(organizationId: string, positionId: string, tx: Tx = db) {
  const position = await tx.position.findFirst({ where: { id: positionId, organizationId } });
  if (!position) throw notFound();
  return position;
}

export async function getHiringAttestation(organizationId: string) {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { hiringAttestedAt: true, hiringAttestedById: true },
  });
  if (!org.hiringAttestedAt) return null;
  const by = org.hiringAttestedById
    ? await db.user.findUnique({ where: { id: org.hiringAttestedById }, select: { name: true, email: true } })
    : null;
  return { at: org.hiringAttestedAt, by: by?.name ?? by?.email ?? null };
}
