import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// One client (one connection pool) per process. Next bundles this module into several chunks (instrumentation,
// route handlers, server components), so the instance lives on globalThis to be shared by all of them, and
// across hot reloads in development.
const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = (globalForDb.db ??= createPrismaClient(env().DATABASE_URL));
