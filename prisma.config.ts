import path from "node:path";
import { defineConfig } from "prisma/config";
import { schemaEngineAdapter, skipNativeEngineDownload } from "./prisma/schema-engine-workarounds";

// Prisma's CLI looks for native engine files before most commands and tries to download them when missing;
// nothing may be downloaded here. We use the WebAssembly engines, so point the checks at a file that exists.
// See docs/decisions/0001-prisma-6-wasm-engine.md.
skipNativeEngineDownload();

export default defineConfig({
  // Prisma 6's WebAssembly schema engine talks to the database through this driver adapter; no native binaries.
  engine: "js",
  experimental: { adapter: true },
  // Called lazily by commands that touch the database, so `prisma generate` works without DATABASE_URL.
  adapter: async () => schemaEngineAdapter(process.env.DATABASE_URL),
  schema: path.join("prisma", "schema.prisma"),
  // The seed reuses server-only modules (the agreement and snapshot builders); under the react-server condition
  // "server-only" is a no-op, as it is inside Next.
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx --conditions=react-server prisma/seed.ts" },
});
