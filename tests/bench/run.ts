// npm run bench: speed and size figures for the work the portal does per request, printed, never asserted.
// The pure parts first (comparable across machines and commits), then the review queue and the candidate lists on
// a local PostgreSQL; last, the wall time of the last `npm test` (`npm run bench -- --suite` runs the suite first).
// a local PostgreSQL, then the pages served by `next start` (tests/bench/pages.ts).
// a local PostgreSQL, then the client weight of the production build in .next and Lighthouse (BENCH_BASE_URL).
import { performance } from "node:perf_hooks";
import { minimumWageFor } from "../../lib/onboarding/wages/minimum-wage";
import { checkWageSchedule } from "../../lib/onboarding/wages/rules";
import { benchReviewQueue } from "./review-queue";
import { benchCandidates } from "./candidates";
import { benchClientWeight } from "./client-weight";
import { benchLighthouse } from "./lighthouse";
import { prepareBenchDatabase } from "./database";
import { benchSuiteTime } from "./suite-time";
import { benchPages } from "./pages";
import {
  SAMPLE_AGREEMENT_CONTENT,
  SAMPLE_PACKET_DETAILS,
  SAMPLE_REGISTRATION_AGENCY,
  signSampleAgreement,
} from "../support/agreement-fixtures";
import { prepareBenchDatabase, preparePdfBenchDatabase } from "./database";
import { benchPdfs } from "./pdfs";
import { SAMPLE_WAGE_SCHEDULE } from "../support/agreement-fixtures";
import { STANDARDS_V1 } from "../support/standards";

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

console.log("BMET portal benchmarks (pure functions, this machine)\n");
await time("Wage rules check (3 raises)", 10_000, () =>
  checkWageSchedule(SAMPLE_WAGE_SCHEDULE, minimumWageFor("WI"), STANDARDS_V1),
);
await benchPdfs({ databaseUrl: await preparePdfBenchDatabase() });

if (await prepareBenchDatabase()) {
  await benchReviewQueue(time);
  await benchCandidates(time);
  const { db } = await import("../../lib/db");
  await db.$disconnect();
  await benchPages();
}

await benchSuiteTime();
await benchClientWeight();
// Lighthouse needs a running production server (`next start`); BENCH_BASE_URL names it, e.g. http://127.0.0.1:3000.
if (process.env.BENCH_BASE_URL) await benchLighthouse(process.env.BENCH_BASE_URL);
else console.log("\nLighthouse: skipped (set BENCH_BASE_URL to a running `next start`)");
