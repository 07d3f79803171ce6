import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EMPLOYERS_PAGE_SIZE, getEmployerForStaff, listAuditTrail, listEmployers } from "@/lib/staff/employers";
import { parseEmployerFilters } from "@/lib/staff/employer-filters";
import StaffEmployersPage from "@/app/(staff)/staff/employers/page";
import StaffEmployerPage from "@/app/(staff)/staff/employers/[organizationId]/page";
import { createOrganization, createUser } from "../support/factories";
import { truncateAll } from "../support/database";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";
import { html } from "../support/render";
import { signInAs } from "../support/sign-in";

// Lists are asserted whole (totals, pages), so every test starts from empty tables.
beforeEach(async () => {
  await truncateAll(INTEGRATION_DATABASE_URL);
  await signInAs((await createUser(db, { staffRole: "STAFF_REVIEWER" })).id);
});

const NOT_FOUND = expect.objectContaining({ digest: expect.stringContaining("404") });
const filters = (params: Record<string, string> = {}) => parseEmployerFilters(params);
const names = (list: Awaited<ReturnType<typeof listEmployers>>) => list.organizations.map((o) => o.legalName);
const employerPage = (organizationId: string, page?: string) =>
  StaffEmployerPage({
    params: Promise.resolve({ organizationId }),
    searchParams: Promise.resolve(page ? { page } : {}),
  });

/** Organizations created `minutesAgo` apart, so "newest first" has one right answer. */
async function organizationAt(minutesAgo: number, opts: Parameters<typeof createOrganization>[1] = {}) {
  const created = await createOrganization(db, opts);
  await db.organization.update({
    where: { id: created.org.id },
    data: { createdAt: new Date(Date.now() - minutesAgo * 60_000) },
  });
  return created;
}

describe("the employers list", () => {
  it("searches legal and DBA names case-insensitively and filters by state and region", async () => {
    await organizationAt(1, { name: "Mercy Valley Medical Center", state: "WI" });
    const lakeside = await organizationAt(2, { name: "Lakeside Health System", state: "TX" });
    await db.organization.update({ where: { id: lakeside.org.id }, data: { dbaName: "Mercy Lakeside" } });
    await organizationAt(3, { name: "Pacific Coast Hospital", state: "CA" });
    await organizationAt(4, { name: "Great Lakes Clinic", state: "MI" });

    expect(names(await listEmployers(filters(), 1))).toEqual([
      "Mercy Valley Medical Center",
      "Lakeside Health System",
      "Pacific Coast Hospital",
      "Great Lakes Clinic",
    ]);
    expect(names(await listEmployers(filters({ name: "mERCY" }), 1))).toEqual([
      "Mercy Valley Medical Center",
      "Lakeside Health System",
    ]);
    expect(names(await listEmployers(filters({ state: "TX" }), 1))).toEqual(["Lakeside Health System"]);
    expect(names(await listEmployers(filters({ region: "MIDWEST" }), 1))).toEqual([
      "Mercy Valley Medical Center",
      "Great Lakes Clinic",
    ]);
    expect(names(await listEmployers(filters({ name: "lakes", region: "MIDWEST" }), 1))).toEqual([
      "Great Lakes Clinic",
    ]);
    // LIKE's pattern characters typed by a user are searched for literally.
    expect((await listEmployers(filters({ name: "%" }), 1)).total).toBe(0);
    expect((await listEmployers(filters({ name: "Great_Lakes" }), 1)).total).toBe(0);
    expect((await listEmployers(filters({ name: "\\" }), 1)).total).toBe(0);
    await organizationAt(5, { name: "100% Care Clinic", state: "WI" });
    expect(names(await listEmployers(filters({ name: "100%" }), 1))).toEqual(["100% Care Clinic"]);
  });

  it("pages newest first, keeps the filters in the page links and shows the last page for one past the end", async () => {
    const count = EMPLOYERS_PAGE_SIZE + 3;
    for (let i = 0; i < count; i++) await organizationAt(i, { name: `Hospital ${String(i).padStart(2, "0")}` });
    await organizationAt(100, { name: "Far Away Hospital", state: "HI" });

    const first = await listEmployers(filters({ name: "hospital", state: "WI" }), 1);
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.organizations).toHaveLength(EMPLOYERS_PAGE_SIZE);
    expect(first.organizations[0]!.legalName).toBe("Hospital 00");
    const second = await listEmployers(filters({ name: "hospital", state: "WI" }), 2);
    expect(names(second)).toEqual(["Hospital 25", "Hospital 26", "Hospital 27"]);
    expect((await listEmployers(filters({ name: "hospital", state: "WI" }), 99)).page).toBe(2);

    const page = html(await StaffEmployersPage({ searchParams: Promise.resolve({ name: "hospital", state: "WI" }) }));
    expect(page).toContain(
      `Showing 1–${EMPLOYERS_PAGE_SIZE} of ${count} organizations matching “hospital” in Wisconsin.`,
    );
    expect(page).toContain('href="/staff/employers?name=hospital&amp;state=WI&amp;page=2"');
    expect(page).not.toContain("Far Away Hospital");
  });

  it("shows each organization's progress, main contact and latest submission", async () => {
    const { org, owner } = await organizationAt(1, { name: "Mercy Valley Medical Center" });
    await db.onboardingStep.createMany({
      data: [
        { organizationId: org.id, step: "STANDARDS", status: "COMPLETE" },
        { organizationId: org.id, step: "POSITION", status: "COMPLETE" },
        { organizationId: org.id, step: "FUNDING", status: "IN_PROGRESS" },
      ],
    });
    for (const [version, status] of [
      [1, "CHANGES_REQUESTED"],
      [2, "IN_REVIEW"],
    ] as const) {
      await db.submission.create({
        data: { organizationId: org.id, version, status, snapshot: {}, submittedById: owner.id },
      });
    }
    await organizationAt(2, { name: "Lakeside Health System" });

    const list = await listEmployers(filters(), 1);
    expect(list.organizations[0]).toMatchObject({
      contactEmail: owner.email,
      completeSteps: 3,
      latestSubmission: { version: 2, status: "IN_REVIEW" },
    });
    const page = html(await StaffEmployersPage({ searchParams: Promise.resolve({}) }));
    expect(page).toContain("3 of 8 steps");
    expect(page).toContain("Version 2: In review");
    expect(page).toContain("Not submitted yet");
    expect(page).toContain(owner.email);
    expect(page).toContain(`href="/staff/employers/${org.id}"`);
  });

  it("says what to do when nothing matches, and when no employer exists yet", async () => {
    expect(html(await StaffEmployersPage({ searchParams: Promise.resolve({}) }))).toContain(
      "No employer has registered yet<",
    );
    await organizationAt(1, { name: "Mercy Valley Medical Center" });
    const page = html(await StaffEmployersPage({ searchParams: Promise.resolve({ name: "zzz", state: "TX" }) }));
    expect(page).toContain("No organization matching “zzz” in Texas<");
    expect(page).toContain('href="/staff/employers"');
    expect(page).toContain('<label for="employer-name"');
    expect(page).toContain('value="zzz"');
  });
});

describe("one employer, as staff see it", () => {
  it("shows the read-only checklist, people, submissions, packets and the agency's acceptance", async () => {
    const { org, owner } = await createOrganization(db, { name: "Northstar Medical Group" });
    await db.organization.update({
      where: { id: org.id },
      data: { agencyAcceptedAt: new Date("2031-04-02T00:00:00Z") },
    });
    const submission = await db.submission.create({
      data: {
        organizationId: org.id,
        version: 1,
        status: "ACCEPTED",
        snapshot: {},
        submittedById: owner.id,
        decidedAt: new Date(),
      },
    });
    const sha256 = "ab".repeat(32);
    const file = await db.storedFile.create({
      data: {
        organizationId: org.id,
        filename: "packet.pdf",
        contentType: "application/pdf",
        byteSize: 4,
        sha256,
        data: Buffer.from("%PDF"),
      },
    });
    const packet = await db.registrationPacket.create({
      data: { organizationId: org.id, submissionId: submission.id, version: 1, fileId: file.id, sha256, manifest: [] },
    });

    const { checklist } = await getEmployerForStaff(org.id);
    expect(checklist.completeCount).toBe(1);
    const page = html(await employerPage(org.id));
    expect(page).toContain("<h1");
    expect(page).toContain("Northstar Medical Group");
    expect(page).toContain("1 of 8 steps complete");
    expect(page).toMatch(
      /<h3 class="font-semibold"><span class="text-slate-700">Step 2\.<\/span> Review the standards<\/h3>/,
    );
    expect(page).not.toContain('href="/onboarding/');
    expect(page).toContain(owner.email);
    expect(page).toContain(`href="/staff/submissions/${submission.id}"`);
    expect(page).toContain("Accepted by the Registration Agency");
    expect(page).toContain(`href="/api/packets/${packet.id}"`);
    expect(page).toContain(sha256);
    expect(page).toMatch(/Accepted into AAMI&#x27;s program by the Registration Agency on (<!-- -->)?Apr 2, 2031/);
  });

  it("lists the audit trail newest first, 20 to a page, with who did what", async () => {
    const { org, owner } = await createOrganization(db);
    const base = Date.now() - 3_600_000;
    await db.auditEvent.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        organizationId: org.id,
        actorId: i === 22 ? null : owner.id,
        kind: "position.saved",
        subjectType: "Position",
        subjectId: `position${i}`,
        payload: { title: `Position ${i}`, type: "NEW_POSITION", openings: 1, created: true },
        createdAt: new Date(base + i * 1000),
      })),
    });
    const other = await createOrganization(db);
    await db.auditEvent.create({
      data: { organizationId: other.org.id, kind: "position.saved", subjectType: "Position", subjectId: "x" },
    });

    const first = await listAuditTrail(org.id, 1);
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(first.events).toHaveLength(20);
    expect(first.events.map((e) => e.subjectId).slice(0, 3)).toEqual(["position22", "position21", "position20"]);
    expect(first.events[0]!.actor).toBeNull();
    expect(first.events[1]!.actor).toMatchObject({ email: owner.email, name: owner.name });
    expect((await listAuditTrail(org.id, 2)).events.map((e) => e.subjectId)).toEqual([
      "position2",
      "position1",
      "position0",
    ]);

    const page = html(await employerPage(org.id, "2"));
    expect(page).toContain("Audit trail (23)");
    expect(page).toContain("Position saved");
    // Postgres stores JSON keys shortest first, so the summary lists them in that order.
    expect(page).toContain("Type: NEW_POSITION · Title: Position 0 · Created: yes · Openings: 1");
    expect(page).toContain(owner.email);
    expect(page).toContain(`href="/staff/employers/${org.id}?page=1#audit-trail"`);
    expect(html(await employerPage(org.id))).toContain("System");
  });

  it("is 'not found' for an unknown or malformed id", async () => {
    await expect(employerPage("c".repeat(25))).rejects.toEqual(NOT_FOUND);
    await expect(employerPage("not an id")).rejects.toEqual(NOT_FOUND);
    await expect(getEmployerForStaff("c".repeat(25))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("staff only", () => {
  it("answers 'not found' to an employer from every loader and page, even for their own organization", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    const refused = { code: "NOT_FOUND" };
    await expect(listEmployers(filters(), 1)).rejects.toMatchObject(refused);
    await expect(getEmployerForStaff(org.id)).rejects.toMatchObject(refused);
    await expect(listAuditTrail(org.id, 1)).rejects.toMatchObject(refused);
    await expect(StaffEmployersPage({ searchParams: Promise.resolve({}) })).rejects.toEqual(NOT_FOUND);
    await expect(employerPage(org.id)).rejects.toEqual(NOT_FOUND);
  });
});
