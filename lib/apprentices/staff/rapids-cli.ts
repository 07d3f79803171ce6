// npm run rapids:export -- --out <file.xlsx|file.csv> [--org <organization id>]
// Writes DOL's RAPIDS bulk-upload file for the apprentices AAMI approved or DOL registered, from the database named
// by DATABASE_URL, with the same code as the staff download: the whole workbook when the file name ends in .xlsx,
// the Apprentice tab as CSV otherwise. SSNs are decrypted with
// SSN_ENCRYPTION_KEY: the file holds them in full, so keep it as carefully as the database.
import { closeSync, fchmodSync, openSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { rapidsCsv } from "@/lib/rapids/csv";
import { loadRapidsFile } from "@/lib/apprentices/staff/rapids-export";
import { ssnKeys } from "@/lib/crypto/ssn";
import { isId } from "@/lib/ids";
import { createPrismaClient } from "@/lib/prisma-client";
import { buildRapidsWorkbook } from "@/lib/rapids/workbook";

function fail(message: string): never {
  console.error(`rapids:export: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { out: { type: "string" }, org: { type: "string" } } });
if (!values.out || (values.org !== undefined && !isId(values.org))) {
  fail("usage: npm run rapids:export -- --out <file.xlsx|file.csv> [--org <organization id>]");
}
if (!process.env.DATABASE_URL) fail("set DATABASE_URL to the database to read the apprentices from.");

const db = createPrismaClient(process.env.DATABASE_URL, 1);
try {
  const keys = process.env.SSN_ENCRYPTION_KEY ? ssnKeys(process.env.SSN_ENCRYPTION_KEY) : null;
  const file = await loadRapidsFile(db, { organizationId: values.org, ssnKeys: keys });
  const { apprentices } = file;
  const body = values.out.toLowerCase().endsWith(".xlsx") ? await buildRapidsWorkbook(file) : rapidsCsv(apprentices);
  // Owner-only even when the file already existed with wider permissions: it holds full SSNs.
  const fd = openSync(values.out, "w", 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeFileSync(fd, body);
  } finally {
    closeSync(fd);
  }
  console.log(`Wrote ${values.out}: ${apprentices.length} apprentice${apprentices.length === 1 ? "" : "s"}.`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await db.$disconnect();
}
