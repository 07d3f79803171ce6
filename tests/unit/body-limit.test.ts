import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BODY_BYTES, refusedBody } from "@/lib/security/body-limit";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("refusedBody", () => {
  it("answers a body over the limit with 413 and a clear message, before it is read", () => {
    const refused = refusedBody("POST", headers({ "content-length": String(20 * 1024 * 1024) }));
    expect(refused).toEqual({ status: 413, message: expect.stringContaining("too large") });
    expect(refusedBody("POST", headers({ "content-length": "99999999999999999999" }))).toMatchObject({ status: 413 });
    expect(refusedBody("POST", headers({ "content-length": "-1" }))).toMatchObject({ status: 413 });
  });

  it("lets bodies up to the limit through, and requests without a body", () => {
    expect(refusedBody("POST", headers({ "content-length": String(MAX_REQUEST_BODY_BYTES) }))).toBeNull();
    expect(refusedBody("GET", headers({}))).toBeNull();
    expect(refusedBody("POST", headers({}))).toBeNull();
  });

  it("asks for a declared length instead of reading a chunked body", () => {
    expect(refusedBody("POST", headers({ "transfer-encoding": "chunked" }))).toMatchObject({ status: 411 });
  });
});
