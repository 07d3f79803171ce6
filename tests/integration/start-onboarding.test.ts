import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startOnboarding } from "@/lib/onboarding/intent/actions";
import { createOrganization, createUser } from "../support/factories";
import { requestScope } from "../support/request-scope";
import { formData } from "../support/form";

const REDIRECT_TO_DONE = expect.objectContaining({ digest: expect.stringContaining(";/employers/start/done;") });

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
describe("step 1: startOnboarding", () => {
  it("creates the organization, its owner and step 1, emails the owner and staff, and sends a sign-in link", async () => {
    const staff = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    const input = valid({ ein: "421234567", dbaName: "Riverbend" });
    await expect(startOnboarding(formData(input))).rejects.toEqual(REDIRECT_TO_DONE);

    const org = await db.organization.findFirstOrThrow({
      where: { legalName: input.legalName },
      include: { memberships: { include: { user: true } }, steps: true },
    });
    expect(org).toMatchObject({
      ein: "42-1234567",
      dbaName: "Riverbend",
      state: "IA",
      region: "MIDWEST",
      apprenticesWanted: 2,
    });
    expect(org.memberships).toHaveLength(1);
    expect(org.memberships[0]).toMatchObject({
      role: "OWNER",
      user: { email: input.contactEmail, name: "Sam Ortiz", activeOrganizationId: org.id },
    });
    expect(org.steps).toMatchObject([
      { step: "INTENT", status: "COMPLETE", completedById: org.memberships[0]!.userId },
    ]);
    expect(await db.auditEvent.count({ where: { kind: "organization.created", organizationId: org.id } })).toBe(1);

    const mail = await db.mailMessage.findMany({
      where: { to: { in: [input.contactEmail, staff.email] } },
      orderBy: { createdAt: "asc" },
    });
    expect(mail.map((m) => [m.to, m.template])).toEqual(
      expect.arrayContaining([
        [input.contactEmail, "employer-welcome"],
        [staff.email, "staff-new-employer"],
        [input.contactEmail, "sign-in-link"],
      ]),
    );
    const welcome = mail.find((m) => m.template === "employer-welcome")!;
    expect(welcome.text).toContain("What happens next");
    expect(mail.find((m) => m.template === "staff-new-employer")!.text).toContain(`/staff/employers/${org.id}`);
  });

  it("rejects bad input with a message next to each field, keeps the typed values, and creates nothing", async () => {
    const before = await db.organization.count();
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
    expect(await db.organization.count()).toBe(before);
    const tooLong = await startOnboarding(formData(valid({ legalName: "x".repeat(201) })));
    expect(tooLong).toMatchObject({
      ok: false,
      fieldErrors: { legalName: ["Keep the organization's legal name under 200 characters."] },
    });
  });

  it("does not duplicate an organization with the same EIN, and tells its owners someone asked to join", async () => {
    const { org, owner } = await createOrganization(db, { name: "Harbor Health" });
    await db.organization.update({ where: { id: org.id }, data: { ein: "55-5555555" } });
    const before = await db.organization.count();
    const input = valid({ legalName: "Harbor Health Inc", ein: "555555555", state: "CA" });
    const result = await startOnboarding(input);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("An organization with this EIN is already registered"),
    });
    expect(await db.organization.count()).toBe(before);
    const note = await db.mailMessage.findFirstOrThrow({ where: { to: owner.email, template: "access-request" } });
    expect(note.text).toContain(input.contactEmail);
    // Asking again the same day does not email the owners again.
    await startOnboarding(input);
    expect(await db.mailMessage.count({ where: { to: owner.email, template: "access-request" } })).toBe(1);
  });

  it("treats the same legal name in the same state as the same organization, whatever the punctuation", async () => {
    await createOrganization(db, { name: "St. Mary's Medical Center", state: "WI" });
    const result = await startOnboarding(valid({ legalName: "st marys medical center", state: "WI" }));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("this legal name in Wisconsin") });
    // The same name in another state is another organization.
    await expect(startOnboarding(valid({ legalName: "St. Mary's Medical Center", state: "MN" }))).rejects.toEqual(
      REDIRECT_TO_DONE,
    );
  });

  it("a double submission creates one organization", async () => {
    const input = valid();
    const outcomes = await Promise.allSettled([startOnboarding(input), startOnboarding(input)]);
    expect(await db.organization.count({ where: { legalName: input.legalName } })).toBe(1);
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(1); // the redirect to the confirmation
    expect(outcomes.filter((o) => o.status === "fulfilled" && !o.value.ok)).toHaveLength(1);
  });

  it("limits registrations from one network", async () => {
    requestScope.setHeaders({ "x-forwarded-for": "198.51.100.23" });
    for (let i = 0; i < 10; i++) await startOnboarding(valid()).catch(() => undefined);
    const result = await startOnboarding(valid());
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("try again later") });
  });
});
