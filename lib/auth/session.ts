import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";

// What lib/authz needs to read an Auth.js database session itself, in the same query as the user and their
// memberships, instead of Auth.js's session round trips followed by its own: the session's lifetimes (shared with
// the Auth.js configuration in lib/auth/index.ts) and the name of the cookie that carries the session token.

/** A session lasts 30 days from its last extension. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A session in use is extended at most once a day (Auth.js's `updateAge`), not on every request. */
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/**
 * The session token the request carries, from the cookie Auth.js sets: `__Secure-authjs.session-token` when Auth.js
 * works on an https URL, `authjs.session-token` otherwise. Auth.js takes that URL from AUTH_URL, else from the
 * request's X-Forwarded-Proto, else assumes https (@auth/core: createActionURL in lib/utils/env.js and
 * defaultCookies in lib/utils/cookie.js, called from lib/init.js).
 */
export async function sessionTokenFromRequest(): Promise<string | null> {
  const authUrl = env().AUTH_URL;
  const protocol = authUrl ? new URL(authUrl).protocol : `${(await headers()).get("x-forwarded-proto") ?? "https"}:`;
  const name = protocol.replace(/:+$/, ":") === "https:" ? "__Secure-authjs.session-token" : "authjs.session-token";
  return (await cookies()).get(name)?.value || null;
}
