import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listCandidatesForStaff } from "@/lib/candidates/staff/data";
import { parseCandidateFilters } from "@/lib/candidates/staff/filters";
import { createCandidate, createUser } from "../support/factories";
import { truncateAll } from "../support/database";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";
import { signInAs } from "../support/sign-in";

// The staff candidate search reads a pg_trgm index (Candidate_search_trgm_idx) since issue 16. An index only
// changes how rows are found, never which: these tests run each search both ways, forcing the index and forcing
// a plain scan with ILIKE (what every search did before), and through the app, over names with accents, case and
// apostrophes, and partial words.

const NAMES: Array<[string, string, string]> = [
  ["José", "Rivera", "San José"],
  ["JOSE", "RIVERA", "Madison"],
  ["Zoë", "Müller", "Zürich"],
  ["Zoe", "Mueller", "Milwaukee"],
  ["Renée", "O'Brien", "Green Bay"],
  ["Siobhán", "Ní Bhriain", "Eau Claire"],
  ["Łukasz", "Kowalski", "Kenosha"],
  ["Minh", "Nguyễn", "Racine"],
];
const SEARCHES = [
  "rivera",
  "RIV",
  "josé",
  "jose",
  "JOSÉ",
  "müll",
  "mueller",
  "zoë",
  "o'br",
  "ní",
  "nguyễn",
  "ee",
  "claire",
  "555-01",
  "example.test",
  "zz",
];

beforeAll(async () => {
  await truncateAll(INTEGRATION_DATABASE_URL);
  for (const [i, [firstName, lastName, city]] of NAMES.entries()) {
    await createCandidate(db, { firstName, lastName, city, phone: `608-555-01${i}0` });
  }
  // Enough other rows that the planner would rather use the index than scan when allowed.
  for (let i = 0; i < 40; i++) await createCandidate(db, { firstName: "Pat", lastName: `Example${i}`, city: "Ames" });
  await db.$executeRaw`ANALYZE "Candidate"`;
});

beforeEach(async () => signInAs((await createUser(db, { staffRole: "STAFF_REVIEWER" })).id));

/** Ids matching one word the way the app's where clause does, with the planner forced one way. */
async function matching(word: string, path: "index" | "scan") {
  const like = `%${word}%`;
  return db.$transaction(async (tx) => {
    // GIN indexes are read by bitmap scans: "index" leaves only those, "scan" leaves only the sequential scan.
    await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
    if (path === "index") await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    else await tx.$executeRaw`SET LOCAL enable_bitmapscan = off`;
    const query = (explain: boolean) =>
      tx.$queryRawUnsafe<Array<Record<string, string>>>(
        `${explain ? "EXPLAIN " : ""}SELECT id FROM "Candidate"
          WHERE "firstName" ILIKE $1 OR "lastName" ILIKE $1 OR email ILIKE $1 OR city ILIKE $1 OR phone ILIKE $1
          ORDER BY id`,
        like,
      );
    const plan = (await query(true)).map((r) => Object.values(r)[0]).join("\n");
    return { ids: (await query(false)).map((r) => r.id!), plan };
  });
}

describe("candidate search through the trigram index", () => {
  it("uses the index when the planner may", async () => {
    expect((await matching("rivera", "index")).plan).toContain("Candidate_search_trgm_idx");
    expect((await matching("rivera", "scan")).plan).not.toContain("Candidate_search_trgm_idx");
  });

  it.each(SEARCHES)("finds the same candidates for %j as the plain ILIKE scan, and the list counts them", async (q) => {
    const [byIndex, byScan] = [await matching(q, "index"), await matching(q, "scan")];
    expect(byIndex.ids).toEqual(byScan.ids);
    const list = await listCandidatesForStaff(parseCandidateFilters({ q }));
    expect(list.total).toBe(byScan.ids.length);
    expect(byScan.ids).toEqual(expect.arrayContaining(list.candidates.map((c) => c.id)));
  });

  it("matches as ILIKE does: any case, partial words, accents only as typed", async () => {
    const names = async (q: string) =>
      (await listCandidatesForStaff(parseCandidateFilters({ q }))).candidates.map((c) => c.firstName).sort();
    expect(await names("rivera")).toEqual(["JOSE", "José"]);
    expect(await names("riv")).toEqual(["JOSE", "José"]);
    expect(await names("josé")).toEqual(["José"]);
    expect(await names("jose")).toEqual(["JOSE"]);
    expect(await names("müll")).toEqual(["Zoë"]);
    expect(await names("o'brien")).toEqual(["Renée"]);
    expect(await names("zz")).toEqual([]);
  });
});
