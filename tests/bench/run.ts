// npm run bench: speed and size figures for the work the portal does per request, printed, never asserted.
// The pure parts first (comparable across machines and commits), then the review queue and the candidate lists on
// a local PostgreSQL, then the client weight of the production build in .next and Lighthouse (BENCH_BASE_URL).
import { performance } from "node:perf_hooks";
import { PDFDocument } from "pdf-lib";
import { buildAgreementPdf, type AgreementContent } from "../../lib/pdf/agreement";
import { pdfFontFiles } from "../../lib/pdf/fonts";
import { buildRegistrationPacketPdf, type PacketInput } from "../../lib/pdf/packet";
import { minimumWageFor } from "../../lib/onboarding/wages/minimum-wage";
import { checkWageSchedule } from "../../lib/onboarding/wages/rules";
import { sha256Hex } from "../../lib/storage/hash";
import { benchReviewQueue } from "./review-queue";
import { benchCandidates } from "./candidates";
import { benchClientWeight } from "./client-weight";
import { benchLighthouse } from "./lighthouse";
import { prepareBenchDatabase } from "./database";
import {
  SAMPLE_AGREEMENT_CONTENT,
  SAMPLE_PACKET_DETAILS,
  SAMPLE_REGISTRATION_AGENCY,
  signSampleAgreement,
} from "../support/agreement-fixtures";
import { STANDARDS_V1 } from "../support/standards";

// The sample organization with more rows in its appendices, as a larger employer would have.
const content: AgreementContent = {
  ...SAMPLE_AGREEMENT_CONTENT,
  positions: Array.from({ length: 5 }, (_, i) => ({
    ...SAMPLE_AGREEMENT_CONTENT.positions[0]!,
    title: `BMET Apprentice ${i + 1}`,
  })),
  mentors: Array.from({ length: 3 }, (_, i) => ({ ...SAMPLE_AGREEMENT_CONTENT.mentors[0]!, name: `Mentor ${i + 1}` })),
};

async function time(label: string, runs: number, fn: () => Promise<unknown> | unknown) {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const pct = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(3);
  console.log(
    `${label.padEnd(44)} median ${pct(0.5).padStart(8)} ms   p95 ${pct(0.95).padStart(8)} ms   (${runs} runs)`,
  );
}

const fonts = pdfFontFiles();
const unsigned = await buildAgreementPdf(content, STANDARDS_V1, SAMPLE_REGISTRATION_AGENCY, fonts);
const signature = {
  method: "ELECTRONIC" as const,
  agreementVersion: 1,
  signerName: "Pat Example",
  signerTitle: "Director",
  signerEmail: "pat@example.test",
  signedAt: new Date("2026-11-23T12:00:00Z"),
  ip: "203.0.113.9",
  userAgent: "bench",
  unsignedSha256: sha256Hex(unsigned),
  contentFingerprint: "0".repeat(64),
  drawnSignaturePng: null,
};
const signed = await buildAgreementPdf(content, STANDARDS_V1, SAMPLE_REGISTRATION_AGENCY, fonts, signature);
const sample = await signSampleAgreement(fonts, content);
const packetInput: PacketInput = {
  ...SAMPLE_PACKET_DETAILS,
  snapshot: sample.snapshot,
  signedAgreement: { bytes: sample.bytes, filename: "agreement.pdf", countersignature: null },
};
const packet = await buildRegistrationPacketPdf(packetInput, fonts);

console.log("BMET portal benchmarks (pure functions, this machine)\n");
await time("Employer Agreement PDF, unsigned", 30, () =>
  buildAgreementPdf(content, STANDARDS_V1, SAMPLE_REGISTRATION_AGENCY, fonts),
);
await time("Employer Agreement PDF, signed + evidence", 30, () =>
  buildAgreementPdf(content, STANDARDS_V1, SAMPLE_REGISTRATION_AGENCY, fonts, signature),
);
await time("DOL registration packet PDF", 30, () => buildRegistrationPacketPdf(packetInput, fonts));
await time("Wage rules check (3 raises)", 10_000, () =>
  checkWageSchedule(content.wageSchedule!, minimumWageFor("WI"), STANDARDS_V1),
);
const kib = (bytes: Uint8Array) => `${(bytes.length / 1024).toFixed(1)} KiB`;
const packetPages = (await PDFDocument.load(packet.bytes)).getPageCount();
console.log(
  `\nSize: unsigned agreement ${kib(unsigned)}, signed ${kib(signed)}, ` +
    `registration packet ${kib(packet.bytes)} (${packetPages} pages)`,
);

if (await prepareBenchDatabase()) {
  await benchReviewQueue(time);
  await benchCandidates(time);
  const { db } = await import("../../lib/db");
  await db.$disconnect();
}

await benchClientWeight();
// Lighthouse needs a running production server (`next start`); BENCH_BASE_URL names it, e.g. http://127.0.0.1:3000.
if (process.env.BENCH_BASE_URL) await benchLighthouse(process.env.BENCH_BASE_URL);
else console.log("\nLighthouse: skipped (set BENCH_BASE_URL to a running `next start`)");
