// The production server the page benchmarks request: `next start` from the existing build, on a database of its
// own on the local PostgreSQL, migrated and filled with the demo seed. Used by tests/bench/pages.ts.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDatabase, migrate, truncateAll } from "../support/database";
import { PG_BASE, checkout } from "../support/test-env";
import { startAppServer } from "../security/support/server";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * The page benchmarks' database: apart from tests/bench/database.ts's, which other sections empty and refill, and
 * named after the checkout like the test databases, so two checkouts' benchmarks never share one.
 */
export const PAGES_DATABASE_URL = `${PG_BASE}/bmet_bench_pages_${checkout}`;

/** What the built server is made of: a file here newer than the build means the build is stale. */
const SOURCES = ["app", "components", "lib", "emails", "public", "proxy.ts", "instrumentation.ts", "next.config.ts"];

function newestSourceTime(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestSourceTime(path.join(entry, name))), 0);
}

/**
 * Builds the app when there is no production build or a source file changed since it was made: the figures must
 * be those of the code in the checkout. Building takes a minute or two of both cores.
 */
export function ensureProductionBuild() {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changed = Math.max(
    ...SOURCES.map((s) => path.join(ROOT, s))
      .filter(existsSync)
      .map(newestSourceTime),
  );
  if (built > changed) return;
  console.log(
    built
      ? "\nThe production build (.next) is older than the sources: running `next build` first."
      : "\nNo production build (.next): running `next build` first.",
  );
  execFileSync("npx", ["next", "build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: PAGES_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** Empties the database, migrates it and runs the demo seed (prisma/seed.ts), as a developer's would be. */
export async function prepareSeededDatabase(databaseUrl: string) {
  await ensureDatabase(databaseUrl);
  migrate(databaseUrl);
  await truncateAll(databaseUrl);
  execFileSync("npx", ["prisma", "db", "seed"], {
    cwd: ROOT,
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

/**
 * Starts `next start` on the port against the database, as the security tests start it (tests/security/support/
 * server.ts). Mail stays queued: the worker is off and SMTP_URL points nowhere. `logQueries` makes the server log
 * every database query (to count them; it slows the server down).
 */
export function startBenchServer(opts: { port: number; databaseUrl: string; logQueries?: boolean }) {
  return startAppServer({ ...opts, smtpUrl: "smtp://127.0.0.1:1", mailWorker: "off" });
}
