import "server-only";
import { cache } from "react";
import type { OrgRole, StaffRole } from "@prisma/client";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// The ONLY place that turns a session into { user, org, role }. Every loader and every action goes through
// requireUser / requireOrg / requireStaff; the organization always comes from the user's memberships in the
// database, never from the request.

export const ALL_ORG_ROLES: readonly OrgRole[] = ["OWNER", "ADMIN", "MEMBER"];
export const MANAGER_ROLES: readonly OrgRole[] = ["OWNER", "ADMIN"];
export const ALL_STAFF_ROLES: readonly StaffRole[] = ["STAFF_REVIEWER", "STAFF_ADMIN"];

export type MembershipSummary = { organizationId: string; organizationName: string; role: OrgRole };
export type Actor = {
  id: string;
  email: string;
  name: string | null;
  staffRole: StaffRole | null;
  activeOrganizationId: string | null;
  memberships: MembershipSummary[];
};
export type OrgContext = { user: Actor; org: { id: string; name: string }; role: OrgRole };
export type StaffContext = { user: Actor; staffRole: StaffRole };

/** The signed-in user with memberships, loaded once per request. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      staffRole: true,
      activeOrganizationId: true,
      memberships: {
        select: { role: true, organization: { select: { id: true, legalName: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) return null;
  return {
    ...user,
    memberships: user.memberships.map((m) => ({
      organizationId: m.organization.id,
      organizationName: m.organization.legalName,
      role: m.role,
    })),
  };
});

/** The membership a user is working in: the one they switched to, else their oldest. */
export function activeMembership(actor: Actor): MembershipSummary | undefined {
  return actor.memberships.find((m) => m.organizationId === actor.activeOrganizationId) ?? actor.memberships[0];
}

export async function requireUser(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

export async function requireOrg(roles: readonly OrgRole[] = ALL_ORG_ROLES): Promise<OrgContext> {
  const user = await requireUser();
  const membership = activeMembership(user);
  if (!membership) throw new AppError("NO_ORGANIZATION");
  if (!roles.includes(membership.role)) {
    throw new AppError(
      "FORBIDDEN",
      `Only an organization ${roles.map((r) => r.toLowerCase()).join(" or ")} can do that.`,
    );
  }
  return { user, org: { id: membership.organizationId, name: membership.organizationName }, role: membership.role };
}

/** Staff areas answer "not found" to everyone else, so their existence is not advertised. */
export async function requireStaff(roles: readonly StaffRole[] = ALL_STAFF_ROLES): Promise<StaffContext> {
  const user = await requireUser();
  if (!user.staffRole) throw new AppError("NOT_FOUND");
  if (!roles.includes(user.staffRole)) throw new AppError("FORBIDDEN", "This needs an AAMI staff administrator.");
  return { user, staffRole: user.staffRole };
}

/**
 * For records that AAMI staff and the owning organization may both see (signed agreements, packets): the
 * organization the caller is limited to, or null for staff, who see every organization.
 */
export async function requireStaffOrOrg(): Promise<{ organizationId: string | null }> {
  const user = await requireUser();
  if (user.staffRole) return { organizationId: null };
  return { organizationId: (await requireOrg()).org.id };
}

/** Where a signed-in user belongs when they arrive without a destination. */
export function homePath(actor: Actor): string {
  if (actor.staffRole) return "/staff";
  if (actor.memberships.length > 0) return "/onboarding";
  return "/welcome";
}
