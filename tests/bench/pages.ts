// Page benchmarks: the portal's main pages served by `next start` (tests/bench/server.ts) on the seeded demo
// database, each as a ratio of the requests per second of a trivial dynamic page (/health) in the same server and
// the same run, which cancels out most of the machine's speed and load. Run by tests/bench/run.ts, or alone with
// `npx tsx --conditions=react-server tests/bench/pages.ts` (`--only /,/signin` measures just those pages, see
// benchPages). A later section (staff pages at scale) reuses measurePages and printPageTable on a database of its own.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { DEMO_STAFF, demoOrganization } from "../../prisma/demo-accounts";
import { PAGES_DATABASE_URL, ensureProductionBuild, prepareSeededDatabase, startBenchServer } from "./server";
import { sessionCookieFor } from "./sessions";
import type { AppServer } from "../security/support/server";
import { benchLighthouse } from "./lighthouse";
import { growToScale, SCALE_SIZES, type ScaleTarget } from "./scale-data";

export type Audience = "public" | "signed-in";
/** A page to request: `cookie` (a session) makes it a signed-in request. */
export type BenchPage = { label: string; path: string; audience: Audience; cookie?: string };
export type PageRow = BenchPage & {
  /** The two rows of the trivial page, the denominator (without a cookie) and the cost of a session alone. */
  trivial: boolean;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** requestsPerSecond over the trivial page's (without a cookie). */
  ratio: number;
  /** Database queries one request sends, when counted (countQueries). */
  queries?: number;
};
export type MeasureOptions = {
  /** The session the trivial page is requested with for its second row. */
  trivialCookie: string;
  connections?: number;
  rounds?: number;
  /** Length of each page's run in each round. */
  seconds?: number;
};

const TRIVIAL_PATH = "/health";
/** Targets of issue 16, printed next to each ratio. */
const TARGET: Record<Audience, number> = { public: 0.7, "signed-in": 0.5 };
const SIGNED_IN_FLOOR = 0.3;
/** The header's sign-out button: on every page of a signed-in visitor, on none of a signed-out one. */
const SIGNED_IN_MARK = ">Sign out</button>";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Fails loudly unless the page answers 200 to this visitor as this visitor: a redirect to sign-in (an expired or
 * unknown session) or an error page would measure something else.
 */
async function checkPage(baseUrl: string, page: BenchPage) {
  const response = await fetch(baseUrl + page.path, {
    redirect: "manual",
    headers: page.cookie ? { cookie: page.cookie } : {},
  });
  const body = await response.text();
  const where = `${page.label} (${page.path})`;
  if (response.status !== 200) {
    const location = response.headers.get("location");
    throw new Error(`Broken page benchmark: ${where} answered ${response.status}${location ? ` → ${location}` : ""}`);
  }
  if (body.includes(SIGNED_IN_MARK) !== !!page.cookie) {
    throw new Error(`Broken page benchmark: ${where} was not served ${page.cookie ? "signed in" : "signed out"}`);
  }
}

async function load(baseUrl: string, page: BenchPage, connections: number, seconds: number) {
  const result = await autocannon({
    url: baseUrl + page.path,
    connections,
    duration: seconds,
    headers: page.cookie ? { cookie: page.cookie } : {},
  });
  if (result.non2xx || result.errors || result.timeouts) {
    const statuses = Object.entries(result.statusCodeStats).map(([status, { count }]) => `${status}×${count}`);
    throw new Error(
      `Broken page benchmark: ${page.label} (${page.path}) had ${result.non2xx} non-2xx answers ` +
        `(${statuses.join(", ")}), ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return result;
}

/**
 * Measures the trivial page (without and with `trivialCookie`) and then `pages`: a warm-up for each, then `rounds`
 * rounds that each request every page in turn for `seconds`, so a burst of load from elsewhere on the machine
 * spreads over all pages instead of landing on one. req/s is the mean over the rounds, p50 and p99 the median of
 * the rounds' percentiles.
 */
export async function measurePages(
  baseUrl: string,
  pages: BenchPage[],
  { trivialCookie, connections = 10, rounds = 3, seconds = 4 }: MeasureOptions,
): Promise<PageRow[]> {
  const all: Array<BenchPage & { trivial: boolean }> = [
    { label: "trivial page", path: TRIVIAL_PATH, audience: "public", trivial: true },
    {
      label: "trivial page, with a session cookie",
      path: TRIVIAL_PATH,
      audience: "signed-in",
      cookie: trivialCookie,
      trivial: true,
    },
    ...pages.map((page) => ({ ...page, trivial: false })),
  ];
  for (const page of all) {
    await checkPage(baseUrl, page);
    await load(baseUrl, page, connections, 1);
  }
  const samples = all.map(() => [] as Awaited<ReturnType<typeof load>>[]);
  for (let round = 0; round < rounds; round++) {
    for (const [i, page] of all.entries()) samples[i]!.push(await load(baseUrl, page, connections, seconds));
  }
  const rows = all.map((page, i) => {
    const runs = samples[i]!;
    const requestsPerSecond = runs.reduce((sum, r) => sum + r.requests.total / r.duration, 0) / runs.length;
    return {
      ...page,
      requestsPerSecond,
      p50: median(runs.map((r) => r.latency.p50)),
      p99: median(runs.map((r) => r.latency.p99)),
      ratio: 0,
    };
  });
  const denominator = rows[0]!.requestsPerSecond;
  return rows.map((row) => ({ ...row, ratio: row.requestsPerSecond / denominator }));
}

/**
 * Counts the database queries of one request to each row's page, on a server started with `logQueries` (Prisma's
 * pg adapter then logs each query it sends). The page is requested once first, so what a process loads once is
 * not counted.
 */
export async function countQueries(server: AppServer, rows: PageRow[]): Promise<PageRow[]> {
  const queriesLogged = () => server.output().match(/\[js::(query|execute)_raw\]/g)?.length ?? 0;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  const request = (row: PageRow) =>
    fetch(server.url + row.path, { headers: row.cookie ? { cookie: row.cookie } : {} }).then((r) => r.text());
  const counted: PageRow[] = [];
  for (const row of rows) {
    await request(row);
    await settle();
    const before = queriesLogged();
    await request(row);
    await settle();
    counted.push({ ...row, queries: queriesLogged() - before });
  }
  return counted;
}

/** A page's path as the tables print it: ids as `<id>`. */
const printedPath = (path: string) => path.replace(/\/c[a-z0-9]{24}(?=\/|$)/g, "/<id>");

function verdict(row: PageRow): string {
  if (row.trivial) return "";
  const target = TARGET[row.audience];
  if (row.ratio >= target) return `≥ ${target.toFixed(2)} met`;
  if (row.audience === "signed-in" && row.ratio < SIGNED_IN_FLOOR)
    return `below the ${SIGNED_IN_FLOOR.toFixed(2)} floor`;
  return `below ${target.toFixed(2)}`;
}

export function printPageTable(rows: PageRow[], title = "Pages") {
  const counted = rows.some((row) => row.queries !== undefined);
  console.log(
    `\n${title}: req/s as a ratio to the trivial page (${TRIVIAL_PATH}) in the same server and run; targets: public ` +
      `pages ≥ ${TARGET.public}, signed-in ≥ ${TARGET["signed-in"]} (none below ${SIGNED_IN_FLOOR})\n`,
  );
  const header = ["page", "who", "req/s", "p50 ms", "p99 ms", "ratio", ...(counted ? ["queries"] : []), "target"];
  const lines = rows.map((row) => [
    `${row.label} ${printedPath(row.path)}`,
    row.trivial && !row.cookie ? "—" : row.audience,
    row.requestsPerSecond.toFixed(1),
    String(row.p50),
    String(row.p99),
    row.ratio.toFixed(2),
    ...(counted ? [String(row.queries ?? "")] : []),
    verdict(row),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((line) => line[c]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, c) =>
        c === 0 || c === 1 || c === cells.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!),
      )
      .join("  ");
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

const READY_TO_SIGN_OWNER = "owner@ready-to-sign.bench.example";

async function submittedSubmissionId(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT s.id FROM "Submission" s JOIN "Organization" o ON o.id = s."organizationId" WHERE o."legalName" = $1`,
      [demoOrganization("employerSubmitted").legalName],
    );
    if (!rows[0]) throw new Error("The demo seed's submitted organization has no submission");
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/** The pages of issue 16's table and the main pages added since, as the people who use them. */
async function mainPages(databaseUrl: string): Promise<{ pages: BenchPage[]; trivialCookie: string }> {
  const employer = await sessionCookieFor(databaseUrl, READY_TO_SIGN_OWNER);
  const partner = await sessionCookieFor(databaseUrl, demoOrganization("employerApproved").owner.email);
  const staff = await sessionCookieFor(databaseUrl, DEMO_STAFF.staffAdmin.email);
  const publicPage = (label: string, path: string): BenchPage => ({ label, path, audience: "public" });
  const signedIn =
    (cookie: string) =>
    (label: string, path: string): BenchPage => ({ label, path, audience: "signed-in", cookie });
  const asEmployer = signedIn(employer);
  const asPartner = signedIn(partner);
  const asStaff = signedIn(staff);
  return {
    // A partner's owner: the header's heaviest signed-in case (memberships and the partner check).
    trivialCookie: partner,
    pages: [
      publicPage("home", "/"),
      publicPage("interest form", "/apprentices/interest"),
      publicPage("employer start", "/employers/start"),
      publicPage("sign-in", "/signin"),
      asEmployer("checklist", "/onboarding"),
      asEmployer("step 6, ready to sign", "/onboarding/agreement"),
      asEmployer("members", "/organization/members"),
      asPartner("partner candidates", "/candidates"),
      asPartner("partner apprentices", "/onboarding/apprentices"),
      asPartner("partner listing", "/organization/listing"),
      asStaff("staff home", "/staff"),
      asStaff("review queue", "/staff/queue"),
      asStaff("apprentice queue", "/staff/queue/apprentices"),
      asStaff("submission review", `/staff/submissions/${await submittedSubmissionId(databaseUrl)}`),
      asStaff("staff candidates", "/staff/candidates"),
      asStaff("employers", "/staff/employers"),
      asStaff("staff apprentices", "/staff/apprentices"),
      asStaff("settings", "/staff/settings"),
    ],
  };
}

/** The staff pages and the partners' candidate list: the pages whose data grows with the number of employers. */
const growsWithEmployers = (page: BenchPage) => page.path.startsWith("/staff") || page.path === "/candidates";

/** Prints, for each page measured at both sizes, its ratio at each and how much slower it got (target ≤ 1.3×). */
function printScaleTable(small: PageRow[], large: PageRow[], sizes: [ScaleTarget, ScaleTarget]) {
  const [a, b] = sizes.map((size) => `${size.organizations.toLocaleString("en-US")} orgs`);
  console.log(
    `\nScale: the same pages at ${a} and ${b} (${sizes[1].candidates.toLocaleString("en-US")} candidates, ` +
      `${sizes[1].views.toLocaleString("en-US")} logged views), each as a ratio to the trivial page of its own ` +
      `round; "slower" is ${a}'s ratio over ${b}'s (target ≤ 1.3)\n`,
  );
  console.log(
    `${"page".padEnd(48)} ${`ratio, ${a}`.padStart(16)} ${`ratio, ${b}`.padStart(18)} ${"slower".padStart(7)}`,
  );
  for (const row of small.filter((r) => !r.trivial)) {
    const grown = large.find((r) => r.path === row.path && r.label === row.label)!;
    const label = `${row.label} ${printedPath(row.path)}`;
    console.log(
      `${label.padEnd(48)} ${row.ratio.toFixed(2).padStart(16)} ${grown.ratio.toFixed(2).padStart(18)} ` +
        `${(row.ratio / grown.ratio).toFixed(2).padStart(7)}`,
    );
  }
}

/**
 * The page section of `npm run bench`: builds if needed, seeds its database, measures the main pages, runs
 * Lighthouse on the same server, grows the database to 100 and then 10,000 organizations measuring the pages that
 * grow with them at each size, then counts each page's queries on a second start of the server with query logging
 * on (which would slow the measured one down). `only` (printed paths) measures just those pages and skips
 * Lighthouse and the scale section: a quick before/after while working on a page.
 */
export async function benchPages({
  port = Number(process.env.BENCH_PORT ?? 3520),
  seconds = 4,
  only,
}: { port?: number; seconds?: number; only?: string[] } = {}) {
  ensureProductionBuild();
  await prepareSeededDatabase(PAGES_DATABASE_URL);
  execFileSync("npx", ["tsx", "--conditions=react-server", "tests/bench/ready-to-sign.ts", READY_TO_SIGN_OWNER], {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: PAGES_DATABASE_URL },
  });
  const main = await mainPages(PAGES_DATABASE_URL);
  const { trivialCookie } = main;
  const pages = only ? main.pages.filter((page) => only.includes(printedPath(page.path))) : main.pages;
  if (only && pages.length !== only.length) {
    throw new Error(
      `--only: no main page at ${only.filter((p) => !pages.some((page) => printedPath(page.path) === p))}`,
    );
  }
  console.log(
    `\nPages: measuring ${pages.length + 2} pages on ${PAGES_DATABASE_URL}, ${seconds} s each in 3 rounds (a few minutes)…`,
  );
  const measured = await startBenchServer({ port, databaseUrl: PAGES_DATABASE_URL });
  let rows: PageRow[];
  try {
    rows = await measurePages(measured.url, pages, { trivialCookie, seconds });
    printPageTable(rows, "Pages (the demo seed)");
    if (!only) {
      await benchLighthouse(measured.url);
      const scaled = pages.filter(growsWithEmployers);
      const bySize: PageRow[][] = [];
      for (const size of SCALE_SIZES) {
        await growToScale(PAGES_DATABASE_URL, size);
        console.log(`\nGrown to ${size.organizations.toLocaleString("en-US")} organizations; measuring…`);
        bySize.push(await measurePages(measured.url, scaled, { trivialCookie, seconds }));
      }
      printScaleTable(bySize[0]!, bySize[1]!, SCALE_SIZES as [ScaleTarget, ScaleTarget]);
    }
  } finally {
    await measured.stop();
  }
  const counting = await startBenchServer({ port, databaseUrl: PAGES_DATABASE_URL, logQueries: true });
  try {
    rows = await countQueries(counting, rows);
  } finally {
    await counting.stop();
  }
  printPageTable(
    rows,
    `Queries per request (counted ${only ? "on the demo seed" : "at 10,000 organizations"}; speed figures from the first table)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { only: { type: "string" } } });
  await benchPages({
    seconds: Number(process.env.BENCH_PAGE_SECONDS ?? 4),
    only: values.only?.split(",").map((p) => p.trim()),
  });
}
