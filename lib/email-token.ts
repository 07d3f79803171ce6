import "server-only";
import { randomBytes } from "node:crypto";
import { sha256Hex } from "@/lib/storage";

// One-time links sent by email to people acting without an account (an apprentice signing, an employer confirming
// its registration). The link carries 32 random bytes; only their SHA-256 is stored, so a copy of the database
// cannot be used to act.

export const emailTokenHash = (token: string) => sha256Hex(new TextEncoder().encode(token));

/** Whether a string could be one of these tokens: checked before any lookup. */
export const isEmailTokenShape = (token: string) => /^[A-Za-z0-9_-]{20,100}$/.test(token);

export function newEmailToken(validDays: number, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + validDays * 86_400_000);
  return {
    token,
    hash: emailTokenHash(token),
    expiresAt,
    expiresOn: expiresAt.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" }),
  };
}
