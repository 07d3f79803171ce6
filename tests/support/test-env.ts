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
export const INTEGRATION_DATABASE_URL = `${PG_BASE}/bmet_integration_${checkout}`;
export const E2E_DATABASE_URL = `${PG_BASE}/bmet_e2e_${checkout}`;
export const TEST_AUTH_SECRET = "test-secret-used-only-by-the-test-suite-0123456789";
/** 32 bytes, base64: the SSN key of the test suite. */
export const TEST_SSN_KEY = Buffer.from("bmet-portal-ssn-key-for-tests-32").toString("base64");

// `tsx tests/support/test-env.ts e2e-url` prints the end-to-end database URL for tests/run-all.sh.
if (process.argv[2] === "e2e-url") console.log(E2E_DATABASE_URL);
