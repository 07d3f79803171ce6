import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SSN_TEST_KEY, apprentice, employer } from "../support/apprentices";
import { TAB_NAMES } from "@/lib/rapids/workbook";
import { parseCsv } from "../support/csv";
import { apprenticeTabProblems, columnOf, readWorkbook, unresolvedIdentifiers } from "../support/rapids-workbook";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// `npm run rapids:export` against apprentices stored as the portal stores them (SSN encrypted), its file checked
// against DOL's table schema file itself.

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string> = {}) =>
  run("npm", ["run", "--silent", "rapids:export", "--", ...args], {
    env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL, ...env },
  });
const outFile = () => path.join(mkdtempSync(path.join(tmpdir(), "rapids-")), "apprentices.csv");

describe("npm run rapids:export", () => {
  it("writes the apprentices AAMI approved or DOL registered, conforming to the table schema, SSNs in full", async () => {
    const north = await employer(db);
    const south = await employer(db);
    await apprentice(db, north.id, "Approved", "APPROVED", "123-45-6789");
    await apprentice(db, north.id, "Registered", "REGISTERED");
    // Not approved by AAMI yet: not for DOL.
    await apprentice(db, north.id, "Reviewing", "PENDING_REGISTRATION", "555-12-9999");
    await apprentice(db, north.id, "Draft", "DRAFT", "555-12-3456");
    await apprentice(db, south.id, "Elsewhere", "REGISTERED", "987-65-4321");
    const key64 = SSN_TEST_KEY.toString("base64");

    const out = outFile();
    const { stdout } = await cli(["--out", out], { SSN_ENCRYPTION_KEY: key64 });
    expect(stdout).toContain(`Wrote ${out}: 3 apprentices.`);
    const csv = readFileSync(out, "utf8");
    expect(tableSchemaProblems(csv, readTableSchema(RAPIDS_TABLESCHEMA))).toEqual([]);
    const [header, ...rows] = parseCsv(csv);
    const column = (name: string) => rows.map((r) => r[header!.indexOf(name)]);
    expect(column("Apprentice Last Name").sort()).toEqual(["Approved", "Elsewhere", "Registered"]);
    expect(column("Social Security Number").sort()).toEqual(["", "123-45-6789", "987-65-4321"]);
    // Neither employer has a RAPIDS id recorded: the portal's placeholder, the same one the workbook's Employer tab uses.
    expect(column("Employer").sort()).toEqual([north.id, north.id, south.id].map((id) => `PORTAL-EMP-${id}`).sort());
    expect(statSync(out).mode & 0o777).toBe(0o600);

    const northOnly = outFile();
    await cli(["--out", northOnly, "--org", north.id], { SSN_ENCRYPTION_KEY: key64 });
    expect(
      parseCsv(readFileSync(northOnly, "utf8"))
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(["Approved", "Registered"]);
    // The database holds the SSNs only encrypted.
    const stored = await db.apprentice.findMany({ select: { ssnEncrypted: true, ssnLast4: true } });
    expect(JSON.stringify(stored)).not.toContain("123-45-6789");
  });

  it("writes the whole workbook when the file name ends in .xlsx, every identifier resolving across its tabs", async () => {
    const org = await employer(db);
    await apprentice(db, org.id, "Workbook", "APPROVED", "123-45-6700");
    await db.organization.update({ where: { id: org.id }, data: { rapidsEmployerId: "E-77001" } });
    const out = outFile().replace(/\.csv$/, ".xlsx");
    const { stdout } = await cli(["--out", out, "--org", org.id], {
      SSN_ENCRYPTION_KEY: SSN_TEST_KEY.toString("base64"),
    });
    expect(stdout).toContain(`Wrote ${out}: 1 apprentice.`);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const book = await readWorkbook(readFileSync(out));
    expect(Object.keys(book)).toEqual(Object.values(TAB_NAMES));
    expect(unresolvedIdentifiers(book)).toEqual([]);
    expect(apprenticeTabProblems(book)).toEqual([]);
    expect(columnOf(book[TAB_NAMES.apprentice]!, "Employer")).toEqual(["E-77001"]);
    expect(columnOf(book[TAB_NAMES.apprentice]!, "Social Security Number")).toEqual(["123-45-6700"]);
  });

  it("refuses to run without the key when an SSN must be decrypted, or with bad arguments", async () => {
    const org = await employer(db);
    await apprentice(db, org.id, "Keyless", "REGISTERED", "111-22-3333");
    await expect(cli(["--out", outFile(), "--org", org.id], { SSN_ENCRYPTION_KEY: "" })).rejects.toMatchObject({
      stderr: expect.stringContaining("SSN_ENCRYPTION_KEY is needed"),
    });
    await expect(cli(["--org", "not an id"])).rejects.toMatchObject({
      stderr: expect.stringContaining("usage: npm run rapids:export"),
    });
  });
});
