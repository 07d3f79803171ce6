import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as workbookRoute from "@/app/api/staff/apprentices/rapids/workbook/route";
import { TAB_NAMES, XLSX_CONTENT_TYPE } from "@/lib/rapids/workbook";
import { apprentice, employer } from "../support/apprentices";
import { createUser, verifiedProvider } from "../support/factories";
import { signInAs } from "../support/sign-in";
import { apprenticeTabProblems, columnOf, readWorkbook, unresolvedIdentifiers } from "../support/rapids-workbook";
import { truncateAll } from "../support/database";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// The staff download of the whole RAPIDS workbook, parsed back with exceljs: every tab present, every identifier
// of the Apprentice tab a row of the tab it names, RAPIDS' own ids used where staff recorded them.

beforeEach(async () => {
  await truncateAll(INTEGRATION_DATABASE_URL);
  await signInAs((await createUser(db, { staffRole: "STAFF_ADMIN" })).id);
});

const download = (ids: string[], origin: string | null = "http://localhost:3000") => {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (origin !== null) headers.origin = origin;
  return workbookRoute.POST(
    new Request("http://localhost:3000/api/staff/apprentices/rapids/workbook", {
      method: "POST",
      headers,
      body: new URLSearchParams(ids.map((id) => ["id", id])),
    }),
  );
};
const workbookOf = async (response: Response) => readWorkbook(await response.arrayBuffer());

describe("the RAPIDS workbook", () => {
  it("writes every tab, and each apprentice's employer, occupation, provider and wage schedule is a row there", async () => {
    const north = await employer(db);
    const south = await employer(db);
    const college = await verifiedProvider(db, "Lakeshore Technical College");
    const a = await apprentice(db, north.id, "Alpha", "APPROVED", "123-45-6701");
    const b = await apprentice(db, north.id, "Beta", "REGISTERED");
    const c = await apprentice(db, south.id, "Gamma", "APPROVED", "123-45-6702");
    await db.apprentice.update({ where: { id: c.id }, data: { rtiProviderId: college.id } });
    // RAPIDS has given the north employer and the college their ids; the south employer has none yet.
    await db.organization.update({ where: { id: north.id }, data: { rapidsEmployerId: "E-1001" } });
    await db.rtiProvider.update({ where: { id: college.id }, data: { rapidsProviderId: "208029" } });

    const response = await download([a.id, b.id, c.id]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="rapids-apprentices-.*\.xlsx"$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const book = await workbookOf(response);

    expect(Object.keys(book)).toEqual(Object.values(TAB_NAMES));
    expect(unresolvedIdentifiers(book)).toEqual([]);
    expect(apprenticeTabProblems(book)).toEqual([]);
    const tab = book[TAB_NAMES.apprentice]!;
    expect(columnOf(tab, "Apprentice Last Name").sort()).toEqual(["Alpha", "Beta", "Gamma"]);
    const byName = Object.fromEntries(tab.rows.map((r) => [r[2], r]));
    const cell = (last: string, column: string) => byName[last]![tab.header.indexOf(column)];
    expect(cell("Alpha", "Employer")).toBe("E-1001");
    expect(cell("Gamma", "Employer")).toBe(`PORTAL-EMP-${south.id}`);
    expect(cell("Gamma", "Related Technical Instruction Provider")).toBe("208029");
    expect(cell("Alpha", "Related Technical Instruction Provider")).toMatch(/^PORTAL-RTI-c[a-z0-9]+$/);
    expect(cell("Alpha", "Occupation")).toBe("0888HY");
    expect(cell("Alpha", "Social Security Number")).toBe("123-45-6701");

    // One row per employer, provider and wage schedule named, each with its details.
    expect(columnOf(book[TAB_NAMES.employer]!, "Employer").sort()).toEqual(["E-1001", `PORTAL-EMP-${south.id}`]);
    expect(columnOf(book[TAB_NAMES.employer]!, "Identifier Source").sort()).toEqual([
      "Portal (no RAPIDS id recorded yet)",
      "RAPIDS",
    ]);
    expect(columnOf(book[TAB_NAMES.providers]!, "Provider Name").sort()).toEqual([
      "Lakeshore Technical College",
      "Madison College",
    ]);
    expect(columnOf(book[TAB_NAMES.providers]!, "5-Digit Zip Code")).toEqual(["53704", "53704"]);
    expect(columnOf(book[TAB_NAMES.wageSchedules]!, "Employer").sort()).toEqual(
      ["E-1001", `PORTAL-EMP-${south.id}`].sort(),
    );
    expect(columnOf(book[TAB_NAMES.occupation]!, "O*NET-SOC Code")).toEqual(["49-9062.00"]);
    // Each schedule's periods (the entry wage, then each raise) are rows of the steps tab.
    const schedules = book[TAB_NAMES.wageSchedules]!;
    const stepSchedules = columnOf(book[TAB_NAMES.wageScheduleSteps]!, "Wage Schedule");
    columnOf(schedules, "Wage Schedule").forEach((id, i) => {
      expect(stepSchedules.filter((s) => s === id).length).toBe(Number(columnOf(schedules, "Number of Steps")[i]));
    });
    expect(columnOf(book[TAB_NAMES.wageScheduleSteps]!, "Step")).toContain("0");

    const audit = await db.auditEvent.findMany({ where: { kind: "apprentice.rapids_exported" } });
    expect(audit).toHaveLength(3);
    expect(audit.every((e) => (e.payload as { format?: string }).format === "xlsx")).toBe(true);
  });

  it("refuses the file while an apprentice's provider is an employer's unconfirmed proposal, and records nothing", async () => {
    const org = await employer(db);
    const one = await apprentice(db, org.id, "Pending", "APPROVED");
    const proposed = await db.rtiProvider.create({
      data: { name: "Unchecked Institute", nameKey: "unchecked institute", providerType: "Other", status: "PROPOSED" },
    });
    await db.apprentice.update({ where: { id: one.id }, data: { rtiProviderId: proposed.id } });
    const refused = await download([one.id]);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("“Unchecked Institute”");
    expect(await db.auditEvent.count({ where: { kind: "apprentice.rapids_exported" } })).toBe(0);
  });

  it("is for staff administrators only, from the portal's own pages", async () => {
    const org = await employer(db);
    const one = await apprentice(db, org.id, "Private", "APPROVED", "123-45-6703");
    expect("GET" in workbookRoute).toBe(false);
    expect((await download([one.id], "https://evil.example")).status).toBe(403);
    await signInAs((await createUser(db, { staffRole: "STAFF_REVIEWER" })).id);
    const refused = await download([one.id]);
    expect(refused.status).toBe(404);
    expect(await db.auditEvent.count({ where: { kind: "apprentice.rapids_exported" } })).toBe(0);
  });
});
