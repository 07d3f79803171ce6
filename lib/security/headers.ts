// The security headers of every response, decided in one place: proxy.ts sets them on pages (with a fresh nonce
// per request) and the baseline on route handlers; file responses (lib/storage) add their own policy. Pure, so
// tests/unit/security-headers.test.ts checks each rule.

export type PageHeaderOptions = {
  /** A fresh random value per request; Next reads it from the request's policy and puts it on its scripts. */
  nonce: string;
  /** `next dev` needs eval (React's debugging) and injects styles without a nonce (hot reloading). */
  development: boolean;
  /** APP_URL is https: browsers are told to use nothing else (HSTS) and to upgrade stray http links. */
  https: boolean;
};

/**
 * The pages' Content-Security-Policy. Scripts run only with this response's nonce ('strict-dynamic' lets Next's
 * nonced loader add its chunks); no inline style (the app draws bars as SVG, components/ui/segment-bar.tsx);
 * images from the app, data: and blob: (the signature pad's drawing, a logo's preview before upload); frames only
 * of the app's own PDFs (the signed agreement on the review page); no plugins; forms post only to the app; and no
 * other site may frame a page (clickjacking).
 */
export function contentSecurityPolicy({ nonce, development, https }: PageHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Development only: next dev adds <style> elements without a nonce (and a nonce would disable 'unsafe-inline').
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // Development only: the hot-reload websocket.
    development ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * Addresses that are secrets: the candidate's private profile link and the apprentice's signing link (pages), the
 * signing link's PDF and Auth.js's emailed sign-in link (route handlers). No other site may learn them from a
 * Referer header. The pages send `same-origin` rather than `no-referrer`: under `no-referrer` a browser sends
 * `Origin: null` with a form posted without JavaScript, and Next then refuses the server action (these pages' forms
 * must work without JavaScript); `same-origin` still sends nothing to any other site.
 */
const TOKEN_PAGES = [
  /^\/apprentices\/profile\/[^/]+\/?$/,
  /^\/apprentices\/agreement\/[^/]+\/?$/,
  /^\/employers\/start\/confirm\/[^/]+\/?$/,
];
const TOKEN_ROUTES = [/^\/api\/apprentice-agreements\/by-link\//, /^\/api\/auth\/callback\//];

export function referrerPolicy(pathname: string): string {
  if (TOKEN_ROUTES.some((path) => path.test(pathname))) return "no-referrer";
  if (TOKEN_PAGES.some((path) => path.test(pathname))) return "same-origin";
  return "strict-origin-when-cross-origin";
}

/** Headers every response carries, route handlers' included (they set their own policy and framing rules). */
export function baselineHeaders(pathname: string, https: boolean): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": referrerPolicy(pathname),
    ...(https ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** The headers of a page: the baseline, the policy, and no framing by anyone (for browsers without CSP 2). */
export function pageHeaders(
  pathname: string,
  options: PageHeaderOptions,
): Record<string, string> & { "content-security-policy": string } {
  return {
    ...baselineHeaders(pathname, options.https),
    "content-security-policy": contentSecurityPolicy(options),
    "x-frame-options": "DENY",
  };
}

/**
 * The policy of a stored file (an uploaded or generated PDF, a logo) served by a route handler. `sandbox` makes
 * the browser treat the document as a unique origin with scripts, forms, popups and plugins off, so an uploaded
 * PDF or a file that is not what it claims cannot run anything as the portal; frame-ancestors 'self' lets only the
 * portal's own pages embed it (the review page shows the signed agreement inline).
 */
export const STORED_FILE_POLICY = "sandbox; default-src 'none'; frame-ancestors 'self'";
