import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireOrg, requireStaff, requireUser } from "@/lib/authz";
import { changeMemberRole, inviteMember, removeMember, switchOrganization } from "@/lib/organizations/actions";
import { getMembershipForOrg } from "@/lib/organizations/data";
import OnboardingPage from "@/app/(employer)/onboarding/page";
import MembersPage from "@/app/(employer)/organization/members/page";
import ManageMemberPage from "@/app/(employer)/organization/members/[membershipId]/page";
import StaffHomePage from "@/app/(staff)/staff/page";
import StaffEmployersPage from "@/app/(staff)/staff/employers/page";
import StaffEmployerPage from "@/app/(staff)/staff/employers/[organizationId]/page";
import { addMember, createOrganization, createUser } from "../support/factories";
import { signInAs } from "../support/sign-in";
import { html } from "../support/render";

// Next signals redirect()/notFound() by throwing errors whose digest says where to go.
const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(`;${path};`) });
const NOT_FOUND = expect.objectContaining({ digest: expect.stringContaining("404") });
const params = <T>(value: T) => ({ params: Promise.resolve(value), searchParams: Promise.resolve({}) });
const noSearch = { searchParams: Promise.resolve({}) };

describe("anonymous visitors", () => {
  it("are sent to sign-in by every employer and staff page, with a way back", async () => {
    await expect(OnboardingPage()).rejects.toEqual(redirectTo("/signin?callbackUrl=%2Fonboarding"));
    await expect(MembersPage()).rejects.toEqual(redirectTo("/signin?callbackUrl=%2Forganization%2Fmembers"));
    await expect(StaffHomePage()).rejects.toEqual(redirectTo("/signin?callbackUrl=%2Fstaff"));
  });

  it("get a sign-in message from actions and change nothing", async () => {
    const { org } = await createOrganization(db);
    const before = await db.membership.count();
    const result = await inviteMember({ email: "someone@example.test", role: "MEMBER" });
    expect(result).toMatchObject({ ok: false, message: "Please sign in to continue." });
    expect(await db.membership.count()).toBe(before);
    expect(await db.auditEvent.count({ where: { organizationId: org.id } })).toBe(0);
    await expect(requireUser()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("tenant isolation", () => {
  it("a member of A gets 'not found' for B's records, by page and by action, and B is untouched", async () => {
    const a = await createOrganization(db);
    const b = await createOrganization(db);
    const bMember = await addMember(db, b.org.id, "MEMBER");
    await signInAs(a.owner.id);

    // Pages
    await expect(ManageMemberPage(params({ membershipId: bMember.membership.id }))).rejects.toEqual(NOT_FOUND);
    await expect(getMembershipForOrg(a.org.id, bMember.membership.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Actions
    const notFound = { ok: false, message: expect.stringContaining("could not find") };
    expect(await changeMemberRole({ membershipId: bMember.membership.id, role: "ADMIN" })).toMatchObject(notFound);
    expect(await removeMember({ membershipId: bMember.membership.id, confirm: "yes" })).toMatchObject(notFound);
    expect(await switchOrganization({ organizationId: b.org.id })).toMatchObject(notFound);

    const bMembership = await db.membership.findUniqueOrThrow({ where: { id: bMember.membership.id } });
    expect(bMembership.role).toBe("MEMBER");
    expect((await db.user.findUniqueOrThrow({ where: { id: a.owner.id } })).activeOrganizationId).toBeNull();
    expect(await db.auditEvent.count({ where: { organizationId: b.org.id } })).toBe(0);
  });

  it("the organization comes from the session's membership, whatever the form says", async () => {
    const a = await createOrganization(db);
    const b = await createOrganization(db);
    await signInAs(a.owner.id);
    const form = new FormData();
    form.set("email", "new.person@example.test");
    form.set("role", "MEMBER");
    form.set("organizationId", b.org.id); // ignored: not part of the schema, never read
    expect(await inviteMember(form)).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({
      where: { email: "new.person@example.test" },
      include: { memberships: true },
    });
    expect(user.memberships.map((m) => m.organizationId)).toEqual([a.org.id]);
  });

  it("a user in two organizations works in the one they switched to", async () => {
    const a = await createOrganization(db);
    const b = await createOrganization(db);
    await db.membership.create({ data: { userId: a.owner.id, organizationId: b.org.id, role: "MEMBER" } });
    await signInAs(a.owner.id);
    expect((await requireOrg()).org.id).toBe(a.org.id);

    await expect(switchOrganization({ organizationId: b.org.id })).rejects.toEqual(redirectTo("/onboarding"));
    const ctx = await requireOrg();
    expect(ctx.org.id).toBe(b.org.id);
    expect(ctx.role).toBe("MEMBER");
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { kind: "organization.switched", actorId: a.owner.id },
    });
    expect(audit.payload).toEqual({ from: null });
  });
});

describe("staff area", () => {
  it("is 'not found' for employers", async () => {
    const a = await createOrganization(db);
    await signInAs(a.owner.id);
    await expect(StaffHomePage()).rejects.toEqual(NOT_FOUND);
    await expect(StaffEmployersPage(noSearch)).rejects.toEqual(NOT_FOUND);
    await expect(StaffEmployerPage(params({ organizationId: a.org.id }))).rejects.toEqual(NOT_FOUND);
    await expect(requireStaff()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets staff read every organization", async () => {
    const a = await createOrganization(db, { name: "Alpha Regional Hospital" });
    const b = await createOrganization(db, { name: "Beta Children's Hospital", state: "TX" });
    const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    await signInAs(reviewer.id);
    for (const org of [a.org, b.org]) {
      const page = await StaffEmployerPage(params({ organizationId: org.id }));
      expect(html(page)).toContain(org.legalName.replace("'", "&#x27;"));
    }
    const listHtml = html(await StaffEmployersPage(noSearch));
    expect(listHtml).toContain("Alpha Regional Hospital");
    expect(listHtml).toContain("Beta Children&#x27;s Hospital");
  });

  it("sends staff without a membership away from employer pages", async () => {
    const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    await signInAs(reviewer.id);
    await expect(OnboardingPage()).rejects.toEqual(redirectTo("/welcome"));
    await expect(requireOrg()).rejects.toMatchObject({ code: "NO_ORGANIZATION" });
  });
});

describe("roles inside an organization", () => {
  it("members cannot manage members", async () => {
    const { org } = await createOrganization(db);
    const member = await addMember(db, org.id, "MEMBER");
    const other = await addMember(db, org.id, "MEMBER");
    await signInAs(member.user.id);
    expect(await removeMember({ membershipId: other.membership.id, confirm: "yes" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("owner or admin"),
    });
    // The page exists for owners and admins of their own organization: the member is told so (403), not "not found".
    await expect(ManageMemberPage(params({ membershipId: other.membership.id }))).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("403") }),
    );
    expect(await db.membership.count({ where: { organizationId: org.id } })).toBe(3);
  });
});
