import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

// Tenant-scoped reads. Each takes the caller's organization id (from lib/authz) and answers "not found" for
// another organization's records.

export async function listMembers(organizationId: string) {
  return db.membership.findMany({
    where: { organizationId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
}

export async function getMembershipForOrg(organizationId: string, membershipId: string) {
  const membership = await db.membership.findFirst({
    where: { id: membershipId, organizationId },
    select: { id: true, role: true, userId: true, createdAt: true, user: { select: { email: true, name: true } } },
  });
  if (!membership) throw notFound();
  return membership;
}
