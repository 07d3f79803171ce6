import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { handlers } from "@/lib/auth";
import { currentActor, requireUser } from "@/lib/authz";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session";
import { SESSION_COOKIE, approvedVersionOne, createOrganization, createUser } from "../support/factories";
import { requestScope } from "../support/request-scope";

// lib/authz reads Auth.js's database sessions itself, in one query with the user and their memberships. These
// tests hold it to Auth.js's own rules by asking Auth.js too (its /api/auth/session endpoint, on a twin session
// in the same state): who is signed in, which sessions end, and when a session in use is extended.

const DAY = 86_400_000;

async function sessionExpiring(userId: string, expires: Date) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId, expires } });
  return sessionToken;
}

/** Who lib/authz finds signed in with this session token. */
const actorWith = (token: string) => requestScope.run({ [SESSION_COOKIE]: token }, () => currentActor());

/** Who Auth.js finds signed in with this session token: the user's id, or null. */
async function authJsUserWith(token: string): Promise<string | null> {
  const request = new NextRequest("http://localhost:3000/api/auth/session", {
    headers: { cookie: `${SESSION_COOKIE}=${token}` },
  });
  const session = (await (await handlers.GET(request)).json()) as { user?: { id: string } } | null;
  return session?.user?.id ?? null;
}

const expiresOf = async (token: string) =>
  (await db.session.findUnique({ where: { sessionToken: token } }))?.expires.getTime() ?? null;

describe("sessions, as lib/authz reads them", () => {
  it("a live session is its user, with their memberships oldest first, and the database's active organization", async () => {
    const a = await createOrganization(db, { name: "Alpha Regional Hospital" });
    const b = await createOrganization(db, { name: "Beta Children's Hospital" });
    await db.membership.create({ data: { userId: a.owner.id, organizationId: b.org.id, role: "MEMBER" } });
    await db.user.update({ where: { id: a.owner.id }, data: { activeOrganizationId: b.org.id } });
    const token = await sessionExpiring(a.owner.id, new Date(Date.now() + 30 * DAY));

    expect(await actorWith(token)).toEqual({
      id: a.owner.id,
      email: a.owner.email,
      name: a.owner.name,
      staffRole: null,
      activeOrganizationId: b.org.id,
      memberships: [
        { organizationId: a.org.id, organizationName: "Alpha Regional Hospital", role: "OWNER" },
        { organizationId: b.org.id, organizationName: "Beta Children's Hospital", role: "MEMBER" },
      ],
      partnerScopes: {},
      training: { apprentice: false, mentor: false },
    });
    expect(await authJsUserWith(token)).toBe(a.owner.id);
  });

  it("brings whether each organization is an employer partner, from its latest submission, as of this request", async () => {
    const a = await createOrganization(db, { name: "Gamma Regional Hospital", state: "TX" });
    const b = await createOrganization(db, { name: "Delta Children's Hospital", state: "WI" });
    await db.membership.create({ data: { userId: a.owner.id, organizationId: b.org.id, role: "MEMBER" } });
    const token = await sessionExpiring(a.owner.id, new Date(Date.now() + 30 * DAY));
    await approvedVersionOne(db, a.org.id, a.owner.id);
    expect((await actorWith(token))?.partnerScopes).toEqual({ [a.org.id]: { regions: ["SOUTHWEST"], states: ["TX"] } });

    // A newer version waiting for AAMI is the latest: the organization is no partner until AAMI approves it.
    await db.submission.create({
      data: { organizationId: a.org.id, version: 2, status: "SUBMITTED", snapshot: {}, submittedById: a.owner.id },
    });
    await approvedVersionOne(db, b.org.id, b.owner.id);
    expect((await actorWith(token))?.partnerScopes).toEqual({ [b.org.id]: { regions: ["MIDWEST"], states: ["WI"] } });
  });

  it("staff are signed in with their role and no memberships", async () => {
    const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const token = await sessionExpiring(admin.id, new Date(Date.now() + 30 * DAY));
    expect(await actorWith(token)).toMatchObject({ id: admin.id, staffRole: "STAFF_ADMIN", memberships: [] });
  });

  it("an expired session signs nobody in and is deleted, as Auth.js deletes it", async () => {
    const user = await createUser(db);
    const ours = await sessionExpiring(user.id, new Date(Date.now() - 1000));
    const authJs = await sessionExpiring(user.id, new Date(Date.now() - 1000));

    expect(await actorWith(ours)).toBeNull();
    expect(await authJsUserWith(authJs)).toBeNull();
    expect(await db.session.count({ where: { sessionToken: { in: [ours, authJs] } } })).toBe(0);
    await expect(requestScope.run({ [SESSION_COOKIE]: ours }, requireUser)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("a revoked session (signed out on another device, or removed by AAMI) signs nobody in from then on", async () => {
    const user = await createUser(db);
    const token = await sessionExpiring(user.id, new Date(Date.now() + 30 * DAY));
    expect((await actorWith(token))?.id).toBe(user.id);

    await db.session.delete({ where: { sessionToken: token } });
    expect(await actorWith(token)).toBeNull();
    expect(await authJsUserWith(token)).toBeNull();
  });

  it("a deleted user's sessions end with them", async () => {
    const user = await createUser(db);
    const token = await sessionExpiring(user.id, new Date(Date.now() + 30 * DAY));
    await db.user.delete({ where: { id: user.id } });
    expect(await actorWith(token)).toBeNull();
  });

  it("a made-up or empty token signs nobody in", async () => {
    expect(await actorWith(randomBytes(32).toString("hex"))).toBeNull();
    expect(await actorWith("")).toBeNull();
  });

  it("a session in use is extended to 30 days once a day has passed since its last extension, as Auth.js does", async () => {
    const user = await createUser(db);
    // Extended two days ago: due.
    const twoDaysAgo = new Date(Date.now() + 28 * DAY);
    const ours = await sessionExpiring(user.id, twoDaysAgo);
    const authJs = await sessionExpiring(user.id, twoDaysAgo);
    const before = Date.now();
    expect((await actorWith(ours))?.id).toBe(user.id);
    expect(await authJsUserWith(authJs)).toBe(user.id);
    for (const token of [ours, authJs]) {
      const expires = (await expiresOf(token))!;
      expect(expires).toBeGreaterThanOrEqual(before + SESSION_MAX_AGE_SECONDS * 1000);
      expect(expires).toBeLessThanOrEqual(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
    }
  });

  it("a session extended less than a day ago is left as it is (no write on every request), as Auth.js leaves it", async () => {
    const user = await createUser(db);
    const anHourAgo = new Date(Date.now() + 30 * DAY - 3600_000);
    const ours = await sessionExpiring(user.id, anHourAgo);
    const authJs = await sessionExpiring(user.id, anHourAgo);
    expect((await actorWith(ours))?.id).toBe(user.id);
    expect(await authJsUserWith(authJs)).toBe(user.id);
    expect(await expiresOf(ours)).toBe(anHourAgo.getTime());
    expect(await expiresOf(authJs)).toBe(anHourAgo.getTime());
  });
});
