import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";

export async function listMentors(organizationId: string) {
  return db.mentor.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } });
}

/** One mentor of this organization; another organization's mentor is "not found". */
export async function getMentorForOrg(organizationId: string, mentorId: string, tx: Tx = db) {
  const mentor = await tx.mentor.findFirst({ where: { id: mentorId, organizationId } });
  if (!mentor) throw notFound();
  return mentor;
}
