import "server-only";
import type { Db } from "@/lib/prisma-client";

/**
 * Deletes rows that have served their purpose: expired sign-in tokens and sessions, and rate-limit windows long
 * past. Run hourly by every instance; deleting is idempotent, so overlapping runs are harmless.
 */
export async function pruneExpiredRows(db: Db) {
  const [tokens, sessions, limits] = await Promise.all([
    db.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } }),
    db.session.deleteMany({ where: { expires: { lt: new Date() } } }),
    db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - 24 * 3600_000) } } }),
  ]);
  return { tokens: tokens.count, sessions: sessions.count, rateLimits: limits.count };
}
