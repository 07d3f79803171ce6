import "server-only";
import {
  decryptLegacySsn,
  decryptSsn,
  encryptSsn,
  isLegacySsnCiphertext,
  ssnLookupHash,
  type SsnKeys,
} from "@/lib/crypto/ssn";
import { isUniqueViolationOn } from "@/lib/prisma-errors";
import type { Db } from "@/lib/prisma-client";

// Brings stored SSNs to the current format (lib/crypto/ssn.ts): v1 ciphertexts, bound to no apprentice, are
// re-encrypted bound to the row they are in, and every SSN gets its lookup hash, which the unique index then
// checks. Safe to run while the portal runs and as often as wanted: it reads the rows that still need it in
// batches, and writes each one only if its ciphertext is still the one it read (an employer may have re-entered the
// SSN in between; the portal writes the current format itself). A row it cannot vouch for is left as it is and
// reported: one that does not decrypt, one whose number does not end in the digits shown for it (a ciphertext
// copied from another row, which v1 could not notice), one whose SSN another apprentice already has.

export type StoredSsnRow = { id: string; ssnEncrypted: string; ssnLast4: string | null; updatedAt: Date };
export type RowOutcome = "reencrypted" | "changed" | { refused: string };
export type ReencryptSummary = {
  reencrypted: number;
  /** Changed by someone else between the read and the write: left to them. */
  changed: number;
  refused: Array<{ id: string; reason: string }>;
};

function plaintextOf(row: StoredSsnRow, keys: SsnKeys): string | { refused: string } {
  let ssn: string;
  try {
    ssn = isLegacySsnCiphertext(row.ssnEncrypted)
      ? decryptLegacySsn(row.ssnEncrypted, keys)
      : decryptSsn(row.ssnEncrypted, keys, row.id);
  } catch {
    return { refused: "its SSN does not decrypt with this SSN_ENCRYPTION_KEY for this apprentice" };
  }
  const digits = ssn.replace(/\D/g, "");
  if (digits.length !== 9) return { refused: "its SSN does not decrypt to 9 digits" };
  if (digits.slice(-4) !== row.ssnLast4) {
    return { refused: "its SSN does not end in the last four digits stored with it (copied from another row?)" };
  }
  return digits;
}

/** One row, written only if its ciphertext is still `row.ssnEncrypted`; its updatedAt is kept (nothing it shows changed). */
export async function reencryptRow(db: Db, keys: SsnKeys, row: StoredSsnRow): Promise<RowOutcome> {
  const ssn = plaintextOf(row, keys);
  if (typeof ssn !== "string") return ssn;
  try {
    const { count } = await db.apprentice.updateMany({
      where: { id: row.id, ssnEncrypted: row.ssnEncrypted },
      data: {
        ssnEncrypted: isLegacySsnCiphertext(row.ssnEncrypted) ? encryptSsn(ssn, keys, row.id) : row.ssnEncrypted,
        ssnLookupHash: ssnLookupHash(ssn, keys),
        updatedAt: row.updatedAt,
      },
    });
    return count === 1 ? "reencrypted" : "changed";
  } catch (error) {
    if (isUniqueViolationOn(error, "ssnLookupHash")) {
      return { refused: "another apprentice has the same SSN, and RAPIDS registers each person once: keep one" };
    }
    throw error;
  }
}

/** Every row that still needs it, `batchSize` at a time in id order (refused rows are not read again). */
export async function reencryptSsns(db: Db, keys: SsnKeys, batchSize = 200): Promise<ReencryptSummary> {
  const summary: ReencryptSummary = { reencrypted: 0, changed: 0, refused: [] };
  let after = "";
  for (;;) {
    const rows = await db.apprentice.findMany({
      where: {
        id: { gt: after },
        ssnEncrypted: { not: null },
        OR: [{ NOT: { ssnEncrypted: { startsWith: "v2." } } }, { ssnLookupHash: null }],
      },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, ssnEncrypted: true, ssnLast4: true, updatedAt: true },
    });
    for (const row of rows) {
      const outcome = await reencryptRow(db, keys, { ...row, ssnEncrypted: row.ssnEncrypted! });
      if (outcome === "reencrypted") summary.reencrypted++;
      else if (outcome === "changed") summary.changed++;
      else summary.refused.push({ id: row.id, reason: outcome.refused });
    }
    if (rows.length < batchSize) return summary;
    after = rows.at(-1)!.id;
  }
}
