// npm run ssn:reencrypt [-- --batch-size <n>]
// Re-encrypts the apprentices' SSNs stored in the old format (v1, bound to no apprentice) bound to their own row, and
// fills the lookup hash the unique index checks (lib/apprentices/ssn-reencrypt.ts), in the database named by
// DATABASE_URL with SSN_ENCRYPTION_KEY. Run it once after deploying the v2 format; running it again changes nothing.
// Rows it cannot vouch for are listed and left as they are; it then exits with status 1.
import { parseArgs } from "node:util";
import { reencryptSsns } from "@/lib/apprentices/ssn-reencrypt";
import { ssnKeys } from "@/lib/crypto/ssn";
import { createPrismaClient } from "@/lib/prisma-client";

function fail(message: string): never {
  console.error(`ssn:reencrypt: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { "batch-size": { type: "string", default: "200" } } });
const batchSize = Number(values["batch-size"]);
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
  fail("usage: npm run ssn:reencrypt [-- --batch-size <1 to 10000>]");
}
if (!process.env.DATABASE_URL) fail("set DATABASE_URL to the database whose SSNs to re-encrypt.");
if (!process.env.SSN_ENCRYPTION_KEY) fail("set SSN_ENCRYPTION_KEY to the key the SSNs were encrypted with.");

const db = createPrismaClient(process.env.DATABASE_URL, 1);
let refused = 0;
try {
  const summary = await reencryptSsns(db, ssnKeys(process.env.SSN_ENCRYPTION_KEY), batchSize);
  refused = summary.refused.length;
  console.log(
    `ssn:reencrypt: ${summary.reencrypted} re-encrypted, ${summary.changed} changed by someone else meanwhile ` +
      `(already current), ${refused} left as they are.`,
  );
  for (const r of summary.refused) console.log(`  apprentice ${r.id}: ${r.reason}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  await db.$disconnect();
}
if (refused > 0) process.exit(1);
