import { afterEach, beforeAll, vi } from "vitest";
import {
  INTEGRATION_DATABASE_URL,
  INTEGRATION_TEMPLATE_DATABASE_URL,
  TEST_AUTH_SECRET,
  TEST_SSN_KEY,
} from "./test-env";
import { ensureDatabaseFromTemplate, truncateAll } from "./database";
import { requestScope } from "./request-scope";
import { clearProcessCache } from "@/lib/process-cache";

Object.assign(process.env, {
  DATABASE_URL: INTEGRATION_DATABASE_URL,
  AUTH_SECRET: TEST_AUTH_SECRET,
  SSN_ENCRYPTION_KEY: TEST_SSN_KEY,
  AUTH_URL: "http://localhost:3000",
  APP_URL: "http://localhost:3000",
  MAIL_WORKER: "off",
  // Tests stand where one reverse proxy would: the X-Forwarded-For they set is the one the app trusts.
  TRUSTED_PROXY_HOPS: "1",
  // What next.config.ts's experimental.authInterrupts sets in the built app, so pages may call forbidden().
  __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true",
});

vi.mock("next/headers", async () => {
  const { requestScope: scope } = await import("./request-scope");
  return { headers: async () => scope.headers(), cookies: async () => scope.cookies() };
});

// connection() only marks a page as rendered per request (app/health); outside Next there is no request to wait for.
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => undefined,
}));

// Cache invalidation needs Next's render context; in these tests there is no cache to invalidate.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// This worker's own database (cloned from the migrated template by its first file), emptied before each file: files
// run in parallel in separate databases, and one after another within a worker.
beforeAll(async () => {
  await ensureDatabaseFromTemplate(INTEGRATION_DATABASE_URL, INTEGRATION_TEMPLATE_DATABASE_URL);
  await truncateAll(INTEGRATION_DATABASE_URL);
});
afterEach(() => {
  requestScope.clear();
  // Tests change the database behind the app's back between two views of a page (truncating, factories): nothing a
  // process keeps in memory (lib/process-cache.ts) may outlive a test.
  clearProcessCache();
});
