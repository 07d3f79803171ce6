import "server-only";
import { Prisma } from "@prisma/client";

/**
 * A new record id made by PostgreSQL, for rows a statement of our own inserts (Prisma makes `@default(cuid())` ids
 * only for its ORM calls): "c" and 32 lower-case hex digits, which lib/ids.ts accepts as it accepts cuids.
 */
export const NEW_RECORD_ID = Prisma.sql`'c' || replace(gen_random_uuid()::text, '-', '')`;
