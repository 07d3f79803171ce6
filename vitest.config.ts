import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);
const alias = {
  "@": root,
  // Outside Next's bundler there is no "react-server" condition; the guard itself is Next's job.
  "server-only": path.join(root, "tests/support/empty-module.ts"),
};

/**
 * Test files run in parallel, one per vitest worker: one worker per core, and at least two (vitest's default is one
 * fewer than the cores, a single worker on a 2-core machine). More workers than cores gained little here and pushed
 * the slowest PDF-heavy tests towards their timeout. TEST_WORKERS overrides it (1 runs files one after another).
 */
const WORKERS = Number(process.env.TEST_WORKERS ?? Math.max(2, availableParallelism()));

/**
 * A project whose tests run against the real Postgres of tests/support: each worker on a database of its own, cloned
 * from a migrated template (tests/support/integration-global-setup.ts), files in parallel.
 */
const onRealDatabase = (name: string, include: string) => ({
  resolve: { alias },
  test: {
    name,
    include: [include],
    environment: "node" as const,
    globalSetup: ["tests/support/integration-global-setup.ts"],
    setupFiles: ["tests/support/integration-setup.ts"],
    maxWorkers: WORKERS,
    testTimeout: 30_000,
    // next-auth imports "next/server" without an extension; let Vite resolve it as Next's bundler would.
    server: { deps: { inline: ["next-auth"] } },
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
          maxWorkers: WORKERS,
        },
      },
      // Each file starts from empty tables in its worker's own database.
      onRealDatabase("integration", "tests/integration/**/*.test.{ts,tsx}"),
      // Security and durability proofs (npm run test:security): the integration set-up, on its databases; the app
      // servers they start listen on ports of their worker's own (tests/security/support/server.ts).
      onRealDatabase("security", "tests/security/**/*.test.{ts,tsx}"),
    ],
  },
});
