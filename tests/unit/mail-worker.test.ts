import { describe, expect, it } from "vitest";
import { messageIdDomainOf, messageIdFor, retryDelaySeconds } from "@/lib/mail/worker";

describe("retryDelaySeconds", () => {
  it("backs off exponentially from 30 seconds and caps at one hour", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(20)).toBe(3600);
  });
});

describe("Message-IDs", () => {
  it("are the outbox row's id at the host of the public URL, without its port", () => {
    expect(messageIdFor("cm0abc", messageIdDomainOf("https://portal.aami.org/"))).toBe("<cm0abc@portal.aami.org>");
    expect(messageIdDomainOf("http://localhost:3000")).toBe("localhost");
  });
});
