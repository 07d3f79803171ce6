import { createHash } from "node:crypto";

/** Hex SHA-256 of file content: the fingerprint recorded for documents, agreements and packets. */
export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
