import "server-only";
import { hkdfSync } from "node:crypto";
import { env } from "@/lib/env";
import { PROFILE_LINK_DAYS, readProfileToken, signProfileToken } from "@/lib/candidates/profile/token";

// The private link as the rest of the app uses it: signed with a key derived (HKDF) from AUTH_SECRET for this
// purpose only, so it never equals a key Auth.js uses (production refuses to start without AUTH_SECRET; the dev
// script generates one).

let derived: { from: string; key: string } | undefined;

function secret(): string {
  const authSecret = env().AUTH_SECRET;
  if (!authSecret) throw new Error("AUTH_SECRET is needed to sign candidates' private links");
  if (derived?.from !== authSecret) {
    const key = Buffer.from(hkdfSync("sha256", authSecret, "", "bmet-portal candidate profile link", 32));
    derived = { from: authSecret, key: key.toString("base64url") };
  }
  return derived.key;
}

export const readProfileLink = (token: string) => readProfileToken(secret(), token);

/** A link for the candidate at their current link version, with the day it stops working (for the email). */
export function profileLink(candidate: { id: string; linkVersion: number }, now: Date = new Date()) {
  const token = signProfileToken(secret(), candidate.id, candidate.linkVersion, now);
  const expiresOn = new Date(now.getTime() + PROFILE_LINK_DAYS * 24 * 3600 * 1000);
  return { token, url: `${env().APP_URL}/apprentices/profile/${token}`, expiresOn };
}

export const PROFILE_REQUEST_PAGE = "/apprentices/profile";
