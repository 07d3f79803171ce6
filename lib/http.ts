import "server-only";
import { env } from "@/lib/env";
import { AppError, type AppErrorCode } from "@/lib/errors";

// Route handlers' HTTP plumbing. The rule they follow: a GET never writes (tests/integration/no-writes-on-get.test.ts
// proves it for every page and route). Anything that writes, such as a download of personal data that records who
// took it, is a POST from one of the portal's own forms, and its handler starts with requireSameOrigin.

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 404,
  NO_ORGANIZATION: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  CROSS_ORIGIN: 403,
};

/**
 * Runs a route handler's body, turning expected failures into plain responses (401 to sign in; "not found" for
 * anything the caller may not see, so it does not learn that it exists). Anything else is a real error.
 */
export async function handleRoute(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const status = STATUS[error.code];
    return new Response(status === 404 ? "Not found." : error.message, {
      status,
      headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" },
    });
  }
}

/**
 * Refuses (403) a POST that a page of another site made the browser send: its Origin header must be the portal's
 * own origin (APP_URL). Browsers always send Origin with a POST and scripts cannot forge it, so a missing one is
 * refused too (a script outside a browser has no session cookie to abuse). Call it first, before anything is read
 * or written. Next checks the same for server actions; route handlers must do it themselves.
 */
export function requireSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin === null || origin !== new URL(env().APP_URL).origin) throw new AppError("CROSS_ORIGIN");
}

/** The fields of a posted form; a body that is not one reads as an empty form (every field missing). */
export async function formOf(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

/**
 * "See other" after a POST: the browser GETs `path` (a 307, which Next's redirect() gives in route handlers, would
 * make it POST the form again to a page).
 */
export const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path } });
