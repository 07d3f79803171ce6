import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import {
  SESSION_COOKIE,
  addMember,
  completeStepsThroughMentor,
  createOrganization,
  createUser,
} from "../../support/factories";
import { requestScope } from "../../support/request-scope";

// The people the security tests act as, each with a real Auth.js database session. Sessions last 30 days, so
// Auth.js never has to extend one while a test runs (it rewrites a session's expiry once less than 29 days remain),
// and a request that only reads leaves the database as it was.

export type Principal = { name: string; userId: string | null; token: string | null };

const SESSION_DAYS = 30;

export async function sessionFor(userId: string) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({
    data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_DAYS * 86_400_000 - 60_000) },
  });
  return sessionToken;
}

export async function principal(name: string, userId: string | null): Promise<Principal> {
  return { name, userId, token: userId ? await sessionFor(userId) : null };
}

/** Runs fn as its own request from this principal (its own cookie jar), so principals can act at once. */
export function actAs<T>(who: Principal, fn: () => Promise<T>, headers?: Record<string, string>): Promise<T> {
  return requestScope.run(who.token ? { [SESSION_COOKIE]: who.token } : {}, async () => {
    if (headers) requestScope.setHeaders(headers);
    return fn();
  });
}

export const anonymous: Principal = { name: "anonymous", userId: null, token: null };

/** An organization with steps 1–5 and its wage schedule done, its owner, an admin and a member. */
export async function organizationWithTeam() {
  const { org, owner } = await createOrganization(db);
  await completeStepsThroughMentor(db, org.id, owner.id);
  const admin = await addMember(db, org.id, "ADMIN");
  const member = await addMember(db, org.id, "MEMBER");
  return {
    org,
    owner: await principal("owner", owner.id),
    admin: await principal("admin", admin.user.id),
    member: await principal("member", member.user.id),
  };
}

export async function staffMember(role: "STAFF_REVIEWER" | "STAFF_ADMIN") {
  const user = await createUser(db, { staffRole: role, name: role === "STAFF_ADMIN" ? "Ada Admin" : "Riley Reviewer" });
  return principal(role === "STAFF_ADMIN" ? "staff admin" : "staff reviewer", user.id);
}
