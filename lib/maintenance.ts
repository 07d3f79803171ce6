import "server-only";
import type { Db } from "@/lib/prisma-client";

/**
 * Deletes rows that have served their purpose: expired sign-in tokens and sessions, rate-limit windows long
 * past, unresolved link requests and unconfirmed registrations. Run hourly by every instance; deleting is idempotent, so overlapping runs are harmless.
 */
export async function pruneExpiredRows(db: Db) {
  const dayAgo = new Date(Date.now() - 24 * 3600_000);
  const [tokens, sessions, limits, linkRequests, organizationRequests] = await Promise.all([
    db.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } }),
    db.session.deleteMany({ where: { expires: { lt: new Date() } } }),
    db.rateLimit.deleteMany({ where: { windowStart: { lt: dayAgo } } }),
    // Normally resolved within seconds; an address nobody resolved (every mail worker off) is not kept.
    db.profileLinkRequest.deleteMany({ where: { createdAt: { lt: dayAgo } } }),
    // A registration nobody confirmed reserved nothing; a day after its link expired, it is forgotten.
    db.organizationRequest.deleteMany({ where: { status: "PENDING", expiresAt: { lt: dayAgo } } }),
  ]);
  return {
    tokens: tokens.count,
    sessions: sessions.count,
    rateLimits: limits.count,
    linkRequests: linkRequests.count,
    organizationRequests: organizationRequests.count,
  };
}
