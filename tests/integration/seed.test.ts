import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_AAMI_CONTACT_EMAIL, DEMO_ACCOUNTS, demoOrganization } from "@/prisma/demo-accounts";
import { getSetting, putSetting } from "@/lib/settings/data";
import { listPublicListings } from "@/lib/listings/data";
import { readStoredFile } from "@/lib/storage";
import { sniffImageKind } from "@/lib/storage/image-upload";
import { rapidsCsv } from "@/lib/rapids/csv";
import { loadRapidsApprentices } from "@/lib/apprentices/staff/rapids-export";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

const run = promisify(execFile);
const seed = (env: Record<string, string> = {}) =>
  run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL, NODE_ENV: "development", ...env },
  });

const counts = async () => ({
  users: await db.user.count(),
  organizations: await db.organization.count(),
  submissions: await db.submission.count(),
  apprentices: await db.apprentice.count(),
  candidates: await db.candidate.count(),
  documents: await db.programDocument.count(),
  files: await db.storedFile.count(),
});

describe("prisma/seed.ts", () => {
  it("creates the demo data once, however often it runs", async () => {
    await seed();
    const first = await counts();
    expect(first).toMatchObject({ organizations: 3, submissions: 2, apprentices: 2, candidates: 30, documents: 2 });
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      expect(await db.user.findUnique({ where: { email: account.email } })).not.toBeNull();
    }
    const staff = await db.user.findMany({ where: { staffRole: { not: null } }, select: { staffRole: true } });
    expect(staff.map((s) => s.staffRole).sort()).toEqual(["STAFF_ADMIN", "STAFF_REVIEWER"]);
    const statuses = await db.submission.findMany({ select: { status: true }, orderBy: { status: "asc" } });
    expect(statuses.map((s) => s.status)).toEqual(["SUBMITTED", "ACCEPTED"]);
    // The accepted organization has the packets approval and acceptance produce, built by the real builder, and its
    // agreement is countersigned by the administrator who approved it.
    expect(await db.registrationPacket.findMany({ select: { version: true }, orderBy: { version: "asc" } })).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { countersignedAt: { not: null } } });
    expect(agreement).toMatchObject({ countersignedSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The agency's acceptance day is on the organization, and its apprentices start on or after it: one
    // registration waits for AAMI, one AAMI approved.
    const registered = await db.organization.findFirstOrThrow({ where: { agencyAcceptedAt: { not: null } } });
    const apprentices = await db.apprentice.findMany({ orderBy: { lastName: "asc" } });
    expect(apprentices.map((a) => [a.lastName, a.status])).toEqual([
      ["Nguyen", "PENDING_REGISTRATION"],
      ["Reyes", "APPROVED"],
    ]);
    expect(apprentices.every((a) => a.startDate >= registered.agencyAcceptedAt!)).toBe(true);
    const docs = await db.programDocument.findMany({ include: { file: true } });
    expect(docs.every((d) => d.isSample && d.publishedAt && d.sha256 === d.file.sha256)).toBe(true);
    // The demo apprentices make a RAPIDS file DOL would take.
    const forDol = await loadRapidsApprentices(db, { ssnKeys: null });
    expect(forDol.map((a) => a.lastName)).toEqual(["Reyes"]);
    expect(tableSchemaProblems(rapidsCsv(forDol), readTableSchema(RAPIDS_TABLESCHEMA))).toEqual([]);

    // Every candidate and mentor is a different person, with an address of their own.
    const candidates = await db.candidate.findMany({ select: { firstName: true, lastName: true, email: true } });
    expect(new Set(candidates.map((c) => `${c.firstName} ${c.lastName}`)).size).toBe(candidates.length);
    expect(new Set(candidates.map((c) => c.email)).size).toBe(candidates.length);
    const mentors = await db.mentor.findMany({ select: { name: true, email: true } });
    expect(mentors.map((m) => m.email).sort()).toEqual([
      "rosa.jimenez@mercy-valley.example",
      "samir.haddad@northstar-medical.example",
    ]);
    // The registered organization is on the home page's participating-employers wall, with its logo stored as an
    // upload is: a PNG.
    const listed = demoOrganization("employerApproved");
    const listings = await listPublicListings();
    expect(listings).toEqual([
      {
        id: registered.id,
        displayName: listed.listing!.displayName,
        city: "Austin",
        state: "TX",
        logoUrl: expect.stringMatching(/^\/api\/listings\/\w+\/logo\?v=\w+$/),
      },
    ]);
    const logo = await readStoredFile(db, registered.listingLogoFileId!);
    expect([logo.contentType, sniffImageKind(logo.bytes)]).toEqual(["image/png", "png"]);

    // The home page names AAMI's contact; a reseed keeps the address staff set since. Read from the database (`db`),
    // not the process's 30-second copy the pages read: this checks what the seed stored.
    expect(await getSetting("aamiContactEmail", db)).toBe(DEMO_AAMI_CONTACT_EMAIL);
    await putSetting(db, "aamiContactEmail", "htm-apprenticeship@aami.example");

    await seed();
    expect(await counts()).toEqual(first);
    expect(await getSetting("aamiContactEmail", db)).toBe("htm-apprenticeship@aami.example");
  }, 120_000);

  it("refuses to run in production and changes nothing", async () => {
    const before = await counts();
    await expect(seed({ NODE_ENV: "production" })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Refusing to seed"),
    });
    expect(await counts()).toEqual(before);
  }, 60_000);
});
