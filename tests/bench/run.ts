// npm run bench: speed and size figures for the work the portal does per request, printed, never asserted.
// Pure parts only (no database), so the figures compare across machines and commits.
import { performance } from "node:perf_hooks";
import { buildAgreementPdf, type AgreementContent } from "../../lib/pdf/agreement";
import { pdfFontFiles } from "../../lib/pdf/fonts";
import { minimumWageFor } from "../../lib/onboarding/wages/minimum-wage";
import { checkWageSchedule } from "../../lib/onboarding/wages/rules";
import { sha256Hex } from "../../lib/storage/hash";

const content: AgreementContent = {
  organization: {
    legalName: "Benchmark Regional Medical Center",
    dbaName: null,
    ein: "12-3456789",
    address: "1 Main Street, Madison, WI 53703",
    county: "Dane",
    state: "WI",
    contactName: "Pat Example",
    contactEmail: "pat@example.test",
    contactPhone: "608-555-0100",
  },
  positions: Array.from({ length: 5 }, (_, i) => ({
    title: `BMET Apprentice ${i + 1}`,
    department: "Clinical Engineering",
    type: "NEW_POSITION",
    siteAddress: "1 Main Street, Madison, WI 53703",
    expectedStartDate: "2027-02-01",
    openings: 1,
  })),
  funding: {
    providerName: "Madison College",
    providerType: "Community or technical college",
    delivery: "HYBRID",
    providerContact: "apprenticeship@madisoncollege.example",
    hoursPerYear: 160,
    costPerApprenticeCents: 350000,
    sources: ["OPERATING_BUDGET"],
    otherSourceText: null,
    instructionTimePaid: true,
  },
  mentors: Array.from({ length: 3 }, (_, i) => ({
    name: `Mentor ${i + 1}`,
    title: "Senior BMET",
    email: `mentor${i + 1}@example.test`,
    phone: null,
    credentials: ["CBET"],
    yearsExperience: 10,
  })),
  journeyworkerCount: 5,
  wageSchedule: {
    journeyworkerRateCents: 3800,
    entryWageCents: 2280,
    basis: "MONTHS",
    termLength: 24,
    steps: [6, 12, 18].map((threshold, i) => ({
      threshold,
      amountKind: "PERCENT" as const,
      amountValue: 6500 + i * 700,
    })),
  },
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
const unsigned = await buildAgreementPdf(content, fonts);
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
const signed = await buildAgreementPdf(content, fonts, signature);

console.log("BMET portal benchmarks (pure functions, this machine)\n");
await time("Employer Agreement PDF, unsigned", 30, () => buildAgreementPdf(content, fonts));
await time("Employer Agreement PDF, signed + evidence", 30, () => buildAgreementPdf(content, fonts, signature));
await time("Wage rules check (3 raises)", 10_000, () => checkWageSchedule(content.wageSchedule!, minimumWageFor("WI")));
console.log(
  `\nSize: unsigned agreement ${(unsigned.length / 1024).toFixed(1)} KiB, signed ${(signed.length / 1024).toFixed(1)} KiB`,
);
