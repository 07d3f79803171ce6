import "server-only";
import { MANAGER_ROLES } from "@/lib/authz";
import type { Tx } from "@/lib/prisma-client";

/**
 * Who hears about the organization's submission: its owners and admins, plus whoever submitted it (a member who
 * has since become an admin is not listed twice).
 */
export async function employerRecipients(tx: Tx, organizationId: string, alsoTo: string[] = []) {
  const managers = await tx.membership.findMany({
    where: { organizationId, role: { in: [...MANAGER_ROLES] } },
    select: { user: { select: { email: true } } },
  });
  return [...new Set([...alsoTo, ...managers.map((m) => m.user.email)].map((e) => e.toLowerCase()))];
}

/** Every AAMI staff member's address. */
export async function staffRecipients(tx: Tx) {
  const staff = await tx.user.findMany({ where: { staffRole: { not: null } }, select: { email: true } });
  return staff.map((s) => s.email);
}
