import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadRapidsApprentices } from "@/lib/apprentices/staff/rapids-export";
import { reencryptRow, reencryptSsns } from "@/lib/apprentices/ssn-reencrypt";
import { decryptSsn, ssnLookupHash } from "@/lib/crypto/ssn";
import { SSN_TEST_KEYS, apprentice, employer, legacyStoredSsn, storedSsn } from "../support/apprentices";
import { truncateAll } from "../support/database";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// `npm run ssn:reencrypt` on apprentices stored the way the portal stored them before ciphertexts were bound to
// their row (v1, no lookup hash).

beforeEach(() => truncateAll(INTEGRATION_DATABASE_URL));

/** An apprentice whose SSN was stored the old way. */
async function legacyApprentice(organizationId: string, lastName: string, ssn: string) {
  const a = await apprentice(db, organizationId, lastName, "APPROVED");
  return db.apprentice.update({ where: { id: a.id }, data: legacyStoredSsn(ssn) });
}

const ssnColumns = () =>
  db.apprentice.findMany({
    orderBy: { id: "asc" },
    select: { id: true, ssnEncrypted: true, ssnLast4: true, ssnLookupHash: true, updatedAt: true, rowVersion: true },
  });

describe("re-encrypting stored SSNs", () => {
  it("binds old rows to their apprentice and fills the hash, in batches; a second run changes nothing", async () => {
    const org = await employer(db);
    const ssns = ["123-45-6781", "123-45-6782", "123-45-6783", "123-45-6784", "123-45-6785"];
    const old = await Promise.all(ssns.map((ssn, i) => legacyApprentice(org.id, `Old${i}`, ssn)));
    const current = await apprentice(db, org.id, "Current", "APPROVED", "234-56-7890");
    await apprentice(db, org.id, "Without", "APPROVED");
    const before = await ssnColumns();

    expect(await reencryptSsns(db, SSN_TEST_KEYS, 2)).toEqual({ reencrypted: 5, changed: 0, refused: [] });
    const after = await ssnColumns();
    for (const [i, a] of old.entries()) {
      const row = after.find((r) => r.id === a.id)!;
      const digits = ssns[i]!.replace(/-/g, "");
      expect(row.ssnEncrypted).toMatch(/^v2\./);
      expect(decryptSsn(row.ssnEncrypted!, SSN_TEST_KEYS, a.id)).toBe(digits);
      expect(row.ssnLookupHash).toBe(ssnLookupHash(digits, SSN_TEST_KEYS));
    }
    // Nothing anyone sees changed: not the row's time (the review queue orders by it) nor its version.
    expect(after.map(({ id, updatedAt, rowVersion, ssnLast4 }) => ({ id, updatedAt, rowVersion, ssnLast4 }))).toEqual(
      before.map(({ id, updatedAt, rowVersion, ssnLast4 }) => ({ id, updatedAt, rowVersion, ssnLast4 })),
    );
    expect(after.find((r) => r.id === current.id)).toEqual(before.find((r) => r.id === current.id));
    const exported = await loadRapidsApprentices(db, { ssnKeys: SSN_TEST_KEYS });
    expect(exported.map((a) => a.ssn ?? "none").sort()).toEqual([
      ...ssns.map((s) => s.replace(/-/g, "")),
      "234567890",
      "none",
    ]);

    expect(await reencryptSsns(db, SSN_TEST_KEYS, 2)).toEqual({ reencrypted: 0, changed: 0, refused: [] });
    expect(await ssnColumns()).toEqual(after);
  });

  it("leaves the rows it cannot vouch for as they are, and says which and why", async () => {
    const org = await employer(db);
    const alice = await legacyApprentice(org.id, "Alice", "345-67-8901");
    // Before the index existed the same person could be enrolled twice: the first row keeps the number.
    const twin = await legacyApprentice(org.id, "Twin", "345-67-8901");
    // A v1 ciphertext copied into another row: v1 cannot notice, but the digits shown for the row differ.
    const bob = await legacyApprentice(org.id, "Bob", "456-78-9012");
    await db.apprentice.update({ where: { id: bob.id }, data: { ssnEncrypted: alice.ssnEncrypted } });
    const garbled = await legacyApprentice(org.id, "Garbled", "567-89-0123");
    await db.apprentice.update({ where: { id: garbled.id }, data: { ssnEncrypted: "v1.bm90.aGluZw.aGVyZQ" } });
    const before = await ssnColumns();

    const summary = await reencryptSsns(db, SSN_TEST_KEYS);
    const [first, second] = [alice, twin].sort((a, b) => a.id.localeCompare(b.id));
    expect(summary.reencrypted).toBe(1);
    expect(summary.refused.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [
        { id: second!.id, reason: expect.stringContaining("another apprentice has the same SSN") },
        { id: bob.id, reason: expect.stringContaining("does not end in the last four digits stored with it") },
        { id: garbled.id, reason: expect.stringContaining("does not decrypt") },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const after = await ssnColumns();
    for (const id of [second!.id, bob.id, garbled.id]) {
      expect(after.find((r) => r.id === id)).toEqual(before.find((r) => r.id === id));
    }
    expect(after.find((r) => r.id === first!.id)?.ssnEncrypted).toMatch(/^v2\./);
  });

  it("writes a row only if its ciphertext is still the one it read", async () => {
    const org = await employer(db);
    const a = await legacyApprentice(org.id, "Edited", "678-90-1234");
    const read = { id: a.id, ssnEncrypted: a.ssnEncrypted!, ssnLast4: a.ssnLast4, updatedAt: a.updatedAt };
    // Meanwhile the employer re-enters the number, which the portal stores in the current format.
    const reentered = storedSsn("678-90-1239", a.id);
    await db.apprentice.update({ where: { id: a.id }, data: reentered });

    expect(await reencryptRow(db, SSN_TEST_KEYS, read)).toBe("changed");
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject(reentered);
  });
});

describe("npm run ssn:reencrypt", () => {
  const run = promisify(execFile);
  const cli = (env: Record<string, string>) =>
    run("npm", ["run", "--silent", "ssn:reencrypt", "--", "--batch-size", "1"], {
      env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL, ...env },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("reports what it did, lists the rows it left, exits 1 while there are any, and needs the key", async () => {
    const org = await employer(db);
    await legacyApprentice(org.id, "Fine", "789-01-2345");
    const copied = await legacyApprentice(org.id, "Copied", "789-01-2346");
    await db.apprentice.update({ where: { id: copied.id }, data: { ssnLast4: "0000" } });

    const result = await cli({ SSN_ENCRYPTION_KEY: SSN_TEST_KEYS.legacy.toString("base64") });
    expect(result).toMatchObject({ code: 1 });
    expect(result.stdout).toContain("ssn:reencrypt: 1 re-encrypted, 0 changed by someone else meanwhile");
    expect(result.stdout).toContain(`apprentice ${copied.id}: its SSN does not end in the last four digits`);
    expect(result.stdout + result.stderr).not.toMatch(/789-?01-?234/);

    expect(await cli({ SSN_ENCRYPTION_KEY: "" })).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("set SSN_ENCRYPTION_KEY"),
    });
  });
});
