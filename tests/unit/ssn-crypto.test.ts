import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decryptLegacySsn,
  decryptSsn,
  encryptSsn,
  isLegacySsnCiphertext,
  ssnKeys,
  ssnLookupHash,
} from "@/lib/crypto/ssn";

const raw = randomBytes(32);
const keys = ssnKeys(raw.toString("base64"));
const ALICE = "cabc0000000000000000000001";
const BOB = "cabc0000000000000000000002";

describe("SSN encryption", () => {
  it("reads back what it wrote, and never writes the number or the same text twice", () => {
    const a = encryptSsn("123456789", keys, ALICE);
    const b = encryptSsn("123456789", keys, ALICE);
    expect(decryptSsn(a, keys, ALICE)).toBe("123456789");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^v2\./);
    expect(a).not.toContain("6789");
  });

  it("binds the ciphertext to its apprentice: another apprentice's id does not decrypt it", () => {
    const alices = encryptSsn("123456789", keys, ALICE);
    expect(() => decryptSsn(alices, keys, BOB)).toThrow();
    expect(() => decryptSsn(alices, keys, "")).toThrow();
  });

  it("refuses another key, altered text and anything that is not its own format", () => {
    const stored = encryptSsn("123456789", keys, ALICE);
    expect(() => decryptSsn(stored, ssnKeys(randomBytes(32).toString("base64")), ALICE)).toThrow();
    const parts = stored.split(".");
    parts[3] = Buffer.from("987654321").toString("base64url");
    expect(() => decryptSsn(parts.join("."), keys, ALICE)).toThrow();
    expect(() => decryptSsn(`${stored}.extra`, keys, ALICE)).toThrow("Not a v2 encrypted SSN");
    expect(() => decryptSsn("123-45-6789", keys, ALICE)).toThrow("Not a v2 encrypted SSN");
    // Only the 9 digits are encrypted, so one person is always one plaintext.
    expect(() => encryptSsn("123-45-6789", keys, ALICE)).toThrow("9 digits");
  });

  it("reads the old unbound format only through the legacy reader, which is what re-encryption uses", () => {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", raw, iv);
    const ciphertext = Buffer.concat([cipher.update("123456789", "utf8"), cipher.final()]);
    const v1 = ["v1", iv, cipher.getAuthTag(), ciphertext]
      .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
      .join(".");
    expect(isLegacySsnCiphertext(v1)).toBe(true);
    expect(decryptLegacySsn(v1, keys)).toBe("123456789");
    expect(() => decryptSsn(v1, keys, ALICE)).toThrow("Not a v2 encrypted SSN");
    const v2 = encryptSsn("123456789", keys, ALICE);
    expect(isLegacySsnCiphertext(v2)).toBe(false);
    expect(() => decryptLegacySsn(v2, keys)).toThrow("Not a v1 encrypted SSN");
  });

  it("takes only a 32-byte key, and derives keys unlike it and unlike each other", () => {
    expect(() => ssnKeys(randomBytes(16).toString("base64"))).toThrow("32 bytes");
    expect(keys.encryption.length).toBe(32);
    expect(keys.lookup.length).toBe(32);
    expect(keys.legacy.equals(raw)).toBe(true);
    expect(keys.encryption.equals(raw)).toBe(false);
    expect(keys.lookup.equals(keys.encryption)).toBe(false);
  });
});

describe("SSN lookup hash", () => {
  it("is the same for the same number and key, and differs for another number or key", () => {
    const h = ssnLookupHash("123456789", keys);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(ssnLookupHash("123456789", keys)).toBe(h);
    expect(ssnLookupHash("123456780", keys)).not.toBe(h);
    expect(ssnLookupHash("123456789", ssnKeys(randomBytes(32).toString("base64")))).not.toBe(h);
    expect(() => ssnLookupHash("123-45-6789", keys)).toThrow("9 digits");
  });
});
