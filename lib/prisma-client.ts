import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";

// Builds a Prisma client on the pg driver adapter (the WebAssembly query compiler needs one).
// The app uses the singleton in lib/db.ts; scripts and tests call this with their own URL.
export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

export type Db = PrismaClient;
/** A client or an interactive transaction: functions that write take this so callers can compose them. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
