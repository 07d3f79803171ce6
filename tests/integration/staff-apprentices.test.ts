import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listApprenticesForDol, rapidsFileForStaff } from "@/lib/apprentices/staff/data";
import * as rapidsRoute from "@/app/api/staff/apprentices/rapids/route";
import StaffApprenticesPage from "@/app/(staff)/staff/apprentices/page";
import { apprentice, employer, legacyStoredSsn, storedSsn } from "../support/apprentices";
import { parseCsv } from "../support/csv";
import { createOrganization, createUser } from "../support/factories";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { signInAs } from "../support/sign-in";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";
import { truncateAll } from "../support/database";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// Staff's RAPIDS download: the list of apprentices that go to DOL, and the file of the ticked ones, which only staff
// administrators may take (it holds full SSNs), by a POST from the portal's own page.

let staff: Awaited<ReturnType<typeof createUser>>;
beforeEach(async () => {
  await truncateAll(INTEGRATION_DATABASE_URL);
  staff = await createUser(db, { staffRole: "STAFF_ADMIN" });
  await signInAs(staff.id);
});

/** The list's form as the browser posts it, from the portal's own origin unless told otherwise. */
const download = (ids: string[], origin: string | null = "http://localhost:3000", list: string[][] = []) => {
  const body = new URLSearchParams([...ids.map((id) => ["id", id]), ...list]);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (origin !== null) headers.origin = origin;
  return rapidsRoute.POST(
    new Request("http://localhost:3000/api/staff/apprentices/rapids", { method: "POST", headers, body }),
  );
};
const exportedRows = () => db.auditEvent.count({ where: { kind: "apprentice.rapids_exported" } });
const page = (params: Record<string, string> = {}) =>
  StaffApprenticesPage({ searchParams: Promise.resolve(params) }).then(html);
const seeOther = (response: Response) => [response.status, response.headers.get("location")];

describe("the RAPIDS download for staff", () => {
  it("lists apprentices AAMI approved or DOL registered, SSNs masked, and says so when there are none", async () => {
    expect(await page()).toContain("No apprentice is approved for DOL registration yet<");
    const org = await employer(db);
    const approved = await apprentice(db, org.id, "Approved", "APPROVED", "123-45-6789");
    await apprentice(db, org.id, "Registered", "REGISTERED");
    await apprentice(db, org.id, "Reviewing", "PENDING_REGISTRATION", "987-65-4321");
    await apprentice(db, org.id, "Drafted", "DRAFT");
    const list = await listApprenticesForDol("", 1);
    expect(list.apprentices.map((a) => a.lastName).sort()).toEqual(["Approved", "Registered"]);
    const shown = await page();
    expect(shown).toContain("***-**-6789");
    expect(shown).not.toContain("123-45-6789");
    expect(shown).toContain("Approved: upload to RAPIDS");
    // Each approved apprentice links to their page, where staff record the RAPIDS ID after the upload.
    expect(shown).toContain(`href="/staff/apprentices/${approved.id}"`);
    // Registrations still waiting for AAMI's approval are not for DOL yet: the page points to the queue instead.
    expect(shown).not.toContain("Reviewing");
    expect(shown).not.toContain("Drafted");
    expect(shown).toContain("Registrations to review: 1");
  });

  it("finds apprentices by their name or their employer's, keeps the search across pages, and says when none match", async () => {
    const mercy = await employer(db);
    await db.organization.update({ where: { id: mercy.id }, data: { legalName: "Mercy 100% Health" } });
    const other = await employer(db);
    await apprentice(db, mercy.id, "Alvarez", "APPROVED");
    await apprentice(db, other.id, "Brook", "REGISTERED");
    for (let n = 0; n < 26; n++) await apprentice(db, other.id, `Filler${n}`, "REGISTERED");

    const byName = await listApprenticesForDol("sam alva", 1);
    expect(byName.apprentices.map((a) => a.lastName)).toEqual(["Alvarez"]);
    // By the employer's name, with % taken as a character, not a wildcard.
    expect((await listApprenticesForDol("100%", 1)).apprentices.map((a) => a.lastName)).toEqual(["Alvarez"]);
    expect((await listApprenticesForDol("1%0", 1)).total).toBe(0);
    expect((await listApprenticesForDol("", 1)).total).toBe(28);

    const filler = await page({ name: "Filler" });
    expect(filler).toContain("of 26 apprentices matching “Filler”");
    expect(filler).toContain('href="/staff/apprentices?name=Filler&amp;page=2"');
    expect(await page({ name: "nobody here" })).toContain("No apprentice for DOL matches “nobody here”");
  });

  it("gives the ticked apprentices' file, conforming to DOL's schema, and records who took whose SSN", async () => {
    const org = await employer(db);
    const first = await apprentice(db, org.id, "First", "APPROVED", "123-45-6789");
    const second = await apprentice(db, org.id, "Second", "REGISTERED");
    await apprentice(db, org.id, "Unticked", "REGISTERED");
    const draft = await apprentice(db, org.id, "Draft", "DRAFT", "555-12-3456");
    const waiting = await apprentice(db, org.id, "Waiting", "PENDING_REGISTRATION", "555-12-9999");

    const response = await download([first.id, second.id, draft.id, waiting.id, "not-an-id"]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const csv = await response.text();
    expect(tableSchemaProblems(csv, readTableSchema(RAPIDS_TABLESCHEMA))).toEqual([]);
    const rows = parseCsv(csv).slice(1);
    expect(rows.map((r) => r[2]).sort()).toEqual(["First", "Second"]);
    expect(csv).toContain("123-45-6789");
    expect(csv).not.toContain("555-12-3456");
    expect(csv).not.toContain("555-12-9999");

    const audit = await db.auditEvent.findMany({ where: { kind: "apprentice.rapids_exported" } });
    expect(audit.map((e) => e.subjectId).sort()).toEqual([first.id, second.id].sort());
    expect(audit.every((e) => e.actorId === staff.id && e.organizationId === org.id)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("6789");
  });

  it("sends staff back to the list with a message when nothing is ticked", async () => {
    expect(seeOther(await download([]))).toEqual([303, "/staff/apprentices?problem=none"]);
    // Ticked, but no longer one that goes to DOL: no file of headers alone.
    const drafted = await apprentice(db, (await employer(db)).id, "Drafted", "DRAFT");
    expect(seeOther(await download([drafted.id]))).toEqual([303, "/staff/apprentices?problem=none"]);
    // Back to the list as it was shown: its search and page (an overlong search cut as the list cuts it, a page that
    // is no page left out).
    const searched = [
      ["name", "Mercy & Sons"],
      ["page", "2"],
    ];
    expect(seeOther(await download([], undefined, searched))).toEqual([
      303,
      "/staff/apprentices?name=Mercy+%26+Sons&page=2&problem=none",
    ]);
    expect(
      seeOther(
        await download([], undefined, [
          ["name", "x".repeat(5000)],
          ["page", "-3"],
        ]),
      ),
    ).toEqual([303, `/staff/apprentices?name=${"x".repeat(100)}&problem=none`]);
    expect(
      await rapidsFileForStaff(
        Array.from({ length: 501 }, (_, i) => `c${String(i).padStart(24, "0")}`),
        "csv",
      ),
    ).toEqual({
      problem: "too-many",
    });
    const org = await employer(db);
    await apprentice(db, org.id, "Someone", "REGISTERED");
    expect(await page({ problem: "none" })).toContain("Tick at least one apprentice to put in the file.");
    expect(await page({ problem: "<script>" })).not.toContain("Tick at least one");
  });

  it("refuses the file when an SSN was copied from another apprentice's row, instead of filing it under them", async () => {
    const org = await employer(db);
    const alice = await apprentice(db, org.id, "Alice", "APPROVED", "123-45-6789");
    const bob = await apprentice(db, org.id, "Bob", "APPROVED", "987-65-4321");
    // Someone with write access to the table gives Bob Alice's number, masked digits included.
    await db.apprentice.update({
      where: { id: bob.id },
      data: { ssnEncrypted: alice.ssnEncrypted, ssnLast4: alice.ssnLast4 },
    });
    const response = await download([alice.id, bob.id]);
    expect(response.status).toBe(409);
    const message = await response.text();
    expect(message).toContain(`Sam Bob (apprentice ${bob.id})`);
    expect(message).toContain("was not encrypted for this apprentice");
    expect(message).toContain("Nothing was exported");
    expect(message).not.toMatch(/123-?45-?6789|987-?65-?4321/);
    expect(await db.auditEvent.count({ where: { kind: "apprentice.rapids_exported" } })).toBe(0);

    // A row left in the format from before ciphertexts were bound: re-encrypt first.
    await db.apprentice.update({ where: { id: bob.id }, data: legacyStoredSsn("987-65-4321") });
    const legacy = await download([bob.id]);
    expect(legacy.status).toBe(409);
    expect(await legacy.text()).toContain("stored in the old format: run npm run ssn:reencrypt");

    // Its own ciphertext, but masked digits that are not its number's: what people were shown would be wrong.
    await db.apprentice.update({
      where: { id: bob.id },
      data: { ...storedSsn("987-65-4321", bob.id), ssnLast4: "0000" },
    });
    const mismatch = await download([bob.id]);
    expect(mismatch.status).toBe(409);
    expect(await mismatch.text()).toContain("does not end in the last four digits shown for them");
  });

  it("is 'not found' to an employer and 'sign in' to a visitor, who get no file and leave no trace", async () => {
    const org = await employer(db);
    const one = await apprentice(db, org.id, "Private", "REGISTERED", "123-45-6789");
    const { owner } = await createOrganization(db);
    await signInAs(owner.id);
    expect((await download([one.id])).status).toBe(404);
    await expect(listApprenticesForDol("", 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    requestScope.clear();
    const anonymous = await download([one.id]);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("123-45-6789");
    expect(await exportedRows()).toBe(0);
  });

  it("is refused to a staff reviewer, whose page says why and offers no download", async () => {
    const org = await employer(db);
    const one = await apprentice(db, org.id, "Private", "APPROVED", "123-45-6789");
    await signInAs((await createUser(db, { staffRole: "STAFF_REVIEWER" })).id);
    const refused = await download([one.id]);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain("123-45-6789");
    await expect(rapidsFileForStaff([one.id], "xlsx")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await exportedRows()).toBe(0);
    const shown = await page();
    expect(shown).toContain("***-**-6789");
    expect(shown).toContain("Only AAMI staff administrators can download the RAPIDS file");
    expect(shown).not.toContain("/api/staff/apprentices/rapids");
    expect(shown).not.toContain('type="checkbox"');
  });

  it("is a POST from the portal's own page: another site's form, or none, is refused and records nothing", async () => {
    const org = await employer(db);
    const one = await apprentice(db, org.id, "Private", "APPROVED", "123-45-6789");
    expect("GET" in rapidsRoute).toBe(false);
    for (const origin of [null, "https://evil.example", "http://localhost:3001", "null"]) {
      const refused = await download([one.id], origin);
      expect(refused.status, String(origin)).toBe(403);
      expect(await refused.text()).not.toContain("123-45-6789");
    }
    expect(await exportedRows()).toBe(0);
    const shown = await page();
    expect(shown).toContain('action="/api/staff/apprentices/rapids"');
    expect(shown).toContain('method="post"');
    expect((await download([one.id])).status).toBe(200);
    expect(await exportedRows()).toBe(1);
  });
});
