// The staff pages and the queue at 100 and at 10,000 organizations (issue 16, "Scale"): grows one database from the
// demo seed with growToScale (tests/bench/scale-data.ts), and times each page's data loading in-process, through
// the page's own loaders and real Auth.js sessions, printing medians and the 10,000/100 ratio. Printed, never
// asserted. Run alone with `npm run bench:scale`; the HTTP view of the same pages is the page benchmark's.
//
// Each size is timed twice: "as served" (the one-minute figures cached, as every view but one a minute sees them)
// and "uncached" (the cache cleared before each run: what the minute's first view pays).
import { register } from "node:module";
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { growToScale, SCALE_SIZES as SIZES, type ScaleTarget } from "./scale-data";
import { ensureDatabase } from "../support/database";
import { PG_BASE, TEST_AUTH_SECRET, TEST_SSN_KEY } from "../support/test-env";
import { APPROVED_STATUSES } from "../../lib/review/transitions";

register("./next-headers-hooks.mjs", import.meta.url);

export const SCALE_DATABASE_URL = `${PG_BASE}/bmet_bench_scale`;

const RUNS = 40;
const WARM_UP = 10;

/** An empty database, migrated and seeded with the demo data, as a new deployment starts. */
async function freshSeededDatabase(url: string) {
  const admin = `${PG_BASE}/postgres`;
  const name = new URL(url).pathname.slice(1);
  execFileSync("psql", [admin, "-qc", `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
  await ensureDatabase(url);
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "pipe" });
  execFileSync("npx", ["prisma", "db", "seed"], { env, stdio: "pipe" });
}

type Page = { label: string; load: () => Promise<unknown> };

/** The loaders each page awaits before rendering, called as the page calls them, signed in as staff or a partner. */
async function staffPages(): Promise<{ pages: Page[]; clearCache: () => void }> {
  const { db } = await import("../../lib/db");
  const { requestScope } = await import("../support/request-scope");
  const { createSession, SESSION_COOKIE } = await import("../support/factories");
  const { getStaffHomeFigures } = await import("../../lib/staff/overview");
  const { listQueue, listReviewers } = await import("../../lib/review/queue");
  const { parseQueueFilters } = await import("../../lib/review/queue-filters");
  const { getSetting } = await import("../../lib/settings/data");
  const { countRegistrationsWaiting } = await import("../../lib/apprentices/registration/data");
  const { listCandidatesForStaff } = await import("../../lib/candidates/staff/data");
  const { parseCandidateFilters } = await import("../../lib/candidates/staff/filters");
  const { listCandidatesForPartner } = await import("../../lib/candidates/partner/data");
  const { parseCandidateFilters: parsePartnerFilters } = await import("../../lib/candidates/partner/filters");
  const { clearProcessCache } = await import("../../lib/process-cache");

  const staff = await db.user.findFirstOrThrow({ where: { staffRole: "STAFF_ADMIN" }, select: { id: true } });
  // A partner: the owner of an organization whose latest version is approved (the seed has one).
  const partner = await db.membership.findFirstOrThrow({
    where: {
      role: "OWNER",
      organization: { submissions: { some: { isLatest: true, status: { in: [...APPROVED_STATUSES] } } } },
    },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  const as = async (userId: string) => {
    const cookies = { [SESSION_COOKIE]: await createSession(db, userId) };
    return <T>(fn: () => Promise<T>) => requestScope.run(cookies, fn);
  };
  const asStaff = await as(staff.id);
  const asPartner = await as(partner.userId);
  const queue = (params: Record<string, string>) =>
    asStaff(() => {
      const filters = parseQueueFilters(params);
      return Promise.all([
        listQueue(filters, staff.id),
        listReviewers(),
        getSetting("reviewTargetBusinessDays"),
        countRegistrationsWaiting(),
      ]);
    });
  const pages: Page[] = [
    { label: "/staff", load: () => asStaff(getStaffHomeFigures) },
    { label: "/staff/queue", load: () => queue({}) },
    { label: "/staff/queue?status=all&sort=name", load: () => queue({ status: "all", sort: "name" }) },
    { label: "/staff/queue?q=health", load: () => queue({ q: "health", status: "all" }) },
    { label: "/staff/candidates", load: () => asStaff(() => listCandidatesForStaff(parseCandidateFilters({}))) },
    {
      label: "/staff/candidates?q=rivera",
      load: () => asStaff(() => listCandidatesForStaff(parseCandidateFilters({ q: "rivera" }))),
    },
    {
      label: "/staff/candidates?q=candidate42@",
      load: () => asStaff(() => listCandidatesForStaff(parseCandidateFilters({ q: "candidate42@" }))),
    },
    {
      label: "/candidates (partner)",
      load: () => asPartner(() => listCandidatesForPartner(parsePartnerFilters({}), 1)),
    },
  ];
  return { pages, clearCache: clearProcessCache };
}

async function median(runs: number, before: () => void, fn: () => Promise<unknown>) {
  // Warm-up: connections, Prisma's query plans, the JIT, Postgres's caches after the growth.
  for (let i = 0; i < WARM_UP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/** Medians in ms per page label, "as served" and "uncached", at the database's current size. */
async function measure(pages: Page[], clearCache: () => void) {
  const results = new Map<string, { served: number; uncached: number }>();
  for (const page of pages) {
    const served = await median(RUNS, () => {}, page.load);
    const uncached = await median(RUNS, clearCache, page.load);
    results.set(page.label, { served, uncached });
  }
  return results;
}

export async function benchScale(databaseUrl = SCALE_DATABASE_URL) {
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? TEST_AUTH_SECRET,
    SSN_ENCRYPTION_KEY: process.env.SSN_ENCRYPTION_KEY ?? TEST_SSN_KEY,
    AUTH_URL: "http://localhost:3000",
    APP_URL: "http://localhost:3000",
    MAIL_WORKER: "off",
  });
  await freshSeededDatabase(databaseUrl);
  const { pages, clearCache } = await staffPages();
  const bySize: Array<{ size: ScaleTarget; results: Awaited<ReturnType<typeof measure>> }> = [];
  for (const target of SIZES) {
    const started = performance.now();
    const size = await growToScale(databaseUrl, target);
    const grown = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `\nGrown to ${size.organizations.toLocaleString("en-US")} organizations, ${size.candidates.toLocaleString("en-US")} candidates, ${size.views.toLocaleString("en-US")} logged views in ${grown} s`,
    );
    bySize.push({ size, results: await measure(pages, clearCache) });
  }
  const [small, large] = bySize as [(typeof bySize)[0], (typeof bySize)[0]];
  const head = (s: ScaleTarget) => `${s.organizations.toLocaleString("en-US")} orgs`;
  console.log(
    `\nStaff pages' data loading, in-process, median of ${RUNS} (ms). "served": one-minute figures cached; "uncached": cache cleared each run.`,
  );
  console.log(
    `${"page".padEnd(36)} ${`${head(small.size)} served`.padStart(18)} ${`${head(large.size)} served`.padStart(20)} ${"ratio".padStart(6)}   ${`${head(small.size)} uncached`.padStart(18)} ${`${head(large.size)} uncached`.padStart(20)} ${"ratio".padStart(6)}`,
  );
  for (const { label } of pages) {
    const a = small.results.get(label)!;
    const b = large.results.get(label)!;
    console.log(
      `${label.padEnd(36)} ${a.served.toFixed(2).padStart(18)} ${b.served.toFixed(2).padStart(20)} ${(b.served / a.served).toFixed(2).padStart(6)}   ${a.uncached.toFixed(2).padStart(18)} ${b.uncached.toFixed(2).padStart(20)} ${(b.uncached / a.uncached).toFixed(2).padStart(6)}`,
    );
  }
  const { db } = await import("../../lib/db");
  await db.$disconnect();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScale(process.argv[2]);
