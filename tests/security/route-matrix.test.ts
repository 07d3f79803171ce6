import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCESS_TABLE, CROSS_SITE_POST, type Expectation, type Outcome, type RouteAccess } from "./access-table";
import { classify, get, inParallel, post, type Observed } from "./support/http";
import { callerFor, signInPrincipals, type Principal } from "./support/matrix-principals";
import { discoverRoutes, dynamicSegments, fillPattern, type DiscoveredRoute } from "./support/routes";
import { seedWorld, type Target, type World } from "./support/seed";
import { SECURITY_PORTS, assertProductionBuild, startAppServer, type AppServer } from "./support/server";
import { startSmtpCapture } from "../support/smtp-capture";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";
import { installWriteProbe } from "../support/write-probe";

// Route × principal matrix: every page and route handler under app/ is requested over HTTP (GET; POST for the
// handlers that only accept POST), against the production build under `next start` on real Postgres, by every
// kind of caller, for every seeded tenant's records, and each answer is compared with tests/security/access-table.ts.

const PARALLEL = 8;

type Probe = {
  pattern: string;
  method: "GET" | "POST";
  url: string;
  /** POST: the page the form is posted from, and its fields. */
  origin?: string;
  fields?: Array<[string, string]>;
  principal: Principal;
  target: Target | null;
  expected: Outcome;
  refusal?: RegExp;
};

type Result = Probe & { observed: Observed; wrote?: string[] };

/** A page of another site that makes a signed-in visitor's browser post to the portal. */
const CROSS_SITE = "https://attacker.example";

const routes = discoverRoutes();

/** What the table lacks or gets wrong about the routes in app/. */
function tableProblems(found: DiscoveredRoute[]): string[] {
  const problems: string[] = [];
  for (const route of found) {
    const entry = ACCESS_TABLE[route.pattern];
    if (!entry) {
      problems.push(`${route.pattern} (${route.file}) is not in tests/security/access-table.ts`);
      continue;
    }
    if (entry.methods.join() !== route.methods.join()) {
      problems.push(
        `${route.pattern}: the file exports ${route.methods.join(", ")}; the table says ${entry.methods.join(", ")}`,
      );
    }
    const segments = dynamicSegments(route.pattern);
    const filled = Object.keys(entry.fill ?? {});
    if (segments.sort().join() !== filled.sort().join()) {
      problems.push(
        `${route.pattern}: dynamic segments [${segments.join(", ")}], the table fills [${filled.join(", ")}]`,
      );
    }
  }
  for (const pattern of Object.keys(ACCESS_TABLE)) {
    if (!found.some((r) => r.pattern === pattern)) problems.push(`${pattern} is in the table but not under app/`);
  }
  return problems;
}

/** Every combination of the route's records (one per dynamic segment); a mix of tenants is nobody's. */
function targetsFor(
  entry: RouteAccess,
  world: World,
): Array<{ values: Record<string, string>; target: Target | null; fields?: Array<[string, string]> }> {
  if (entry.form) {
    const { field, source } = entry.form;
    return world.targets[source].map((target) => ({ values: {}, target, fields: [[field, target.value]] }));
  }
  const segments = Object.entries(entry.fill ?? {});
  if (segments.length === 0) return [{ values: {}, target: null }];
  let combos: Array<{ values: Record<string, string>; parts: Target[] }> = [{ values: {}, parts: [] }];
  for (const [segment, source] of segments) {
    combos = combos.flatMap((c) =>
      world.targets[source].map((t) => ({ values: { ...c.values, [segment]: t.value }, parts: [...c.parts, t] })),
    );
  }
  return combos.map(({ values, parts }) => {
    const last = parts[parts.length - 1]!;
    // A value nobody owns (a skill code, a state) leaves the record the tenant's whose other segments name it.
    const tenants = new Set(parts.map((p) => p.tenant).filter((t) => t !== null));
    const target: Target = {
      value: last.value,
      tenant: tenants.size === 1 ? [...tenants][0]! : null,
      label: parts.map((p) => p.label).join(" / "),
      facts: Object.assign({}, ...parts.map((p) => p.facts)),
    };
    return { values, target };
  });
}

/**
 * GET for pages and GET route handlers. A POST-only route handler gets two POSTs per caller and record: from the
 * portal's own page (the table's answer) and from another site's (CROSS_SITE_POST).
 */
function probesFor(world: World, principals: Principal[], baseUrl: string): Probe[] {
  const probes: Probe[] = [];
  for (const route of routes) {
    const entry = ACCESS_TABLE[route.pattern];
    if (!entry) continue;
    const postOnly = !route.methods.includes("GET");
    if (postOnly && !route.methods.includes("POST")) continue;
    for (const { values, target, fields } of targetsFor(entry, world)) {
      const expectation: Expectation = typeof entry.expect === "function" ? entry.expect(target!) : entry.expect;
      const url = `${baseUrl}${fillPattern(route.pattern, values)}`;
      for (const principal of principals) {
        const expected = expectation[callerFor(principal, target)]
          .replace("{value}", target?.value ?? "")
          .replace("{own}", principal.ownRecord ?? "") as Outcome;
        const probe = { pattern: route.pattern, url, principal, target, refusal: entry.refusal };
        if (!postOnly) {
          probes.push({ ...probe, method: "GET", expected });
          continue;
        }
        probes.push({ ...probe, method: "POST", origin: baseUrl, fields: fields ?? [], expected });
        probes.push({ ...probe, method: "POST", origin: CROSS_SITE, fields: fields ?? [], expected: CROSS_SITE_POST });
      }
    }
  }
  return probes;
}

describe("route × principal matrix", () => {
  let server: AppServer | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>> | undefined;
  let world: World;
  let principals: Principal[];

  beforeAll(async () => {
    assertProductionBuild();
    world = await seedWorld();
    principals = await signInPrincipals(world);
    smtp = await startSmtpCapture();
    server = await startAppServer({ port: SECURITY_PORTS.matrix, smtpUrl: smtp.url });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await smtp?.stop();
  });

  it("knows every route under app/ and the methods each exports", () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(tableProblems(routes)).toEqual([]);
  });

  it("answers every caller as the access table says, and never with a server error", async () => {
    const started = Date.now();
    const probes = probesFor(world, principals, server!.url);
    const results: Result[] = await inParallel(
      probes.filter((p) => p.method === "GET"),
      PARALLEL,
      async (probe) => ({
        ...probe,
        observed: classify(await get(probe.url, probe.principal.cookie), server!.url, probe.refusal),
      }),
    );
    // POST-only route handlers one at a time, with every table watched, so each write is the POST's own.
    const watch = await installWriteProbe(INTEGRATION_DATABASE_URL);
    try {
      for (const probe of probes.filter((p) => p.method === "POST")) {
        await watch.reset();
        const answer = await post(probe.url, probe.principal.cookie, probe.origin!, probe.fields!);
        results.push({ ...probe, observed: classify(answer, server!.url), wrote: await watch.writes() });
      }
    } finally {
      await watch.remove();
    }
    const writesOnRefusal = results.filter((r) => r.observed !== "ok" && (r.wrote ?? []).length > 0);
    const leaks = results.filter((r) => r.observed === "ok" && r.expected !== "ok");
    const serverErrors = results.filter((r) => r.observed === "server-error");
    const otherDifferences = results.filter(
      (r) => r.observed !== r.expected && !leaks.includes(r) && !serverErrors.includes(r),
    );
    const missing = routes.filter((r) => !ACCESS_TABLE[r.pattern]);
    const routesRequested = new Set(results.map((r) => r.pattern)).size;
    const posts = results.filter((r) => r.method === "POST");
    const n = (x: number) => x.toLocaleString("en-US");
    console.log(
      `matrix: ${n(results.length)} requests, ${n(leaks.length)} leaks ` +
        `(${routesRequested} routes × ${principals.length} principals over 3 tenants' records, ` +
        `${n(posts.length)} of them POSTs to POST-only handlers of which ${posts.filter((r) => r.observed !== "ok").length} ` +
        `refused and ${writesOnRefusal.length} of those wrote; ${n(serverErrors.length)} server errors, ` +
        `${n(otherDifferences.length)} other differences from the table, ${missing.length} routes missing from it; ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    const line = (r: Result) =>
      `${r.principal.name} ${r.method} ${r.url.slice(server!.url.length)}` +
      `${r.origin && r.origin !== server!.url ? ` from ${r.origin}` : ""}${r.target ? ` (${r.target.label})` : ""}: ` +
      `expected ${r.expected}, got ${r.observed}${r.wrote?.length ? `, wrote ${r.wrote.join(", ")}` : ""}`;
    if (serverErrors.length) console.log(`next start printed:\n${server!.output().slice(-4000)}`);
    expect({
      leaks: leaks.map(line),
      serverErrors: serverErrors.map(line),
      otherDifferences: otherDifferences.map(line),
      missingFromTable: missing.map((r) => r.pattern),
      writesOnRefusal: writesOnRefusal.map(line),
    }).toEqual({ leaks: [], serverErrors: [], otherDifferences: [], missingFromTable: [], writesOnRefusal: [] });
  }, 180_000);
});
