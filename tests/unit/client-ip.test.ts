import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/client-ip";
import { NO_IP_SHARE, requestLimitKey } from "@/lib/rate-limit";

describe("clientIpFrom, the one trusted-proxy rule", () => {
  it("takes the entry the trusted proxies vouch for, ignoring what the client wrote to the left", () => {
    expect(clientIpFrom("1.1.1.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientIpFrom("1.1.1.1, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientIpFrom("2001:db8::1", 1)).toBe("2001:db8::1");
  });

  it("with no proxy (0 hops) ignores X-Forwarded-For entirely: the client wrote it", () => {
    expect(clientIpFrom("203.0.113.7", 0)).toBeNull();
    expect(clientIpFrom("1.1.1.1, 203.0.113.7", 0)).toBeNull();
  });

  it("has no IP when the header is missing, too short for the proxies, or not an address", () => {
    expect(clientIpFrom(null, 1)).toBeNull();
    expect(clientIpFrom("203.0.113.7", 2)).toBeNull();
    expect(clientIpFrom("<script>, x".repeat(3), 1)).toBeNull();
    expect(clientIpFrom("unknown", 1)).toBeNull();
  });
});

describe("requestLimitKey, the one rate-limit policy", () => {
  const rule = { name: "interest", limit: 20, windowSeconds: 3600 };
  it("counts per target when one is named, whatever the IP", () => {
    expect(requestLimitKey(rule, "203.0.113.7", "A@Example.test")).toEqual({
      key: "interest:to:a@example.test",
      limit: 20,
    });
    expect(requestLimitKey(rule, null, "a@example.test")).toEqual(
      requestLimitKey(rule, "198.51.100.1", "a@example.test"),
    );
  });
  it("counts per IP, and requests with no known IP on one shared counter with a larger allowance", () => {
    expect(requestLimitKey(rule, "203.0.113.7")).toEqual({ key: "interest:ip:203.0.113.7", limit: 20 });
    expect(requestLimitKey(rule, null)).toEqual({ key: "interest:no-ip", limit: 20 * NO_IP_SHARE });
  });
});
