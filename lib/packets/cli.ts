// npm run packet:build -- --submission <id> --out <file.pdf>
// Builds the DOL registration packet of an approved submission from the database named by DATABASE_URL, with
// the same code the approval uses, and writes it to a file. Nothing is stored: use it to rebuild a packet for
// DOL, or to check a stored one against its manifest. The apprentices listed are the organization's approved and
// registered apprentices now, so an older version's apprentice entries match only if none was approved since.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isId } from "@/lib/ids";
import { createPrismaClient } from "@/lib/prisma-client";
import { loadPacketInput } from "@/lib/packets/create";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { buildRegistrationPacketPdf } from "@/lib/pdf/packet";
import { sha256Hex } from "@/lib/storage/hash";

function fail(message: string): never {
  console.error(`packet:build: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { submission: { type: "string" }, out: { type: "string" } } });
if (!values.submission || !isId(values.submission) || !values.out) {
  fail("usage: npm run packet:build -- --submission <submission id> --out <file.pdf>");
}
if (!process.env.DATABASE_URL) fail("set DATABASE_URL to the database to read the submission from.");

const db = createPrismaClient(process.env.DATABASE_URL, 1);
try {
  const submission = await db.submission.findUnique({
    where: { id: values.submission },
    select: { organizationId: true, status: true, packets: { orderBy: { version: "desc" }, take: 1 } },
  });
  if (!submission) fail(`no submission ${values.submission}.`);
  if (!["APPROVED", "ACCEPTED"].includes(submission.status)) {
    fail(`submission ${values.submission} is ${submission.status}: packets are built from approved submissions.`);
  }
  // Rebuilds the newest stored version; a submission approved before packets existed gets version 1.
  const version = submission.packets[0]?.version ?? 1;
  const input = await loadPacketInput(db, values.submission, version);
  const { bytes, manifest } = await buildRegistrationPacketPdf(input, pdfFontFiles());
  writeFileSync(values.out, bytes);
  console.log(`Wrote ${values.out}: packet version ${version}, ${bytes.length} bytes, SHA-256 ${sha256Hex(bytes)}`);
  for (const entry of manifest) console.log(`  ${entry.pages.padEnd(12)} ${entry.sha256}  ${entry.title}`);
} finally {
  await db.$disconnect();
}
