import "server-only";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { sha256Hex } from "@/lib/storage";

// The apprentice signs through an emailed link, without an account. The link carries 32 random bytes; only their
// SHA-256 is stored, so a copy of the database cannot be used to sign. A new link replaces the old one, and
// signing uses it up.

export const SIGNING_LINK_DAYS = 14;

export const signingTokenHash = (token: string) => sha256Hex(new TextEncoder().encode(token));

export function newSigningLink(now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SIGNING_LINK_DAYS * 86_400_000);
  return {
    url: `${env().APP_URL}/apprentices/agreement/${token}`,
    hash: signingTokenHash(token),
    expiresAt,
    expiresOn: expiresAt.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" }),
  };
}
