import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { ApprenticeStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { encryptSsn } from "@/lib/crypto/ssn";
import { createOrganization } from "../support/factories";
import { parseCsv } from "../support/csv";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// `npm run rapids:export` against apprentices stored as the portal stores them (SSN encrypted), its file checked
// against DOL's table schema file itself.

const run = promisify(execFile);
const key = randomBytes(32);
const cli = (args: string[], env: Record<string, string> = {}) =>
  run("npm", ["run", "--silent", "rapids:export", "--", ...args], {
    env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL, ...env },
  });
const outFile = () => path.join(mkdtempSync(path.join(tmpdir(), "rapids-")), "apprentices.csv");

async function employer() {
  const { org } = await createOrganization(db);
  await db.wageSchedule.create({
    data: {
      organizationId: org.id,
      journeyworkerRateCents: 3800,
      entryWageCents: 2280,
      basis: "MONTHS",
      termLength: 24,
    },
  });
  return org;
}

const apprentice = (organizationId: string, lastName: string, status: ApprenticeStatus, ssn?: string) =>
  db.apprentice.create({
    data: {
      organizationId,
      status,
      startDate: new Date("2027-02-01T00:00:00Z"),
      firstName: "Sam",
      lastName,
      dateOfBirth: new Date("1999-03-05T00:00:00Z"),
      employmentStatus: "NEW_EMPLOYEE",
      streetAddress: "1 Main St",
      city: "Madison",
      state: "WI",
      postalCode: "53703",
      rtiProvider: "Madison College",
      priorWageCents: 1700,
      priorWageUnit: "H",
      entryWageCents: 2280,
      entryWageUnit: "H",
      studentStatus: "NA",
      ...(ssn ? { ssnEncrypted: encryptSsn(ssn, key), ssnLast4: ssn.slice(-4) } : {}),
      demographics: {
        create: {
          organizationId,
          gender: "F",
          ethnicity: 1,
          raceAmericanIndian: 0,
          raceAsian: 1,
          raceBlack: 0,
          racePacificIslander: 0,
          raceWhite: 0,
          veteranStatus: 2,
          disabilityStatus: 9,
          educationLevel: 3,
        },
      },
    },
  });

describe("npm run rapids:export", () => {
  it("writes the apprentices waiting for or holding registration, conforming to the table schema, SSNs in full", async () => {
    const north = await employer();
    const south = await employer();
    await apprentice(north.id, "Pending", "PENDING_REGISTRATION", "123-45-6789");
    await apprentice(north.id, "Registered", "REGISTERED");
    await apprentice(north.id, "Draft", "DRAFT", "555-12-3456");
    await apprentice(south.id, "Elsewhere", "REGISTERED", "987-65-4321");
    const key64 = key.toString("base64");

    const out = outFile();
    const { stdout } = await cli(["--out", out], { SSN_ENCRYPTION_KEY: key64 });
    expect(stdout).toContain(`Wrote ${out}: 3 apprentices.`);
    const csv = readFileSync(out, "utf8");
    expect(tableSchemaProblems(csv, readTableSchema(RAPIDS_TABLESCHEMA))).toEqual([]);
    const [header, ...rows] = parseCsv(csv);
    const column = (name: string) => rows.map((r) => r[header!.indexOf(name)]);
    expect(column("Apprentice Last Name").sort()).toEqual(["Elsewhere", "Pending", "Registered"]);
    expect(column("Social Security Number").sort()).toEqual(["", "123-45-6789", "987-65-4321"]);
    expect(column("Employer").sort()).toEqual([north.id, north.id, south.id].sort());
    expect(statSync(out).mode & 0o777).toBe(0o600);

    const northOnly = outFile();
    await cli(["--out", northOnly, "--org", north.id], { SSN_ENCRYPTION_KEY: key64 });
    expect(
      parseCsv(readFileSync(northOnly, "utf8"))
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(["Pending", "Registered"]);
    // The database holds the SSNs only encrypted.
    const stored = await db.apprentice.findMany({ select: { ssnEncrypted: true, ssnLast4: true } });
    expect(JSON.stringify(stored)).not.toContain("123-45-6789");
  });

  it("refuses to run without the key when an SSN must be decrypted, or with bad arguments", async () => {
    const org = await employer();
    await apprentice(org.id, "Keyless", "REGISTERED", "111-22-3333");
    await expect(cli(["--out", outFile(), "--org", org.id], { SSN_ENCRYPTION_KEY: "" })).rejects.toMatchObject({
      stderr: expect.stringContaining("SSN_ENCRYPTION_KEY is needed"),
    });
    await expect(cli(["--org", "not an id"])).rejects.toMatchObject({
      stderr: expect.stringContaining("usage: npm run rapids:export"),
    });
  });
});
