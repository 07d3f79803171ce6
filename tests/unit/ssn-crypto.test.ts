import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSsn, encryptSsn, ssnKey } from "@/lib/crypto/ssn";

const key = randomBytes(32);

describe("SSN encryption", () => {
  it("reads back what it wrote, and never writes the number or the same text twice", () => {
    const a = encryptSsn("123-45-6789", key);
    const b = encryptSsn("123-45-6789", key);
    expect(decryptSsn(a, key)).toBe("123-45-6789");
    expect(a).not.toBe(b);
    expect(a).not.toContain("6789");
  });

  it("refuses another key, altered text and anything that is not its own format", () => {
    const stored = encryptSsn("123-45-6789", key);
    expect(() => decryptSsn(stored, randomBytes(32))).toThrow();
    const parts = stored.split(".");
    parts[3] = Buffer.from("987-65-4321").toString("base64url");
    expect(() => decryptSsn(parts.join("."), key)).toThrow();
    expect(() => decryptSsn("123-45-6789", key)).toThrow("Not an encrypted SSN");
  });

  it("takes only a 32-byte key", () => {
    expect(ssnKey(randomBytes(32).toString("base64")).length).toBe(32);
    expect(() => ssnKey(randomBytes(16).toString("base64"))).toThrow("32 bytes");
  });
});
