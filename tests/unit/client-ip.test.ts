import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/request";

describe("clientIpFrom", () => {
  it("takes the entry the trusted proxies vouch for, ignoring what the client wrote to the left", () => {
    expect(clientIpFrom("1.1.1.1, 203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientIpFrom("1.1.1.1, 203.0.113.7, 10.0.0.2", 1)).toBe("203.0.113.7");
    expect(clientIpFrom("203.0.113.7", 1)).toBeNull();
    expect(clientIpFrom(null, 0)).toBeNull();
  });
});
