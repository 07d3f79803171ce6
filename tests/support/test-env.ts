import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Connection details shared by the test runners and tests/run-all.sh. Tests use their own databases on the local
// Postgres, never the development one; the names carry a hash of this checkout's path so two checkouts on one
// machine (a clone CI runs in, say) never share a database.
export const checkout = createHash("sha1")
  .update(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.."))
  .digest("hex")
  .slice(0, 8);

export const PG_BASE = process.env.TEST_PG_BASE_URL ?? "postgresql://postgres@127.0.0.1:5432";
const integration = `bmet_integration_${checkout}`;
/** Migrated once per vitest run (tests/support/integration-global-setup.ts); never used by a test itself. */
export const INTEGRATION_TEMPLATE_DATABASE_URL = `${PG_BASE}/${integration}_template`;
/**
 * Each vitest worker (VITEST_POOL_ID, 1 to maxWorkers) has a database of its own, cloned from the template when the
 * worker's first file starts, so test files run in parallel and each still starts from empty tables. Outside a
 * worker (a script, the global set-up) the id is 0.
 */
export const vitestWorkerId = Number(process.env.VITEST_POOL_ID ?? 0);
export const INTEGRATION_DATABASE_URL = `${PG_BASE}/${integration}_w${vitestWorkerId}`;
/** The worker databases of this checkout, whatever the worker count was. */
export const isIntegrationWorkerDatabase = (name: string) => new RegExp(`^${integration}_w\\d+$`).test(name);
export const E2E_DATABASE_URL = `${PG_BASE}/bmet_e2e_${checkout}`;
export const TEST_AUTH_SECRET = "test-secret-used-only-by-the-test-suite-0123456789";
/** 32 bytes, base64: the SSN key of the test suite. */
export const TEST_SSN_KEY = Buffer.from("bmet-portal-ssn-key-for-tests-32").toString("base64");

// `tsx tests/support/test-env.ts e2e-url` prints the end-to-end database URL for tests/run-all.sh.
if (process.argv[2] === "e2e-url") console.log(E2E_DATABASE_URL);
