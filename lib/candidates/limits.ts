import type { RateLimitRule } from "@/lib/rate-limit";

// The public candidate forms' rate limits: per client IP (see lib/request.ts for requests with no IP), generous for
// a family sharing a connection and tight for a script; and per address or profile, so nobody floods an inbox.
// Deleting a candidate removes their per-address counters, so the rules are named in one place.

export const INTEREST_LIMITS = {
  perIp: { name: "interest", limit: 20, windowSeconds: 3600 },
  perEmail: { name: "interest", limit: 5, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;

/** Private links sent per client IP, and per address or profile. */
export const LINK_LIMITS = {
  perIp: { name: "profile-link", limit: 20, windowSeconds: 3600 },
  perTarget: { name: "profile-link", limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;
