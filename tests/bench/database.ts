// One database on the local PostgreSQL for the benchmarks that need one, emptied and migrated at the start of
// `npm run bench`. One, because the app's client (lib/db) reads DATABASE_URL once per process.
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
