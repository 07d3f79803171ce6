import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";

// Builds a Prisma client on the pg driver adapter (the WebAssembly query compiler needs one).
// The app uses the singleton in lib/db.ts; scripts and tests call this with their own URL.
export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

export type Db = PrismaClient;

/**
 * Options for an interactive transaction that builds a PDF inside it (an agreement being signed): Prisma's 5-second
 * default is passed on a busy server, and the whole change is then lost with a generic error (signing the
 * Employer Agreement was seen failing at 6.1 s on the shared 2-core machine). lib/review/decide.ts gives packet
 * building the same room.
 */
export const BUILDS_PDFS = { timeout: 30_000, maxWait: 5_000 };
/** A client or an interactive transaction: functions that write take this so callers can compose them. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
