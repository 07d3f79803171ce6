import type { Db } from "@/lib/prisma-client";
import { enqueueMail } from "@/lib/mail/outbox";
import { hitRateLimit } from "@/lib/rate-limit";

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 24 * 60 * 60;
const PER_ADDRESS = { limit: 5, windowSeconds: 15 * 60 };

/**
 * Auth.js calls this for every magic-link request. The link is queued in the outbox, so the request never waits
 * on SMTP. An address without an account gets a "no account" note instead of a link: the sign-in page then says
 * the same thing for every address and does not reveal who has an account. Past the per-address limit, the
 * request is accepted but nothing is sent, so nobody can flood an inbox.
 */
export async function sendSignInEmail(db: Db, appUrl: string, identifier: string, url: string) {
  const email = identifier.toLowerCase();
  if (!(await hitRateLimit(db, `sign-in:${email}`, PER_ADDRESS.limit, PER_ADDRESS.windowSeconds))) {
    console.warn(`[auth] sign-in emails to ${email} rate-limited`);
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
      props: { url: safeUrl, expiresInHours: SIGN_IN_LINK_MAX_AGE_SECONDS / 3600 },
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
