import { describe, expect, it } from "vitest";
import { retryDelaySeconds } from "@/lib/mail/worker";

describe("retryDelaySeconds", () => {
  it("backs off exponentially from 30 seconds and caps at one hour", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(20)).toBe(3600);
  });
});
