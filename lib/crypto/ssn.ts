import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Social Security numbers are optional, and when given they are stored only as AES-256-GCM ciphertext under a key
// from the environment (SSN_ENCRYPTION_KEY, 32 bytes in base64), with the last four digits kept apart for the
// masked display. Only the RAPIDS export decrypts them. Pure: the caller passes the key.

const VERSION = "v1";

/** The key as bytes, refusing anything that is not 32 bytes so a typo cannot weaken the cipher. */
export function ssnKey(base64: string): Buffer {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error("SSN_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  return key;
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url; a fresh IV every time, so equal numbers never look alike. */
export function encryptSsn(ssn: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(ssn, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** Throws when the text was altered or the key is not the one it was encrypted with (GCM checks both). */
export function decryptSsn(stored: string, key: Buffer): string {
  const [version, iv64, tag64, ciphertext] = stored.split(".");
  const iv = Buffer.from(iv64 ?? "", "base64url");
  const tag = Buffer.from(tag64 ?? "", "base64url");
  // A full 16-byte tag and 12-byte IV only: GCM would otherwise accept a tag cut short, which is easier to forge.
  if (version !== VERSION || iv.length !== 12 || tag.length !== 16 || !ciphertext)
    throw new Error("Not an encrypted SSN");
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/**
 * How an SSN is shown anywhere but the RAPIDS file: its last four digits only. Refuses anything but four digits, so
 * a full number passed by mistake is never printed.
 */
export function maskedSsn(last4: string | null): string {
  if (last4 === null) return "Not given";
  if (!/^\d{4}$/.test(last4)) throw new Error("Only the last four digits of an SSN may be shown");
  return `***-**-${last4}`;
}
