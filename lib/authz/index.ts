import "server-only";
import { cache } from "react";
import type { OrgRole, StaffRole, SubmissionStatus } from "@prisma/client";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, sessionTokenFromRequest } from "@/lib/auth/session";
import { partnerScope, type PartnerScope } from "@/lib/candidates/partner/scope";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { APPROVED_STATUSES } from "@/lib/review/transitions";
import { IN_TRAINING } from "@/lib/training/status";

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
  /**
   * The candidate scope of each of the user's organizations that is an employer partner (lib/authz/partner.ts), by
   * organization id; the others are absent. Read with the session, so being a partner costs no query of its own.
   */
  partnerScopes: Record<string, PartnerScope>;
  /**
   * Whether the user signs in to a training record as the apprentice, or as the mentor of one (lib/authz/training.ts
   * decides what they see; these only route them home and show the link).
   */
  training: { apprentice: boolean; mentor: boolean };
};
export type OrgContext = { user: Actor; org: { id: string; name: string }; role: OrgRole };
export type StaffContext = { user: Actor; staffRole: StaffRole };

type MembershipRow = MembershipSummary & { region: string; state: string; latestStatus: SubmissionStatus | null };
type ActorRow = Omit<Actor, "memberships" | "partnerScopes" | "training"> & {
  expires: Date;
  memberships: MembershipRow[];
  isApprentice: boolean;
  isMentor: boolean;
};

/**
 * The signed-in user with memberships, loaded once per request in one query from the session cookie. Auth.js made
 * the session at sign-in and ends it at sign-out; reading it here, joined with the user and their memberships,
 * saves its round trips (and its request machinery) on every signed-in request. Each membership's organization
 * comes with its latest submission's status (the flag the database keeps on the highest version), so whether it is
 * an employer partner is known from the same query, as of this request. The rules are Auth.js's own
 * (@auth/core lib/actions/session.js): a missing session or user means signed out; an expired session is deleted
 * and means signed out; a session last extended more than a day ago (updateAge) is extended to 30 days from now.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const token = await sessionTokenFromRequest();
  if (!token) return null;
  const [row] = await db.$queryRaw<ActorRow[]>`
    SELECT s.expires, u.id, u.email, u.name, u."staffRole"::text AS "staffRole", u."activeOrganizationId",
           COALESCE((SELECT json_agg(json_build_object('organizationId', o.id, 'organizationName', o."legalName",
                                                       'role', m.role, 'region', o.region, 'state', o.state,
                                                       'latestStatus', latest.status) ORDER BY m."createdAt", m.id)
                       FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
                       LEFT JOIN "Submission" latest ON latest."organizationId" = o.id AND latest."isLatest"
                      WHERE m."userId" = u.id), '[]'::json) AS memberships,
           EXISTS (SELECT 1 FROM "Apprentice" a
                    WHERE a."userId" = u.id AND a.status::text = ANY(${IN_TRAINING})) AS "isApprentice",
           EXISTS (SELECT 1 FROM "Mentor" mt JOIN "Apprentice" a ON a."mentorId" = mt.id
                    WHERE mt."userId" = u.id AND a.status::text = ANY(${IN_TRAINING})) AS "isMentor"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
     WHERE s."sessionToken" = ${token}`;
  if (!row) return null;
  const now = Date.now();
  if (row.expires.getTime() < now) {
    await db.session.deleteMany({ where: { sessionToken: token } });
    return null;
  }
  if (row.expires.getTime() - (SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS) * 1000 <= now) {
    // Conditional on the expiry read above, so concurrent requests of one session extend it once.
    await db.session.updateMany({
      where: { sessionToken: token, expires: row.expires },
      data: { expires: new Date(now + SESSION_MAX_AGE_SECONDS * 1000) },
    });
  }
  const { id, email, name, staffRole, activeOrganizationId } = row;
  return {
    id,
    email,
    name,
    staffRole,
    activeOrganizationId,
    memberships: row.memberships.map(({ organizationId, organizationName, role }) => ({
      organizationId,
      organizationName,
      role,
    })),
    partnerScopes: Object.fromEntries(
      row.memberships
        .filter((m) => m.latestStatus && APPROVED_STATUSES.includes(m.latestStatus))
        .map((m) => [m.organizationId, partnerScope(m)]),
    ),
    training: { apprentice: row.isApprentice, mentor: row.isMentor },
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
  if (actor.training.apprentice || actor.training.mentor) return "/training";
  return "/welcome";
}
