import "server-only";
import { AppError, type AppErrorCode } from "@/lib/errors";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 404,
  NO_ORGANIZATION: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
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
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
