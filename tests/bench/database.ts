// One database on the local PostgreSQL for the benchmarks that need one, emptied and migrated at the start of
// `npm run bench`. One, because the app's client (lib/db) reads DATABASE_URL once per process.
import { createHash } from "node:crypto";
import { ensureDatabase, migrate, truncateAll } from "../support/database";
import { PG_BASE } from "../support/test-env";

export const BENCH_DATABASE_URL = `${PG_BASE}/bmet_bench`;

/** False when there is no PostgreSQL to run on (the database benchmarks are then skipped). */
export async function prepareBenchDatabase(): Promise<boolean> {
  try {
    await ensureDatabase(BENCH_DATABASE_URL);
  } catch {
    console.log("\nDatabase benchmarks: skipped (no PostgreSQL at", PG_BASE + ")");
    return false;
  }
  migrate(BENCH_DATABASE_URL);
  await truncateAll(BENCH_DATABASE_URL);
  process.env.DATABASE_URL = BENCH_DATABASE_URL;
  return true;
}

/**
 * An empty, migrated database of this checkout's own for the PDF benchmark's demo seed (the seed writes fixed demo
 * accounts, so it gets a database apart from the one above); undefined when there is no PostgreSQL.
 */
export async function preparePdfBenchDatabase(): Promise<string | undefined> {
  const url = `${PG_BASE}/bmet_bench_pdfs_${createHash("sha1").update(process.cwd()).digest("hex").slice(0, 8)}`;
  try {
    await ensureDatabase(url);
  } catch {
    return undefined;
  }
  migrate(url);
  await truncateAll(url);
  return url;
}
