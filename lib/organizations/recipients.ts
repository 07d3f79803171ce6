import "server-only";
import { MANAGER_ROLES } from "@/lib/authz";
import type { Tx } from "@/lib/prisma-client";

/**
 * Who hears about the organization's submission: its owners and admins, plus `alsoTo` (the submitter) while
 * they are still a member: someone who has left the organization no longer receives its review decisions.
 */
export async function employerRecipients(tx: Tx, organizationId: string, alsoTo: string[] = []) {
  const lowered = alsoTo.map((e) => e.toLowerCase());
  const members = await tx.membership.findMany({
    where: {
      organizationId,
      OR: [{ role: { in: [...MANAGER_ROLES] } }, { user: { email: { in: lowered, mode: "insensitive" } } }],
    },
    select: { user: { select: { email: true } } },
  });
  return [...new Set(members.map((m) => m.user.email.toLowerCase()))];
}

/** Every AAMI staff member's address. */
export async function staffRecipients(tx: Tx) {
  const staff = await tx.user.findMany({ where: { staffRole: { not: null } }, select: { email: true } });
  return staff.map((s) => s.email);
}
