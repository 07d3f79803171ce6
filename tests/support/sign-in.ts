import { db } from "@/lib/db";
import { SESSION_COOKIE, createSession } from "./factories";
import { requestScope } from "./request-scope";

/** Integration tests: the following loader and action calls run as this user, through real Auth.js. */
export async function signInAs(userId: string) {
  requestScope.setCookie(SESSION_COOKIE, await createSession(db, userId));
}

/** Runs fn as its own request signed in as this user, so several users can act concurrently in one test. */
export async function asUser<T>(userId: string, fn: () => Promise<T>): Promise<T> {
  const token = await createSession(db, userId);
  return requestScope.run({ [SESSION_COOKIE]: token }, fn);
}
