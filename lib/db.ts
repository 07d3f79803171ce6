import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// One client per process; kept on globalThis so dev hot reloads do not open a new pool each time.
const globalForDb = globalThis as unknown as { db?: Db };

export const db: Db = globalForDb.db ?? createPrismaClient(env().DATABASE_URL);

if (env().NODE_ENV !== "production") globalForDb.db = db;
