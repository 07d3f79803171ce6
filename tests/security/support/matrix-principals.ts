import type { OrgRole, StaffRole } from "@prisma/client";
import { db } from "@/lib/db";
import type { Caller } from "../access-table";
import { SESSION_COOKIE, createSession } from "../../support/factories";
import type { Target, TenantKey, World } from "./seed";

// The callers of the route matrix, signed in without the login page: a real Auth.js database session in the
// Session table, presented as the session cookie, exactly as a browser that signed in would.

export type Principal = {
  name: string;
  kind: "anonymous" | "newcomer" | OrgRole | "MENTOR" | "APPRENTICE" | StaffRole;
  /** The organization an employer principal belongs to, or whose apprentice a mentor or apprentice trains. */
  tenant: TenantKey | null;
  /** An apprentice's own training record (the table's "{own}"). */
  ownRecord?: string;
  /** The Cookie header to send (null: anonymous). */
  cookie: string | null;
};

/** A fresh database session for the user, as a Cookie header. */
export const sessionCookie = async (userId: string) => `${SESSION_COOKIE}=${await createSession(db, userId)}`;

/** Anonymous, a newcomer, every role of T1 and of T2, T1's and T2's mentor and apprentice, and both staff roles. */
export async function signInPrincipals(world: World): Promise<Principal[]> {
  const principals: Principal[] = [
    { name: "anonymous", kind: "anonymous", tenant: null, cookie: null },
    { name: "newcomer", kind: "newcomer", tenant: null, cookie: await sessionCookie(world.newcomerId) },
  ];
  for (const tenant of ["T1", "T2"] as const) {
    for (const role of ["OWNER", "ADMIN", "MEMBER"] as const) {
      const userId = world.tenants[tenant].users[role]!;
      principals.push({ name: `${tenant} ${role}`, kind: role, tenant, cookie: await sessionCookie(userId) });
    }
    const training = world.tenants[tenant].training!;
    principals.push(
      { name: `${tenant} MENTOR`, kind: "MENTOR", tenant, cookie: await sessionCookie(training.mentorUserId) },
      {
        name: `${tenant} APPRENTICE`,
        kind: "APPRENTICE",
        tenant,
        ownRecord: training.apprenticeId,
        cookie: await sessionCookie(training.apprenticeUserId),
      },
    );
  }
  principals.push(
    {
      name: "STAFF_REVIEWER",
      kind: "STAFF_REVIEWER",
      tenant: null,
      cookie: await sessionCookie(world.staff.reviewerId),
    },
    { name: "STAFF_ADMIN", kind: "STAFF_ADMIN", tenant: null, cookie: await sessionCookie(world.staff.adminId) },
  );
  return principals;
}

/**
 * The access table's column for this principal asking for this record: an employer (or a mentor or apprentice) is
 * of the record's own organization, or of another one (records that are nobody's count as another's). Without a
 * record, a route shows the caller's own organization.
 */
export function callerFor(principal: Principal, target: Target | null): Caller {
  const { kind } = principal;
  if (kind === "OWNER" || kind === "ADMIN" || kind === "MEMBER" || kind === "MENTOR" || kind === "APPRENTICE") {
    return !target || target.tenant === principal.tenant ? kind : `other${kind}`;
  }
  return kind;
}
