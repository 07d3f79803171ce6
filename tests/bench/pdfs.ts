// The PDF section of `npm run bench`: each builder's median time as a multiple of a bare 3-page pdf-lib document
// built in the same process (the floor any PDF pays), and the sizes. Printed, never asserted.
// With a `databaseUrl` (an empty, migrated database it may write to), it also runs the demo seed there and reports
// the registration packet of the seeded registered organization (Northstar), as approval stored it; run alone
// (`npm run bench:pdfs`), it has none.
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { PDFDocument, StandardFonts } from "pdf-lib";
import pg from "pg";
import { buildAgreementPdf, type AgreementContent } from "../../lib/pdf/agreement";
import { pdfFontFiles } from "../../lib/pdf/fonts";
import { buildRegistrationPacketPdf, type PacketInput } from "../../lib/pdf/packet";
import { sha256Hex } from "../../lib/storage/hash";
import {
  SAMPLE_AGREEMENT_CONTENT,
  SAMPLE_PACKET_DETAILS,
  SAMPLE_REGISTRATION_AGENCY,
  SAMPLE_SIGNATURE,
  signSampleAgreement,
} from "../support/agreement-fixtures";
import { STANDARDS_V1 } from "../support/standards";
import { percentile, sampleMs } from "./timing";

// The sample organization with more rows in its appendices, as a larger employer would have.
const content: AgreementContent = {
  ...SAMPLE_AGREEMENT_CONTENT,
  positions: Array.from({ length: 5 }, (_, i) => ({
    ...SAMPLE_AGREEMENT_CONTENT.positions[0]!,
    title: `BMET Apprentice ${i + 1}`,
  })),
  mentors: Array.from({ length: 3 }, (_, i) => ({ ...SAMPLE_AGREEMENT_CONTENT.mentors[0]!, name: `Mentor ${i + 1}` })),
};

/** The floor: three pages of a few lines each in a standard font, saved. */
async function bareThreePages() {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 3; i++) {
    const page = doc.addPage([612, 792]);
    for (let line = 0; line < 10; line++) {
      page.drawText(`Page ${i}, line ${line + 1}: a bare pdf-lib document.`, {
        x: 54,
        y: 700 - line * 14,
        size: 10,
        font,
      });
    }
  }
  return doc.save();
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Northstar's newest stored packet after the demo seed ran on `databaseUrl`. */
async function seededPacketSize(databaseUrl: string) {
  execFileSync("npx", ["prisma", "db", "seed"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ legalName: string; version: number; size: number }>(
      `SELECT o."legalName", p.version, f."byteSize" AS size
         FROM "RegistrationPacket" p
         JOIN "Organization" o ON o.id = p."organizationId"
         JOIN "StoredFile" f ON f.id = p."fileId"
        ORDER BY p.version DESC LIMIT 1`,
    );
    return rows[0] ?? null;
  } finally {
    await client.end();
  }
}

export async function benchPdfs(options: { databaseUrl?: string; runs?: number } = {}): Promise<void> {
  const runs = options.runs ?? 20;
  const fonts = pdfFontFiles();
  const sample = await signSampleAgreement(fonts, content);
  const signature = { ...SAMPLE_SIGNATURE, unsignedSha256: sample.snapshot.agreement!.unsignedSha256 };
  const packetInput: PacketInput = {
    ...SAMPLE_PACKET_DETAILS,
    snapshot: sample.snapshot,
    signedAgreement: { bytes: sample.bytes, filename: "agreement.pdf", countersignature: null },
  };

  const unsigned = () => buildAgreementPdf(content, STANDARDS_V1, SAMPLE_REGISTRATION_AGENCY, fonts);
  const signed = () => buildAgreementPdf(content, STANDARDS_V1, SAMPLE_REGISTRATION_AGENCY, fonts, signature);
  const packet = () => buildRegistrationPacketPdf(packetInput, fonts);

  // Interleaved rounds, so a burst of load from elsewhere on the machine hits every figure alike.
  const rows: Array<[string, () => Promise<unknown>]> = [
    ["bare 3-page pdf-lib document", bareThreePages],
    ["Employer Agreement PDF, unsigned", unsigned],
    ["Employer Agreement PDF, signed + evidence", signed],
    ["DOL registration packet PDF (sample)", packet],
  ];
  const medians = rows.map(() => [] as number[]);
  for (let round = 0; round < 3; round++) {
    for (const [i, [, fn]] of rows.entries()) medians[i]!.push(percentile(await sampleMs(runs, fn), 0.5));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  const bare = median(medians[0]!);
  console.log(`\nPDFs (median of 3 interleaved rounds of ${runs} runs each; × = multiple of the bare document)`);
  for (const [i, [label]] of rows.entries()) {
    const ms = median(medians[i]!);
    console.log(`${label.padEnd(44)} median ${ms.toFixed(1).padStart(7)} ms   ${(ms / bare).toFixed(1).padStart(5)}×`);
  }
  const [unsignedBytes, signedBytes, packetBytes] = [await unsigned(), await signed(), (await packet()).bytes];
  const packetPages = (await PDFDocument.load(packetBytes)).getPageCount();
  console.log(
    `Size: unsigned agreement ${kib(unsignedBytes.length)}, signed ${kib(signedBytes.length)}, ` +
      `sample packet ${kib(packetBytes.length)} (${packetPages} pages); same data, same bytes: ` +
      `${sha256Hex(await unsigned()) === sha256Hex(unsignedBytes) ? "yes" : "NO"}`,
  );

  if (options.databaseUrl) {
    const seeded = await seededPacketSize(options.databaseUrl);
    console.log(
      seeded
        ? `Seeded registered organization (${seeded.legalName}): packet v${seeded.version} ${kib(seeded.size)}`
        : "Seeded registered organization: no packet stored by the seed",
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await benchPdfs();
