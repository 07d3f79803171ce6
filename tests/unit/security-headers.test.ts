import { describe, expect, it } from "vitest";
import {
  STORED_FILE_POLICY,
  baselineHeaders,
  contentSecurityPolicy,
  pageHeaders,
  referrerPolicy,
} from "@/lib/security/headers";

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
const production = { nonce: "bm9uY2Utb2YtdGhlLXRlc3Q=", development: false, https: false };

describe("the pages' Content-Security-Policy", () => {
  it("runs only scripts carrying this response's nonce, allows no inline style and no framing", () => {
    const csp = directives(contentSecurityPolicy(production));
    expect(csp["script-src"]).toEqual(["'self'", `'nonce-${production.nonce}'`, "'strict-dynamic'"]);
    expect(csp["style-src"]).toEqual(["'self'", `'nonce-${production.nonce}'`]);
    expect(csp["img-src"]).toEqual(["'self'", "data:", "blob:"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["frame-src"]).toEqual(["'self'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(JSON.stringify(csp)).not.toContain("unsafe");
    expect(csp["upgrade-insecure-requests"]).toBeUndefined();
  });

  it("allows eval and inline styles in development only, which next dev needs", () => {
    const csp = directives(contentSecurityPolicy({ ...production, development: true }));
    expect(csp["script-src"]).toContain("'unsafe-eval'");
    expect(csp["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp["connect-src"]).toEqual(["'self'", "ws:", "wss:"]);
  });

  it("upgrades stray http requests when the portal is served over https", () => {
    expect(directives(contentSecurityPolicy({ ...production, https: true }))["upgrade-insecure-requests"]).toEqual([]);
  });
});

describe("the headers of every response", () => {
  it("never sniff, send the origin only to other sites, and pin https (HSTS) only when APP_URL is https", () => {
    expect(baselineHeaders("/staff", false)).toEqual({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    expect(baselineHeaders("/staff", true)["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("tell no other site the address of a page or route whose address is a secret", () => {
    // Route handlers: no referrer at all.
    for (const path of ["/api/apprentice-agreements/by-link/AbC_123-xyz", "/api/auth/callback/email"]) {
      expect(baselineHeaders(path, false)["referrer-policy"], path).toBe("no-referrer");
    }
    // Pages with forms: none to other sites, while a form posted without JavaScript keeps its Origin.
    for (const path of [
      "/apprentices/profile/eyJhbGciOi.abc",
      "/apprentices/agreement/AbC_123-xyz",
      "/employers/start/confirm/AbC_123-xyz",
    ]) {
      expect(referrerPolicy(path), path).toBe("same-origin");
    }
    for (const path of ["/apprentices/profile", "/apprentices/interest", "/apprentices/profile/x/y", "/candidates"]) {
      expect(referrerPolicy(path), path).toBe("strict-origin-when-cross-origin");
    }
  });

  it("deny framing of pages", () => {
    const headers = pageHeaders("/onboarding", production);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["content-security-policy"]).toBe(contentSecurityPolicy(production));
  });
});

describe("the policy of stored files", () => {
  it("sandboxes them without any allowance and lets only the portal's own pages frame them", () => {
    const csp = directives(STORED_FILE_POLICY);
    expect(csp.sandbox).toEqual([]);
    expect(csp["default-src"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'self'"]);
  });
});
