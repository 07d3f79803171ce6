import "server-only";
import { headers } from "next/headers";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import type { AuditKind } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { clientIpFrom } from "@/lib/client-ip";
import type { Tx } from "@/lib/prisma-client";
import { withinRequestLimit, type RateLimitRule } from "@/lib/rate-limit";

/** What every action knows about its request, resolved once by the action client's first step. */
export type RequestContext = {
  ip: string | null;
  userAgent: string | null;
  /** recordAudit with this request's IP filled in. */
  audit: <K extends AuditKind>(tx: Tx, entry: Omit<AuditEntry<K>, "ip">) => Promise<void>;
  /**
   * Counts this request against a rule and says whether it is within it: per target (an email address, an
   * account) when one is given, else per client IP (lib/rate-limit.ts says what happens with no IP).
   */
  withinLimit: (rule: RateLimitRule, target?: string) => Promise<boolean>;
};

export async function requestContext(): Promise<RequestContext> {
  const h = await headers();
  const ip = clientIpFrom(h.get("x-forwarded-for"));
  const userAgent = h.get("user-agent")?.slice(0, 500) ?? null;
  return {
    ip,
    userAgent,
    audit: (tx, entry) => recordAudit(tx, { ...entry, ip }),
    withinLimit: (rule, target) => withinRequestLimit(db, ip, rule, target),
  };
}
