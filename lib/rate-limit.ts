import "server-only";
import type { Tx } from "@/lib/prisma-client";

/** A limit: at most `limit` hits per `windowSeconds`, counted under keys that start with `name`. */
export type RateLimitRule = { name: string; limit: number; windowSeconds: number };

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

/** Requests whose IP is unknown share one counter per rule, allowed this many times the per-IP limit. */
export const NO_IP_SHARE = 10;

/**
 * The counter a request is counted on, and its limit: per target (an address, an account) when one is given, else
 * per client IP, else, with no trusted IP, the one shared counter of the rule. This is the only rate-limit policy.
 */
export function requestLimitKey(rule: RateLimitRule, ip: string | null, target?: string) {
  if (target !== undefined) return { key: `${rule.name}:to:${target.toLowerCase()}`, limit: rule.limit };
  if (ip) return { key: `${rule.name}:ip:${ip}`, limit: rule.limit };
  return { key: `${rule.name}:no-ip`, limit: rule.limit * NO_IP_SHARE };
}

/** Counts a request against a rule (see requestLimitKey) and says whether it is within it. */
export function withinRequestLimit(db: Tx, ip: string | null, rule: RateLimitRule, target?: string) {
  const { key, limit } = requestLimitKey(rule, ip, target);
  return hitRateLimit(db, key, limit, rule.windowSeconds);
}
