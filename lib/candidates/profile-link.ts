import "server-only";
import { env } from "@/lib/env";
import { PROFILE_LINK_DAYS, readProfileToken, signProfileToken } from "@/lib/candidates/profile-token";

// The private link as the rest of the app uses it: signed with a key derived for this purpose from AUTH_SECRET
// (production refuses to start without it; the dev script generates one).

function secret(): string {
  const authSecret = env().AUTH_SECRET;
  if (!authSecret) throw new Error("AUTH_SECRET is needed to sign candidates' private links");
  return authSecret;
}

export const readProfileLink = (token: string) => readProfileToken(secret(), token);

/** A fresh link for the candidate, with the day it stops working (for the email). */
export function profileLink(candidateId: string) {
  const token = signProfileToken(secret(), candidateId);
  const expiresOn = new Date(Date.now() + PROFILE_LINK_DAYS * 24 * 3600 * 1000);
  return { url: `${env().APP_URL}/apprentices/profile/${token}`, expiresOn };
}

export const PROFILE_REQUEST_PAGE = "/apprentices/profile";
