import { randomBytes, randomUUID } from "node:crypto";
import type { OrgRole, StaffRole } from "@prisma/client";
import { db } from "@/lib/db";
import { regionOf } from "@/lib/regions";
import { requestScope } from "./request-scope";

const unique = () => randomUUID().slice(0, 8);

export async function createUser(opts: { email?: string; name?: string; staffRole?: StaffRole } = {}) {
  const id = unique();
  return db.user.create({
    data: {
      email: opts.email ?? `user-${id}@example.test`,
      name: opts.name ?? `User ${id}`,
      staffRole: opts.staffRole,
    },
  });
}

export async function createOrganization(opts: { name?: string; state?: string; ownerEmail?: string } = {}) {
  const id = unique();
  const name = opts.name ?? `Test Hospital ${id}`;
  const state = opts.state ?? "WI";
  const owner = await createUser({ email: opts.ownerEmail });
  const org = await db.organization.create({
    data: {
      legalName: name,
      legalNameKey: name.toLowerCase(),
      addressLine1: "1 Main St",
      city: "Madison",
      county: "Dane",
      state,
      postalCode: "53703",
      region: regionOf(state),
      contactName: owner.name ?? "Owner",
      contactEmail: owner.email,
      contactPhone: "608-555-0100",
      memberships: { create: { userId: owner.id, role: "OWNER" } },
    },
  });
  return { org, owner };
}

export async function addMember(organizationId: string, role: OrgRole = "MEMBER") {
  const user = await createUser();
  const membership = await db.membership.create({ data: { userId: user.id, organizationId, role } });
  return { user, membership };
}

/** A real Auth.js database session for the user, presented as the request's session cookie. */
export async function signInAs(userId: string) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 86_400_000) } });
  requestScope.setCookie("authjs.session-token", sessionToken);
  return sessionToken;
}
