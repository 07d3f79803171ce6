import "server-only";
import { env } from "@/lib/env";
import { emailTokenHash, newEmailToken } from "@/lib/email-token";

// The apprentice signs through an emailed one-time link, without an account (lib/email-token.ts). A new link
// replaces the old one, and signing uses it up.

export const SIGNING_LINK_DAYS = 14;

export const signingTokenHash = emailTokenHash;

export function newSigningLink(now = new Date()) {
  const { token, ...link } = newEmailToken(SIGNING_LINK_DAYS, now);
  return { url: `${env().APP_URL}/apprentices/agreement/${token}`, ...link };
}
