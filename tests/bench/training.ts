// The training dashboards at program scale (issue 17, point 10): a seeded database of its own grown to 10,000
// apprentices in training with 1,000,000 hour entries (tests/bench/training-data.ts), then the employer dashboard
// (/training, as the owner of the employer with a tenth of the apprentices) and AAMI staff's program figures
// (/staff/training) served by `next start`, as ratios to the trivial page in the same server and run
// (tests/bench/pages.ts). The staff figures are served through their one-minute cache, so what the minute's first
// view pays is timed too, in a process of its own on the same database. Printed, never asserted. Run by
// tests/bench/run.ts, or alone with `npx tsx --conditions=react-server tests/bench/training.ts`.
import { execFileSync } from "node:child_process";
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { DEMO_STAFF, demoOrganization } from "../../prisma/demo-accounts";
import { PG_BASE, TEST_AUTH_SECRET, TEST_SSN_KEY, checkout } from "../support/test-env";
import { measurePages, printPageTable } from "./pages";
import { ensureProductionBuild, prepareSeededDatabase, startBenchServer } from "./server";
import { sessionCookieFor } from "./sessions";
import { sampleMs, percentile } from "./timing";
import { growTraining, trainingTotals, TRAINING_SIZE } from "./training-data";

const THIS_FILE = fileURLToPath(import.meta.url);
export const TRAINING_DATABASE_URL = `${PG_BASE}/bmet_bench_training_${checkout}`;
const BIG_EMPLOYER = demoOrganization("employerApproved");

/** In a process of its own (lib/db reads DATABASE_URL once): the staff figures computed afresh, as uncached. */
async function timeUncachedFigures() {
  register("./next-headers-hooks.mjs", import.meta.url);
  const { loadProgramFigures } = await import("../../lib/training/figures/data");
  const samples = await sampleMs(5, () => loadProgramFigures());
  console.log(
    `Staff figures computed afresh (each minute's first view of /staff/training): median ${percentile(samples, 0.5).toFixed(0)} ms, slowest ${samples.at(-1)!.toFixed(0)} ms (5 runs)`,
  );
  const { db } = await import("../../lib/db");
  await db.$disconnect();
}

export async function benchTraining({
  port = Number(process.env.BENCH_PORT ?? 3520),
  seconds = 4,
}: { port?: number; seconds?: number } = {}) {
  ensureProductionBuild();
  const url = TRAINING_DATABASE_URL;
  await prepareSeededDatabase(url);
  const started = performance.now();
  await growTraining(url, TRAINING_SIZE, BIG_EMPLOYER.legalName);
  const totals = await trainingTotals(url, BIG_EMPLOYER.legalName);
  const count = (n: number) => n.toLocaleString("en-US");
  console.log(
    `\nTraining dashboards: grown to ${count(totals.apprentices)} apprentices in training at ${count(totals.organizations)} employers ` +
      `(${count(totals.atBigEmployer)} at ${BIG_EMPLOYER.legalName}) with ${count(totals.entries)} hour entries in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s; measuring…`,
  );
  const owner = await sessionCookieFor(url, BIG_EMPLOYER.owner.email);
  const staff = await sessionCookieFor(url, DEMO_STAFF.staffAdmin.email);
  const server = await startBenchServer({ port, databaseUrl: url });
  try {
    const rows = await measurePages(
      server.url,
      [
        { label: "employer dashboard", path: "/training", audience: "signed-in", cookie: owner },
        { label: "employer dashboard, a later page", path: "/training?page=20", audience: "signed-in", cookie: owner },
        {
          label: "staff training figures (cached a minute)",
          path: "/staff/training",
          audience: "signed-in",
          cookie: staff,
        },
      ],
      { trivialCookie: owner, seconds },
    );
    printPageTable(
      rows,
      `Training dashboards (${count(totals.apprentices)} apprentices, ${count(totals.entries)} hour entries)`,
    );
  } finally {
    await server.stop();
  }
  execFileSync("npx", ["tsx", "--conditions=react-server", THIS_FILE, "--uncached-figures"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? TEST_AUTH_SECRET,
      SSN_ENCRYPTION_KEY: process.env.SSN_ENCRYPTION_KEY ?? TEST_SSN_KEY,
      AUTH_URL: "http://localhost:3000",
      APP_URL: "http://localhost:3000",
      MAIL_WORKER: "off",
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === THIS_FILE) {
  if (process.argv.includes("--uncached-figures")) await timeUncachedFigures();
  else await benchTraining({ seconds: Number(process.env.BENCH_PAGE_SECONDS ?? 4) });
}
