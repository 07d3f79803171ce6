import "server-only";
import type { Tx } from "@/lib/prisma-client";

/**
 * Fixed-window counter kept in Postgres, so a limit holds across every app instance. One atomic upsert:
 * a new window resets the count, otherwise it increments. Returns whether this hit is within the limit.
 */
export async function hitRateLimit(db: Tx, key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count", "createdAt", "updatedAt")
    VALUES (${key}, now(), 1, now(), now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds})
                     THEN now() ELSE "RateLimit"."windowStart" END,
      "updatedAt" = now()
    RETURNING "count"`;
  return (rows[0]?.count ?? 1) <= limit;
}
