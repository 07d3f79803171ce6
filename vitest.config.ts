import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);
const alias = {
  "@": root,
  // Outside Next's bundler there is no "react-server" condition; the guard itself is Next's job.
  "server-only": path.join(root, "tests/support/empty-module.ts"),
};

/** A project whose tests run against the real Postgres of tests/support, one file at a time. */
const onRealDatabase = (name: string, include: string) => ({
  resolve: { alias },
  test: {
    name,
    include: [include],
    environment: "node" as const,
    globalSetup: ["tests/support/integration-global-setup.ts"],
    setupFiles: ["tests/support/integration-setup.ts"],
    fileParallelism: false,
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
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "node" },
      },
      // One real database shared by every file: run files one after another, each starting from empty tables.
      onRealDatabase("integration", "tests/integration/**/*.test.{ts,tsx}"),
      // Security and durability proofs (npm run test:security): the integration set-up, on its database.
      onRealDatabase("security", "tests/security/**/*.test.{ts,tsx}"),
    ],
  },
});
