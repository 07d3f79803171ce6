import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

// Social Security numbers are optional, and when given they are stored only as AES-256-GCM ciphertext under a key
// from the environment (SSN_ENCRYPTION_KEY, 32 bytes in base64), with the last four digits kept apart for the
// masked display and a keyed hash (HMAC-SHA-256) that lets a unique index refuse the same person twice. Only the
// RAPIDS export decrypts them. Pure: the caller passes the keys.
//
// Format "v2.<iv>.<tag>.<ciphertext>" (base64url): the apprentice's id is the cipher's associated data, so a
// ciphertext copied into another apprentice's row does not decrypt there. "v1" (no associated data, the raw key)
// is what the portal wrote before; lib/apprentices/ssn-reencrypt.ts turns those rows into v2 and is the only
// reader of v1 left.
//
// One secret, two derived keys (HKDF-SHA-256, distinct labels): operators keep, back up and rotate one value, and
// neither derived key tells anything about the other or about the raw key. The hash key needs no separate secret
// because whoever can hash an SSN at enrollment also holds the key that encrypts it.

const VERSION = "v2";
const LEGACY_VERSION = "v1";

export type SsnKeys = {
  /** AES-256-GCM key of the v2 format. */
  encryption: Buffer;
  /** HMAC-SHA-256 key of the lookup hash. */
  lookup: Buffer;
  /** The raw key, which v1 ciphertexts were made with. */
  legacy: Buffer;
};

const derive = (raw: Buffer, label: string) =>
  Buffer.from(hkdfSync("sha256", raw, Buffer.alloc(0), `bmet-portal/ssn/${label}`, 32));

/** The keys from SSN_ENCRYPTION_KEY, refusing anything that is not 32 bytes so a typo cannot weaken the cipher. */
export function ssnKeys(base64: string): SsnKeys {
  const raw = Buffer.from(base64, "base64");
  if (raw.length !== 32) throw new Error("SSN_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  return { encryption: derive(raw, "aes-256-gcm/v2"), lookup: derive(raw, "hmac-sha256/v1"), legacy: raw };
}

/** Thrown for text that is not a ciphertext of the expected version. */
export class SsnFormatError extends Error {}

const only9Digits = (ssn: string) => {
  if (!/^\d{9}$/.test(ssn)) throw new Error("An SSN is encrypted and hashed as its 9 digits, without dashes");
  return ssn;
};

/** A fresh IV every time, so equal numbers never look alike; bound to `apprenticeId`. */
export function encryptSsn(ssn: string, keys: SsnKeys, apprenticeId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keys.encryption, iv);
  cipher.setAAD(Buffer.from(apprenticeId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(only9Digits(ssn), "utf8"), cipher.final()]);
  return [VERSION, ...[iv, cipher.getAuthTag(), ciphertext].map((p) => p.toString("base64url"))].join(".");
}

function open(stored: string, version: string, key: Buffer, aad: string | null): string {
  const [v, iv64, tag64, ciphertext, ...extra] = stored.split(".");
  const iv = Buffer.from(iv64 ?? "", "base64url");
  const tag = Buffer.from(tag64 ?? "", "base64url");
  // A full 16-byte tag and 12-byte IV only: GCM would otherwise accept a tag cut short, which is easier to forge.
  if (v !== version || iv.length !== 12 || tag.length !== 16 || !ciphertext || extra.length > 0) {
    throw new SsnFormatError(`Not a ${version} encrypted SSN`);
  }
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
  if (aad !== null) decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/**
 * Throws when the text was altered, was encrypted for another apprentice, or under another key (GCM checks all
 * three), and for anything but the v2 format.
 */
export function decryptSsn(stored: string, keys: SsnKeys, apprenticeId: string): string {
  return open(stored, VERSION, keys.encryption, apprenticeId);
}

/** v1 ciphertexts (bound to no apprentice), for their re-encryption only. */
export function decryptLegacySsn(stored: string, keys: SsnKeys): string {
  return open(stored, LEGACY_VERSION, keys.legacy, null);
}

export const isLegacySsnCiphertext = (stored: string) => stored.startsWith(`${LEGACY_VERSION}.`);

/**
 * The keyed hash a unique index compares (hex). Keyed, because nine digits are quickly enumerated: a plain hash
 * of an SSN is the SSN to anyone holding a copy of the table.
 */
export function ssnLookupHash(ssn: string, keys: SsnKeys): string {
  return createHmac("sha256", keys.lookup).update(only9Digits(ssn), "utf8").digest("hex");
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
