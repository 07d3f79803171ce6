import { createHmac, timingSafeEqual } from "node:crypto";
import { isId } from "@/lib/ids";

// The candidate's private link: no account, so the link itself is the credential. It names the candidate, the
// link version and an expiry, and carries an HMAC over all three, so it cannot be forged or extended without the
// server's secret. The version is checked against the candidate's row (lib/authz/candidate-link.ts): sending a
// new link or "sign out this link" raises it, which revokes every older link. Links made before versions existed
// have three parts and count as version 1.

/** Long enough to come back after an interview season; an expired link offers a fresh one by email. */
export const PROFILE_LINK_DAYS = 60;

export type ProfileToken =
  { status: "valid" | "expired"; candidateId: string; version: number; expiresAt: Date } | { status: "invalid" };

const signature = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`candidate-profile-link:${payload}`).digest("base64url");

const BASE36 = /^[0-9a-z]{1,12}$/;

export function signProfileToken(secret: string, candidateId: string, version: number, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + PROFILE_LINK_DAYS * 24 * 3600;
  const payload = `${candidateId}.${version.toString(36)}.${expires.toString(36)}`;
  return `${payload}.${signature(secret, payload)}`;
}

export function readProfileToken(secret: string, token: string, now: Date = new Date()): ProfileToken {
  const parts = token.split(".");
  if (parts.length !== 3 && parts.length !== 4) return { status: "invalid" };
  const given = parts.pop()!;
  const [candidateId, versionPart, expiresPart] = parts.length === 3 ? parts : [parts[0]!, "1", parts[1]!];
  if (!isId(candidateId!) || !BASE36.test(versionPart!) || !BASE36.test(expiresPart!)) return { status: "invalid" };
  const expected = Buffer.from(signature(secret, parts.join(".")));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { status: "invalid" };
  const expiresAt = new Date(parseInt(expiresPart!, 36) * 1000);
  const version = parseInt(versionPart!, 36);
  return { status: expiresAt > now ? "valid" : "expired", candidateId: candidateId!, version, expiresAt };
}
