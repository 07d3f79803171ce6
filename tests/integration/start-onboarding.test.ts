import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmOrganization, startOnboarding } from "@/lib/onboarding/intent/actions";
import { acceptClaim, declineClaim } from "@/lib/organizations/claims/actions";
import { pruneExpiredRows } from "@/lib/maintenance";
import ConfirmOrganizationPage from "@/app/(public)/employers/start/confirm/[token]/page";
import { createOrganization, createUser } from "../support/factories";
import { requestScope } from "../support/request-scope";
import { asUser } from "../support/sign-in";
import { formData } from "../support/form";
import { html } from "../support/render";

const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(`;${path};`) });
const TO_CHECK_EMAIL = redirectTo("/employers/start/done");

let n = 0;
const valid = (overrides: Record<string, string> = {}) => {
  n++;
  return {
    legalName: `Riverbend Regional Hospital ${n}`,
    dbaName: "",
    ein: "",
    addressLine1: "500 River Road",
    addressLine2: "",
    city: "Dubuque",
    county: "Dubuque",
    state: "IA",
    postalCode: "52001",
    contactName: "Sam Ortiz",
    contactEmail: `sam.ortiz.${n}@riverbend.example`,
    contactPhone: "563-555-0199",
    apprenticesWanted: "2",
    heardAbout: "AAMI conference or event",
    ...overrides,
  };
};

/** Sends the form from a client of its own (no rate limit between tests) and returns the emailed token. */
async function request(input: ReturnType<typeof valid>) {
  requestScope.setHeaders({ "x-forwarded-for": `198.51.100.${n % 250}` });
  await expect(startOnboarding(formData(input))).rejects.toEqual(TO_CHECK_EMAIL);
  const mail = await db.mailMessage.findFirstOrThrow({
    where: { to: input.contactEmail, template: "organization-request-confirm" },
    orderBy: { createdAt: "desc" },
  });
  const token = /\/employers\/start\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no confirmation link in:\n${mail.text}`);
  return token;
}

const confirm = (token: string) => confirmOrganization(formData({ token }));

describe("step 1: a registration is a request until its contact confirms from the email", () => {
  it("creates nothing when the form is sent, and nothing when the confirmation page is opened", async () => {
    const organizations = await db.organization.count();
    const users = await db.user.count();
    const input = valid({ ein: "421234567", dbaName: "Riverbend" });
    const token = await request(input);
    expect(await db.organization.count()).toBe(organizations);
    expect(await db.user.count()).toBe(users);
    expect(await db.organizationRequest.findFirst({ where: { contactEmail: input.contactEmail } })).toMatchObject({
      status: "PENDING",
      organizationId: null,
    });
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: input.contactEmail } });
    expect(mail).toMatchObject({
      sensitive: true,
      subject: `Confirm: start ${input.legalName} on the BMET Apprenticeship Portal`,
    });
    expect(mail.text).toContain("Nothing is created until you confirm");

    const page = await html(await ConfirmOrganizationPage({ params: Promise.resolve({ token }) }));
    expect(page).toContain(`Confirm: start ${input.legalName}`);
    expect(page).toContain("42-1234567");
    expect(await db.organizationRequest.count({ where: { status: "PENDING", contactEmail: input.contactEmail } })).toBe(
      1,
    );
    expect(await db.organization.count()).toBe(organizations);
  });

  it("confirming creates the organization, its owner and step 1, emails the owner and staff, and sends a sign-in link; the link works once", async () => {
    const staff = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    const input = valid({ ein: "421234568", dbaName: "Riverbend" });
    const token = await request(input);
    const clicks = await Promise.allSettled([confirm(token), confirm(token)]);
    expect(clicks.filter((c) => c.status === "rejected")).toEqual([
      expect.objectContaining({ reason: redirectTo("/employers/start/created") }),
    ]);
    expect(clicks.filter((c) => c.status === "fulfilled")).toEqual([
      expect.objectContaining({
        value: expect.objectContaining({ ok: false, message: expect.stringContaining("already used") }),
      }),
    ]);

    const org = await db.organization.findFirstOrThrow({
      where: { legalName: input.legalName },
      include: { memberships: { include: { user: true } }, steps: true },
    });
    expect(org).toMatchObject({
      ein: "42-1234568",
      dbaName: "Riverbend",
      state: "IA",
      region: "MIDWEST",
      apprenticesWanted: 2,
    });
    expect(org.memberships).toEqual([
      expect.objectContaining({
        role: "OWNER",
        user: expect.objectContaining({ email: input.contactEmail, name: "Sam Ortiz", activeOrganizationId: org.id }),
      }),
    ]);
    expect(org.steps).toMatchObject([
      { step: "INTENT", status: "COMPLETE", completedById: org.memberships[0]!.userId },
    ]);
    expect(await db.auditEvent.count({ where: { kind: "organization.created", organizationId: org.id } })).toBe(1);
    expect(await db.organizationRequest.findFirst({ where: { contactEmail: input.contactEmail } })).toMatchObject({
      status: "CREATED",
      organizationId: org.id,
      tokenHash: null,
    });
    const mail = await db.mailMessage.findMany({ where: { to: { in: [input.contactEmail, staff.email] } } });
    expect(mail.map((m) => [m.to, m.template])).toEqual(
      expect.arrayContaining([
        [input.contactEmail, "employer-welcome"],
        [staff.email, "staff-new-employer"],
        [input.contactEmail, "sign-in-link"],
      ]),
    );
    expect(mail.find((m) => m.template === "staff-new-employer")!.text).toContain(`/staff/employers/${org.id}`);
  });

  it("an existing user's address: nothing is created under their name until they confirm from their own email", async () => {
    const { org: theirs, owner } = await createOrganization(db);
    await db.user.update({ where: { id: owner.id }, data: { activeOrganizationId: theirs.id } });
    const input = valid({ contactEmail: owner.email, legalName: "Squatted Name Hospital" });
    const token = await request(input);
    expect(await db.membership.count({ where: { userId: owner.id } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toMatchObject({
      activeOrganizationId: theirs.id,
    });
    expect(await db.organization.count({ where: { legalName: input.legalName } })).toBe(0);

    await expect(confirm(token)).rejects.toEqual(redirectTo("/employers/start/created"));
    const created = await db.organization.findFirstOrThrow({ where: { legalName: input.legalName } });
    expect(await db.membership.findFirst({ where: { userId: owner.id, organizationId: created.id } })).toMatchObject({
      role: "OWNER",
    });
  });

  it("a claim on an existing organization tells the claimant only that AAMI will be in touch, and its owners nothing about the claimant", async () => {
    const staff = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const { org, owner } = await createOrganization(db, { name: "Harbor Health" });
    await db.organization.update({ where: { id: org.id }, data: { ein: "55-5555555" } });
    const before = await db.organization.count();
    const input = valid({
      legalName: "Harbor Health Inc",
      ein: "555555555",
      state: "CA",
      contactName: "Casey Claimant",
    });
    const token = await request(input);
    // Sending the form told nobody anything: no email to the owners yet.
    expect(await db.mailMessage.count({ where: { to: owner.email } })).toBe(0);

    await expect(confirm(token)).rejects.toEqual(redirectTo("/employers/start/claimed"));
    expect(await db.organization.count()).toBe(before);
    expect(await db.organizationRequest.findFirst({ where: { contactEmail: input.contactEmail } })).toMatchObject({
      status: "CLAIMED",
      organizationId: org.id,
    });
    const toClaimant = await db.mailMessage.findFirstOrThrow({
      where: { to: input.contactEmail, template: "organization-claim-received" },
    });
    expect(`${toClaimant.subject} ${toClaimant.text}`).not.toMatch(/Harbor|@example|owner/i);
    const toOwner = await db.mailMessage.findFirstOrThrow({
      where: { to: owner.email, template: "organization-claim-owners" },
    });
    expect(toOwner.text).not.toContain("Casey");
    expect(toOwner.text).not.toContain(input.contactEmail);
    const toStaff = await db.mailMessage.findFirstOrThrow({
      where: { to: staff.email, template: "staff-organization-claim" },
    });
    expect(toStaff.text).toContain("Casey Claimant");
    expect(toStaff.text).toContain("the same EIN");
    expect(await db.auditEvent.count({ where: { kind: "organization.claim_received", organizationId: org.id } })).toBe(
      1,
    );
  });

  it("staff add a claimant with a role once, even when two decide at once; other callers get not found and change nothing", async () => {
    const [admin, reviewer] = await Promise.all([
      createUser(db, { staffRole: "STAFF_ADMIN" }),
      createUser(db, { staffRole: "STAFF_REVIEWER" }),
    ]);
    const { org, owner } = await createOrganization(db, { name: "Lakeshore Clinic", state: "MI" });
    const input = valid({ legalName: "Lakeshore Clinic", state: "MI" });
    await expect(confirm(await request(input))).rejects.toEqual(redirectTo("/employers/start/claimed"));
    const claim = await db.organizationRequest.findFirstOrThrow({ where: { contactEmail: input.contactEmail } });

    // The organization's own owner, another tenant's owner and anonymous callers cannot decide.
    const { owner: stranger } = await createOrganization(db);
    for (const outsider of [owner.id, stranger.id]) {
      expect(await asUser(outsider, () => acceptClaim(formData({ requestId: claim.id, role: "OWNER" })))).toMatchObject(
        {
          ok: false,
        },
      );
    }
    requestScope.clear();
    expect(await acceptClaim(formData({ requestId: claim.id, role: "OWNER" }))).toMatchObject({ ok: false });
    expect(await asUser(admin.id, () => acceptClaim(formData({ requestId: claim.id, role: "" })))).toMatchObject({
      ok: false,
      fieldErrors: { role: ["Choose a role."] },
    });
    expect(await db.organizationRequest.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "CLAIMED",
    });

    const decisions = await Promise.allSettled([
      asUser(admin.id, () => acceptClaim(formData({ requestId: claim.id, role: "ADMIN" }))),
      asUser(reviewer.id, () => declineClaim(formData({ requestId: claim.id }))),
    ]);
    const wins = decisions.filter((d) => d.status === "rejected");
    expect(wins).toEqual([expect.objectContaining({ reason: redirectTo(`/staff/employers/${org.id}#claims`) })]);
    expect(decisions.filter((d) => d.status === "fulfilled")).toEqual([
      expect.objectContaining({
        value: expect.objectContaining({ ok: false, message: expect.stringContaining("decided this request") }),
      }),
    ]);
    const decided = await db.organizationRequest.findUniqueOrThrow({ where: { id: claim.id } });
    expect(await db.auditEvent.count({ where: { kind: "organization.claim_decided", subjectId: claim.id } })).toBe(1);
    expect(
      await db.mailMessage.count({ where: { to: input.contactEmail, template: "organization-claim-decided" } }),
    ).toBe(1);
    const membership = await db.membership.findFirst({
      where: { organizationId: org.id, user: { email: input.contactEmail } },
    });
    if (decided.status === "ACCEPTED") expect(membership).toMatchObject({ role: "ADMIN" });
    else expect(membership).toBeNull();
  });

  it("treats the same legal name in the same state as the same organization, whatever the punctuation", async () => {
    await createOrganization(db, { name: "St. Mary's Medical Center", state: "WI" });
    await expect(confirm(await request(valid({ legalName: "st marys medical center", state: "WI" })))).rejects.toEqual(
      redirectTo("/employers/start/claimed"),
    );
    // The same name in another state is another organization.
    await expect(
      confirm(await request(valid({ legalName: "St. Mary's Medical Center", state: "MN" }))),
    ).rejects.toEqual(redirectTo("/employers/start/created"));
  });

  it("two colleagues confirming the same new organization at once: one creates it, the other's becomes a claim", async () => {
    const legalName = `Twin Confirm Hospital ${n}`;
    const [first, second] = [valid({ legalName }), valid({ legalName })];
    const tokens = [await request(first), await request(second)];
    const outcomes = await Promise.allSettled(tokens.map(confirm));
    expect(
      outcomes.map((o) => (o.status === "rejected" ? String((o.reason as { digest: string }).digest) : "")).sort(),
    ).toEqual([
      expect.stringContaining("/employers/start/claimed"),
      expect.stringContaining("/employers/start/created"),
    ]);
    expect(await db.organization.count({ where: { legalName } })).toBe(1);
  });

  it("rejects bad input with a message next to each field, keeps the typed values, and stores nothing", async () => {
    const before = await db.organizationRequest.count();
    const result = await startOnboarding(
      formData(
        valid({
          legalName: " ",
          ein: "12-34",
          state: "ZZ",
          postalCode: "5300",
          contactEmail: "sam@",
          contactPhone: "call me",
          apprenticesWanted: "0",
        }),
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        legalName: ["Enter the organization's legal name."],
        ein: ["Enter the EIN as 9 digits, like 12-3456789."],
        state: ["Choose a state."],
        postalCode: ["Enter a 5-digit ZIP code (or ZIP+4), like 53703."],
        contactEmail: ["Enter a valid email address, like name@hospital.org."],
        contactPhone: ["Enter a phone number with area code, like 608-555-0100."],
        apprenticesWanted: ["The number of apprentices must be at least 1."],
      },
      values: { contactPhone: "call me", city: "Dubuque" },
    });
    const tooLong = await startOnboarding(formData(valid({ legalName: "x".repeat(201) })));
    expect(tooLong).toMatchObject({
      ok: false,
      fieldErrors: { legalName: ["Keep the organization's legal name under 200 characters."] },
    });
    expect(await db.organizationRequest.count()).toBe(before);
  });

  it("refuses made-up and expired links, and forgets unconfirmed requests a day after they expire", async () => {
    for (const bad of ["nonsense", "x".repeat(43)]) {
      expect(await confirm(bad)).toMatchObject({
        ok: false,
        message: expect.stringContaining("expired or was already used"),
      });
    }
    const input = valid();
    const token = await request(input);
    await db.organizationRequest.updateMany({
      where: { contactEmail: input.contactEmail },
      data: { expiresAt: new Date(Date.now() - 2 * 86_400_000) },
    });
    expect(await confirm(token)).toMatchObject({ ok: false });
    expect(await html(await ConfirmOrganizationPage({ params: Promise.resolve({ token }) }))).toContain(
      "This link does not work",
    );
    await pruneExpiredRows(db);
    expect(await db.organizationRequest.count({ where: { contactEmail: input.contactEmail } })).toBe(0);
    expect(await db.organization.count({ where: { legalName: input.legalName } })).toBe(0);
  });

  it("limits registrations per network and per contact address", async () => {
    requestScope.setHeaders({ "x-forwarded-for": "198.51.100.251" });
    const contactEmail = `limited.${n}@riverbend.example`;
    for (let i = 0; i < 3; i++)
      await expect(startOnboarding(formData(valid({ contactEmail })))).rejects.toEqual(TO_CHECK_EMAIL);
    expect(await startOnboarding(formData(valid({ contactEmail })))).toMatchObject({
      ok: false,
      message: expect.stringContaining("try again later"),
    });
    requestScope.setHeaders({ "x-forwarded-for": "198.51.100.252" });
    for (let i = 0; i < 10; i++) await startOnboarding(formData(valid())).catch(() => undefined);
    expect(await startOnboarding(formData(valid()))).toMatchObject({
      ok: false,
      message: expect.stringContaining("try again later"),
    });
  });
});
