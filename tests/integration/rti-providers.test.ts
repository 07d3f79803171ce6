import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordRapidsEmployerId } from "@/lib/organizations/rapids/actions";
import { createRtiProvider, deleteRtiProvider, updateRtiProvider } from "@/lib/rti-providers/actions";
import RtiProvidersPage from "@/app/(staff)/staff/rti-providers/page";
import StaffEmployerPage from "@/app/(staff)/staff/employers/[organizationId]/page";
import { apprentice, employer } from "../support/apprentices";
import { addMember, createOrganization, createUser, verifiedProvider } from "../support/factories";
import { formData } from "../support/form";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { signInAs } from "../support/sign-in";
import { truncateAll } from "../support/database";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// Staff administrators manage RTI providers (reviewers read the list) and record employers' RAPIDS ids. Each write
// is conditional on what the page showed and audited in its transaction; everyone else is refused and changes
// nothing.

let admin: string;
let reviewer: string;
beforeEach(async () => {
  await truncateAll(INTEGRATION_DATABASE_URL);
  admin = (await createUser(db, { staffRole: "STAFF_ADMIN" })).id;
  reviewer = (await createUser(db, { staffRole: "STAFF_REVIEWER" })).id;
  await signInAs(admin);
});

const provider = (changes: Record<string, string> = {}) =>
  formData({
    name: "Gateway Technical College",
    providerType: "Community or technical college",
    addressLine1: "3520 30th Ave",
    addressLine2: "",
    city: "Kenosha",
    state: "WI",
    postalCode: "53144",
    contact: "Apprenticeship office, 262-555-0100",
    website: "gtc.example",
    rapidsProviderId: "",
    ...changes,
  });
const TO_LIST = expect.objectContaining({ digest: expect.stringContaining(";/staff/rti-providers?saved=1;") });
const listPage = () => RtiProvidersPage({ searchParams: Promise.resolve({}) }).then(html);

describe("managing RTI providers", () => {
  it("adds a confirmed provider, refusing a duplicate name or RAPIDS id and bad fields next to each field", async () => {
    await expect(createRtiProvider(provider({ rapidsProviderId: "208029" }))).rejects.toEqual(TO_LIST);
    const added = await db.rtiProvider.findFirstOrThrow({ where: { name: "Gateway Technical College" } });
    expect(added).toMatchObject({ status: "VERIFIED", verifiedById: admin, website: "https://gtc.example" });
    expect(await db.auditEvent.count({ where: { kind: "rti_provider.created", subjectId: added.id } })).toBe(1);

    expect(await createRtiProvider(provider({ name: "gateway technical college." }))).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.stringContaining("already in the list")] },
    });
    expect(await createRtiProvider(provider({ name: "Other College", rapidsProviderId: "208029" }))).toMatchObject({
      ok: false,
      fieldErrors: { rapidsProviderId: [expect.stringContaining("already has")] },
    });
    expect(
      await createRtiProvider(
        provider({ name: "", postalCode: "ABCDE", state: "ZZ", rapidsProviderId: "PORTAL-RTI-x", website: "a b" }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        name: [expect.any(String)],
        postalCode: [expect.any(String)],
        state: ["Choose a state."],
        rapidsProviderId: [expect.stringContaining("placeholder")],
        website: [expect.any(String)],
      },
    });
    expect(await db.rtiProvider.count()).toBe(1);
  });

  it("confirms an employer's proposal when staff save it, and refuses a save made on an outdated page", async () => {
    const { org } = await createOrganization(db);
    const proposed = await db.rtiProvider.create({
      data: {
        name: "Gateway Tech",
        nameKey: "gateway tech",
        providerType: "Other",
        contact: "someone@gtc.example",
        status: "PROPOSED",
        proposedByOrganizationId: org.id,
      },
    });
    expect(await listPage()).toContain("Proposed by");
    const save = (rowVersion: number) =>
      updateRtiProvider(provider({ providerId: proposed.id, rowVersion: String(rowVersion) }));
    await expect(save(0)).rejects.toEqual(TO_LIST);
    const confirmed = await db.rtiProvider.findUniqueOrThrow({ where: { id: proposed.id } });
    expect(confirmed).toMatchObject({ status: "VERIFIED", verifiedById: admin, rowVersion: 1, city: "Kenosha" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { kind: "rti_provider.updated" } });
    expect(audit.payload).toMatchObject({ confirmed: true, changed: expect.arrayContaining(["name", "addressLine1"]) });

    // The page showed version 0; it is 1 now. Nothing changes, and the message says why.
    expect(
      await updateRtiProvider(provider({ providerId: proposed.id, rowVersion: "0", name: "Renamed" })),
    ).toMatchObject({ ok: false, message: expect.stringContaining("changed this provider while you were looking") });
    expect((await db.rtiProvider.findUniqueOrThrow({ where: { id: proposed.id } })).name).toBe(
      "Gateway Technical College",
    );
  });

  it("deletes a provider nothing uses, and refuses one a funding plan or an apprentice names", async () => {
    const unused = await verifiedProvider(db, "Unused Institute");
    // An apprentice names Madison College.
    await apprentice(db, (await employer(db)).id, "Student", "DRAFT");
    const used = await db.rtiProvider.findFirstOrThrow({ where: { apprentices: { some: {} } } });
    expect(
      await deleteRtiProvider(formData({ providerId: used.id, rowVersion: String(used.rowVersion) })),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("is in use (0 funding plans, 1 apprentice)"),
    });
    expect(await deleteRtiProvider(formData({ providerId: unused.id, rowVersion: "7" }))).toMatchObject({ ok: false });
    expect(await deleteRtiProvider(formData({ providerId: unused.id, rowVersion: "0" }))).toMatchObject({ ok: true });
    expect(await db.rtiProvider.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(await db.rtiProvider.findUnique({ where: { id: used.id } })).not.toBeNull();
    expect(await db.auditEvent.count({ where: { kind: "rti_provider.deleted", subjectId: unused.id } })).toBe(1);
  });

  it("refuses reviewers, employers and visitors, who change nothing; reviewers read the list without its buttons", async () => {
    const { org, owner } = await createOrganization(db);
    const member = await addMember(db, org.id, "ADMIN");
    const target = await verifiedProvider(db, "Target College");
    const tries = [
      () => createRtiProvider(provider()),
      () => updateRtiProvider(provider({ providerId: target.id, rowVersion: "0", name: "Hijacked" })),
      () => deleteRtiProvider(formData({ providerId: target.id, rowVersion: "0" })),
    ];
    for (const userId of [reviewer, owner.id, member.user.id, null]) {
      if (userId) await signInAs(userId);
      else requestScope.clear();
      for (const attempt of tries) expect(await attempt()).toMatchObject({ ok: false });
    }
    expect(await db.rtiProvider.findMany({ select: { name: true, rowVersion: true } })).toEqual([
      { name: "Target College", rowVersion: 0 },
    ]);
    expect(await db.auditEvent.count({ where: { kind: { startsWith: "rti_provider." } } })).toBe(0);

    await signInAs(reviewer);
    const shown = await listPage();
    expect(shown).toContain("Target College");
    expect(shown).not.toContain("/staff/rti-providers/new");
    expect(shown).not.toContain(`/staff/rti-providers/${target.id}`);
  });
});

describe("recording an employer's RAPIDS id", () => {
  const record = (organizationId: string, current: string, rapidsEmployerId: string) =>
    recordRapidsEmployerId(formData({ organizationId, current, rapidsEmployerId }));
  const idOf = async (id: string) =>
    (await db.organization.findUniqueOrThrow({ where: { id }, select: { rapidsEmployerId: true } })).rapidsEmployerId;

  it("records, corrects and clears it, conditional on the id the page showed, audited each time", async () => {
    const { org } = await createOrganization(db);
    const other = await createOrganization(db);
    expect(await record(org.id, "", " e-4410 ")).toMatchObject({ ok: true });
    expect(await idOf(org.id)).toBe("E-4410");
    // A colleague's page still shows no id: refused, and the message says what it is now.
    expect(await record(org.id, "", "E-9999")).toMatchObject({
      ok: false,
      message: expect.stringContaining("it is now E-4410"),
    });
    expect(await record(other.org.id, "", "E-4410")).toMatchObject({
      ok: false,
      fieldErrors: { rapidsEmployerId: [expect.stringContaining(`${org.legalName} already has`)] },
    });
    expect(await record(org.id, "E-4410", "not an id!")).toMatchObject({
      ok: false,
      fieldErrors: { rapidsEmployerId: [expect.stringContaining("up to 20 letters")] },
    });
    expect(await record(org.id, "E-4410", "")).toMatchObject({ ok: true });
    expect(await idOf(org.id)).toBeNull();
    expect(await idOf(other.org.id)).toBeNull();
    const events = await db.auditEvent.findMany({
      where: { kind: "organization.rapids_employer_id_recorded" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.payload)).toEqual([
      { from: null, to: "E-4410" },
      { from: "E-4410", to: null },
    ]);
    expect(events.every((e) => e.organizationId === org.id && e.actorId === admin)).toBe(true);
  });

  it("is for staff administrators: reviewers see it, employers (even of that organization) are refused", async () => {
    const { org, owner } = await createOrganization(db);
    for (const userId of [reviewer, owner.id]) {
      await signInAs(userId);
      expect(await record(org.id, "", "E-1")).toMatchObject({ ok: false });
    }
    expect(await idOf(org.id)).toBeNull();
    await db.organization.update({ where: { id: org.id }, data: { rapidsEmployerId: "E-2" } });
    await signInAs(reviewer);
    const employerPage = async () =>
      html(
        await StaffEmployerPage({
          params: Promise.resolve({ organizationId: org.id }),
          searchParams: Promise.resolve({}),
        }),
      );
    const page = await employerPage();
    expect(page).toContain("E-2");
    expect(page).not.toContain('name="rapidsEmployerId"');
    await signInAs(admin);
    expect(await employerPage()).toContain('name="rapidsEmployerId"');
  });
});
