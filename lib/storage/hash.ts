import { createHash } from "node:crypto";

/** Hex SHA-256 of file content: the fingerprint recorded for documents, agreements and packets. */
export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const record = v as Record<string, unknown>;
  // The default sort compares UTF-16 code units, the order RFC 8785 requires.
  const members = Object.keys(record).sort();
  return `{${members.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(",")}}`;
}

/**
 * JSON with object keys sorted and no whitespace: the JSON Canonicalization Scheme (RFC 8785) for the JSON data the
 * portal stores. The same data always gives the same text, so anyone holding the data can recompute its hash.
 * A round trip through JSON comes first, so Dates and undefined become what JSON would have stored.
 */
export const canonicalJson = (value: unknown) => canonical(JSON.parse(JSON.stringify(value) ?? "null"));

/** Hex SHA-256 of the UTF-8 bytes of `canonicalJson(value)`. */
export const canonicalJsonSha256 = (value: unknown) => sha256Hex(new TextEncoder().encode(canonicalJson(value)));
