import { afterEach, beforeAll, vi } from "vitest";
import { INTEGRATION_DATABASE_URL, TEST_AUTH_SECRET, TEST_SSN_KEY } from "./test-env";
import { truncateAll } from "./database";
import { requestScope } from "./request-scope";
import { clearCachedFigures } from "@/lib/cached-figures";

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

// Cache invalidation needs Next's render context; in these tests there is no cache to invalidate.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

beforeAll(() => truncateAll(INTEGRATION_DATABASE_URL));
afterEach(() => {
  requestScope.clear();
  // Tests change the database between two views of a page; the one-minute figures must not outlive a test.
  clearCachedFigures();
});
