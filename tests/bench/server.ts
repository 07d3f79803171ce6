// The production server the page benchmarks request: `next start` from the existing build, on a database of its
// own on the local PostgreSQL, migrated and filled with the demo seed. Used by tests/bench/pages.ts.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDatabase, migrate, truncateAll } from "../support/database";
import { PG_BASE, TEST_AUTH_SECRET, TEST_SSN_KEY, checkout } from "../support/test-env";

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

export type BenchServer = { baseUrl: string; stop: () => Promise<void>; output: () => string };

/**
 * Starts `next start` on 127.0.0.1:port against the database and waits until /health answers. `debugQueries`
 * makes Prisma's pg adapter log every query it sends (to count them; it slows the server down). Mail stays queued:
 * the worker is off and SMTP_URL points nowhere.
 */
export async function startBenchServer(opts: {
  port: number;
  databaseUrl: string;
  debugQueries?: boolean;
}): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  let output = "";
  const child: ChildProcess = spawn(
    path.join(ROOT, "node_modules/.bin/next"),
    ["start", "-p", String(opts.port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      detached: true, // its own process group, so stop() ends next start and anything it forked
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: opts.databaseUrl,
        APP_URL: baseUrl,
        AUTH_URL: baseUrl,
        AUTH_SECRET: TEST_AUTH_SECRET,
        SSN_ENCRYPTION_KEY: TEST_SSN_KEY,
        SMTP_URL: "smtp://127.0.0.1:1",
        MAIL_WORKER: "off",
        NEXT_TELEMETRY_DISABLED: "1",
        DEBUG: opts.debugQueries ? "prisma:driver-adapter:pg" : "",
      },
    },
  );
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    }
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    const up = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer /health within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { baseUrl, stop, output: () => output };
}
