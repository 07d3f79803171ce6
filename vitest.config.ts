import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname);
const alias = {
  "@": root,
  // Outside Next's bundler there is no "react-server" condition; the guard itself is Next's job.
  "server-only": path.join(root, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.{ts,tsx}"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.{ts,tsx}"],
          environment: "node",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          // One real database shared by every file: run files one after another, each starting from empty tables.
          fileParallelism: false,
          testTimeout: 30_000,
          // next-auth imports "next/server" without an extension; let Vite resolve it as Next's bundler would.
          server: { deps: { inline: ["next-auth"] } },
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "security",
          include: ["tests/security/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          server: { deps: { inline: ["next-auth"] } },
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
