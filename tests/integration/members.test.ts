import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeMemberRole, inviteMember, removeMember } from "@/lib/organizations/actions";
import { addMember, createOrganization, createUser } from "../support/factories";
import { asUser, signInAs } from "../support/sign-in";

describe("inviteMember", () => {
  it("adds the person, records who did it, and queues an email saying what happens next", async () => {
    const { org, owner } = await createOrganization(db, { name: "Riverside Hospital" });
    await signInAs(owner.id);
    const result = await inviteMember({ email: "  Tech.Lead@Riverside.example ", role: "ADMIN" });
    expect(result).toEqual({ ok: true, data: { email: "tech.lead@riverside.example" } });

    const membership = await db.membership.findFirstOrThrow({
      where: { organizationId: org.id, user: { email: "tech.lead@riverside.example" } },
    });
    expect(membership.role).toBe("ADMIN");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { kind: "member.invited", organizationId: org.id } });
    expect(audit).toMatchObject({
      actorId: owner.id,
      subjectId: membership.id,
      payload: { email: "tech.lead@riverside.example", role: "ADMIN", newUser: true },
    });
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: "tech.lead@riverside.example" } });
    expect(mail.subject).toBe("You have been added to Riverside Hospital on the BMET Apprenticeship Portal");
    expect(mail.text).toContain("What happens next");
    expect(mail.status).toBe("PENDING");
  });

  it("rejects bad input with a message next to the field, keeps what was typed, and changes nothing", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    const counts = async () => [
      await db.membership.count(),
      await db.user.count(),
      await db.auditEvent.count(),
      await db.mailMessage.count(),
    ];
    const before = await counts();
    const form = new FormData();
    form.set("email", "not-an-email");
    form.set("role", "SUPERUSER");
    const result = await inviteMember(form);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Enter a valid email address, like name@hospital.org."], role: ["Choose a role."] },
      values: { email: "not-an-email", role: "SUPERUSER" },
    });
    expect(await counts()).toEqual(before);
    expect(await db.membership.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("says so when the person is already a member, and refuses staff addresses without naming them", async () => {
    const { org, owner } = await createOrganization(db);
    const member = await addMember(db, org.id);
    const staff = await createUser(db, { staffRole: "STAFF_ADMIN" });
    await signInAs(owner.id);
    expect(await inviteMember({ email: member.user.email, role: "MEMBER" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["This person is already a member."] },
    });
    expect(await inviteMember({ email: staff.email, role: "MEMBER" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["This address cannot be added to an employer organization."] },
    });
    expect(await db.mailMessage.count({ where: { to: { in: [member.user.email, staff.email] } } })).toBe(0);
  });

  it("lets admins add members but not owners", async () => {
    const { org } = await createOrganization(db);
    const admin = await addMember(db, org.id, "ADMIN");
    await signInAs(admin.user.id);
    expect(await inviteMember({ email: "owner2@example.test", role: "OWNER" })).toMatchObject({
      ok: false,
      message: "Only an owner can add, change or remove owners.",
    });
    expect(await inviteMember({ email: "member2@example.test", role: "MEMBER" })).toMatchObject({ ok: true });
  });

  it("a double submission adds the member once", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    const results = await Promise.all([
      inviteMember({ email: "twice@example.test", role: "MEMBER" }),
      inviteMember({ email: "twice@example.test", role: "MEMBER" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await db.membership.count({ where: { organizationId: org.id, user: { email: "twice@example.test" } } }),
    ).toBe(1);
    expect(await db.mailMessage.count({ where: { to: "twice@example.test" } })).toBe(1);
  });
});

describe("concurrency and malformed input", () => {
  it("two organizations inviting the same new address at once both succeed, with one user", async () => {
    const a = await createOrganization(db);
    const b = await createOrganization(db);
    const email = `shared-${Date.now()}@example.test`;
    const results = await Promise.all([
      asUser(a.owner.id, () => inviteMember({ email, role: "MEMBER" })),
      asUser(b.owner.id, () => inviteMember({ email, role: "MEMBER" })),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.membership.count({ where: { user: { email } } })).toBe(2);
  });

  it("a malformed id gets a clear message, not a database error", async () => {
    const { owner } = await createOrganization(db);
    await signInAs(owner.id);
    const result = await changeMemberRole({ membershipId: "x\u0000'; DROP TABLE", role: "ADMIN" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { membershipId: [expect.stringContaining("out of date")] },
    });
  });
});

describe("changing roles and removing members", () => {
  it("changes a role and records the change", async () => {
    const { org, owner } = await createOrganization(db);
    const member = await addMember(db, org.id, "MEMBER");
    await signInAs(owner.id);
    await expect(changeMemberRole({ membershipId: member.membership.id, role: "ADMIN" })).rejects.toMatchObject({
      digest: expect.stringContaining("/organization/members"),
    });
    expect((await db.membership.findUniqueOrThrow({ where: { id: member.membership.id } })).role).toBe("ADMIN");
    expect(
      await db.auditEvent.findFirst({ where: { kind: "member.role_changed", subjectId: member.membership.id } }),
    ).toMatchObject({ payload: { from: "MEMBER", to: "ADMIN" } });
  });

  it("never leaves an organization without an owner", async () => {
    const { org, owner } = await createOrganization(db);
    const ownerMembership = await db.membership.findFirstOrThrow({
      where: { organizationId: org.id, userId: owner.id },
    });
    await signInAs(owner.id);
    expect(await removeMember({ membershipId: ownerMembership.id, confirm: "yes" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("at least one owner"),
    });
    expect(await changeMemberRole({ membershipId: ownerMembership.id, role: "MEMBER" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("at least one owner"),
    });
    expect(await db.membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
  });

  it("two owners demoting each other at the same moment: exactly one wins", async () => {
    const { org, owner } = await createOrganization(db);
    const second = await addMember(db, org.id, "OWNER");
    const firstMembership = await db.membership.findFirstOrThrow({
      where: { organizationId: org.id, userId: owner.id },
    });
    // Each owner demotes the other at the same moment; the row lock makes the second see only one owner left.
    const outcomes = await Promise.allSettled([
      asUser(owner.id, () => changeMemberRole({ membershipId: second.membership.id, role: "MEMBER" })),
      asUser(second.user.id, () => changeMemberRole({ membershipId: firstMembership.id, role: "MEMBER" })),
    ]);
    const owners = await db.membership.count({ where: { organizationId: org.id, role: "OWNER" } });
    expect(owners).toBe(1);
    const refused = outcomes.filter((o) => o.status === "fulfilled" && !o.value.ok);
    expect(refused).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { kind: "member.role_changed", organizationId: org.id } })).toBe(1);
  });
});
