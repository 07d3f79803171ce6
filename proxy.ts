import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { refusedBody } from "@/lib/security/body-limit";
import { baselineHeaders, pageHeaders } from "@/lib/security/headers";

// Next 16's request proxy (formerly middleware): the security headers of every response (lib/security/headers.ts),
// and 413 for a body over the portal's limit (lib/security/body-limit.ts) before anything reads it.
// Pages get a Content-Security-Policy with a fresh nonce per request. The policy also goes on the request, where
// Next reads the nonce and puts it on its own scripts; every page is rendered per request (the root layout reads
// the session), so none is served from a prerendered copy with an old nonce. Route handlers get the baseline
// only: each sets the policy that fits what it serves (a file's is in lib/storage).

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const { APP_URL, NODE_ENV } = env();
  const https = new URL(APP_URL).protocol === "https:";
  const refused = refusedBody(request.method, request.headers);
  if (refused) {
    const response = new NextResponse(refused.message, {
      status: refused.status,
      headers: { "content-type": "text/plain; charset=utf-8", connection: "close" },
    });
    return withHeaders(response, baselineHeaders(pathname, https));
  }
  if (pathname.startsWith("/api/")) return withHeaders(NextResponse.next(), baselineHeaders(pathname, https));

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const headers = pageHeaders(pathname, { nonce, development: NODE_ENV === "development", https });
  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", headers["content-security-policy"]);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

function withHeaders(response: NextResponse, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's hashed static files and the two public files.
  matcher: ["/((?!_next/static|_next/image|robots.txt|icon.svg).*)"],
};
