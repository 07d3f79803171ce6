import "server-only";
import type { Db } from "@/lib/prisma-client";
import { enqueueMail } from "@/lib/mail/outbox";
import { withinRequestLimit, type RateLimitRule } from "@/lib/rate-limit";
import { SIGN_IN_LINK_HOURS } from "@/lib/auth/constants";

const PER_ADDRESS: RateLimitRule = { name: "sign-in", limit: 5, windowSeconds: 15 * 60 };
/** Stops one client from mailing many strangers (each address alone would stay under its own limit). */
const PER_IP: RateLimitRule = { name: "sign-in", limit: 30, windowSeconds: 15 * 60 };

/**
 * Auth.js calls this for every magic-link request. The link is queued in the outbox, so the request never waits
 * on SMTP. An address without an account gets a "no account" note instead of a link: the sign-in page then says
 * the same thing for every address and does not reveal who has an account. Past the per-address limit, the
 * request is accepted but nothing is sent, so nobody can flood an inbox; a per-IP limit stops one client from
 * mailing many addresses.
 */
export async function sendSignInEmail(db: Db, appUrl: string, identifier: string, url: string, ip: string | null) {
  const email = identifier.toLowerCase();
  const withinIpLimit = await withinRequestLimit(db, ip, PER_IP);
  if (!withinIpLimit || !(await withinRequestLimit(db, ip, PER_ADDRESS, email))) {
    console.warn(
      `[auth] sign-in email to ${email} not sent: rate limit (${withinIpLimit ? "address" : `ip ${ip ?? "unknown"}`})`,
    );
    return;
  }
  // Auth.js builds the link from the request's Host header; re-anchoring it on APP_URL means a forged Host
  // header can never send someone a link to another site.
  const link = new URL(url);
  const safeUrl = new URL(link.pathname + link.search, appUrl).toString();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (user) {
    await enqueueMail(db, {
      to: email,
      template: "sign-in-link",
      props: { url: safeUrl, expiresInHours: SIGN_IN_LINK_HOURS },
      sensitive: true,
    });
  } else {
    await enqueueMail(db, {
      to: email,
      template: "no-account",
      props: { employerStartUrl: `${appUrl}/employers/start`, interestFormUrl: `${appUrl}/apprentices/interest` },
    });
  }
}
