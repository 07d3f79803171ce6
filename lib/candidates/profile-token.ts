import { createHmac, timingSafeEqual } from "node:crypto";
import { isId } from "@/lib/ids";

// The candidate's private link: no account, so the link itself is the credential. It names the candidate and an
// expiry and carries an HMAC over both, so it cannot be forged or extended without the server's secret, and
// nothing has to be stored to check it. Deleting the profile is what revokes it.

/** Long enough to come back after an interview season; an expired link offers a fresh one by email. */
export const PROFILE_LINK_DAYS = 60;

export type ProfileToken =
  | { status: "valid"; candidateId: string; expiresAt: Date }
  | { status: "expired"; candidateId: string; expiresAt: Date }
  | { status: "invalid" };

const signature = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`candidate-profile-link:${payload}`).digest("base64url");

export function signProfileToken(secret: string, candidateId: string, now: Date = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + PROFILE_LINK_DAYS * 24 * 3600;
  const payload = `${candidateId}.${expires.toString(36)}`;
  return `${payload}.${signature(secret, payload)}`;
}

export function readProfileToken(secret: string, token: string, now: Date = new Date()): ProfileToken {
  const parts = token.split(".");
  if (parts.length !== 3) return { status: "invalid" };
  const [candidateId, expiresPart, given] = parts as [string, string, string];
  if (!isId(candidateId) || !/^[0-9a-z]{1,12}$/.test(expiresPart)) return { status: "invalid" };
  const expected = Buffer.from(signature(secret, `${candidateId}.${expiresPart}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { status: "invalid" };
  const expiresAt = new Date(parseInt(expiresPart, 36) * 1000);
  return { status: expiresAt > now ? "valid" : "expired", candidateId, expiresAt };
}
