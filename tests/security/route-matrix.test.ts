import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCESS_TABLE, type Expectation, type Outcome, type RouteAccess } from "./access-table";
import { classify, get, inParallel, type Observed } from "./support/http";
import { callerFor, signInPrincipals, type Principal } from "./support/principals";
import { discoverRoutes, dynamicSegments, fillPattern, type DiscoveredRoute } from "./support/routes";
import { seedWorld, type Target, type World } from "./support/seed";
import { SECURITY_PORTS, assertProductionBuild, startAppServer, type AppServer } from "./support/server";
import { startSmtpCapture } from "../support/smtp-capture";

// Route × principal matrix: every page and GET route handler under app/ is requested over HTTP, against the
// production build under `next start` on real Postgres, by every kind of caller, for every seeded tenant's records,
// and each answer is compared with tests/security/access-table.ts.

const PARALLEL = 8;

type Probe = {
  pattern: string;
  url: string;
  principal: Principal;
  target: Target | null;
  expected: Outcome;
  refusal?: RegExp;
};

type Result = Probe & { observed: Observed };

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
): Array<{ values: Record<string, string>; target: Target | null; query?: string }> {
  if (entry.query) {
    return world.targets[entry.query.source].map((target) => ({
      values: {},
      target,
      query: `?${new URLSearchParams({ [entry.query!.param]: target.value })}`,
    }));
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
    const tenants = new Set(parts.map((p) => p.tenant));
    const target: Target = {
      value: last.value,
      tenant: tenants.size === 1 ? last.tenant : null,
      label: parts.map((p) => p.label).join(" / "),
      facts: Object.assign({}, ...parts.map((p) => p.facts)),
    };
    return { values, target };
  });
}

function probesFor(world: World, principals: Principal[], baseUrl: string): Probe[] {
  const probes: Probe[] = [];
  for (const route of routes) {
    const entry = ACCESS_TABLE[route.pattern];
    if (!entry || !route.methods.includes("GET")) continue;
    for (const { values, target, query } of targetsFor(entry, world)) {
      const expectation: Expectation = typeof entry.expect === "function" ? entry.expect(target!) : entry.expect;
      const url = `${baseUrl}${fillPattern(route.pattern, values)}${query ?? ""}`;
      for (const principal of principals) {
        const expected = expectation[callerFor(principal, target)].replace("{value}", target?.value ?? "") as Outcome;
        probes.push({ pattern: route.pattern, url, principal, target, expected, refusal: entry.refusal });
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
    const results: Result[] = await inParallel(probes, PARALLEL, async (probe) => ({
      ...probe,
      observed: classify(await get(probe.url, probe.principal.cookie), server!.url, probe.refusal),
    }));
    const leaks = results.filter((r) => r.observed === "ok" && r.expected !== "ok");
    const serverErrors = results.filter((r) => r.observed === "server-error");
    const otherDifferences = results.filter(
      (r) => r.observed !== r.expected && !leaks.includes(r) && !serverErrors.includes(r),
    );
    const missing = routes.filter((r) => !ACCESS_TABLE[r.pattern]);
    const routesRequested = new Set(results.map((r) => r.pattern)).size;
    const n = (x: number) => x.toLocaleString("en-US");
    console.log(
      `matrix: ${n(results.length)} requests, ${n(leaks.length)} leaks ` +
        `(${routesRequested} routes × ${principals.length} principals over 3 tenants' records; ` +
        `${n(serverErrors.length)} server errors, ${n(otherDifferences.length)} other differences from the table, ` +
        `${missing.length} routes missing from it; ${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    const line = (r: Result) =>
      `${r.principal.name} GET ${r.url.slice(server!.url.length)}${r.target ? ` (${r.target.label})` : ""}: expected ${r.expected}, got ${r.observed}`;
    if (serverErrors.length) console.log(`next start printed:\n${server!.output().slice(-4000)}`);
    expect({
      leaks: leaks.map(line),
      serverErrors: serverErrors.map(line),
      otherDifferences: otherDifferences.map(line),
      missingFromTable: missing.map((r) => r.pattern),
    }).toEqual({ leaks: [], serverErrors: [], otherDifferences: [], missingFromTable: [] });
  }, 180_000);
});
