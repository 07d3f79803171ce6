import { beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { createOrganization } from "../support/factories";
import { truncateAll } from "../support/database";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// Submission.isLatest marks each organization's highest version; the queue and the staff home read it instead of
// comparing versions. The database keeps it (trigger Submission_flag_latest, partial unique index), so these tests
// write the way the app, the seed and bulk loads do, including two transactions at once on real Postgres.

beforeEach(() => truncateAll(INTEGRATION_DATABASE_URL));

const version = (organizationId: string, v: number) => ({
  organizationId,
  version: v,
  status: "SUBMITTED" as const,
  snapshot: {},
  submittedById: "someone",
});

/** Organizations whose flag is wrong: not exactly one flagged version, or the flagged one is not the highest. */
const wronglyFlagged = () =>
  db.$queryRaw<{ organizationId: string }[]>`
    SELECT "organizationId" FROM "Submission" GROUP BY "organizationId"
    HAVING count(*) FILTER (WHERE "isLatest") <> 1
        OR max("version") FILTER (WHERE "isLatest") IS DISTINCT FROM max("version")`;

const flagged = async (organizationId: string) =>
  (await db.submission.findMany({ where: { organizationId, isLatest: true }, select: { version: true } })).map(
    (s) => s.version,
  );

describe("the latest-submission flag", () => {
  it("moves to each new version, and the returned row already carries it", async () => {
    const { org } = await createOrganization(db);
    const first = await db.submission.create({ data: version(org.id, 1) });
    expect(first.isLatest).toBe(true);
    await db.submission.create({ data: version(org.id, 2) });
    expect(await flagged(org.id)).toEqual([2]);
    // A lower version written late (a restore, a bulk load out of order) does not take the flag.
    const { org: other } = await createOrganization(db);
    await db.submission.create({ data: version(other.id, 3) });
    const late = await db.submission.create({ data: version(other.id, 2) });
    expect(late.isLatest).toBe(false);
    expect(await flagged(other.id)).toEqual([3]);
  });

  it("is right for several versions of one organization inserted by one statement", async () => {
    const { org } = await createOrganization(db);
    await db.submission.createMany({ data: [3, 1, 2].map((v) => version(org.id, v)) });
    expect(await flagged(org.id)).toEqual([3]);
  });

  it("is unique per organization: a second flagged version is refused", async () => {
    const { org } = await createOrganization(db);
    await db.submission.createMany({ data: [1, 2].map((v) => version(org.id, v)) });
    await expect(
      db.submission.updateMany({ where: { organizationId: org.id, version: 1 }, data: { isLatest: true } }),
    ).rejects.toThrow(/Unique constraint|unique/i);
    expect(await flagged(org.id)).toEqual([2]);
  });

  it("stays right when two transactions insert versions of one organization at the same time, in either order", async () => {
    const { org } = await createOrganization(db);
    await db.submission.create({ data: version(org.id, 1) });
    const connect = async () => {
      const client = new pg.Client({ connectionString: INTEGRATION_DATABASE_URL });
      await client.connect();
      return client;
    };
    const [a, b] = [await connect(), await connect()];
    const insert = (client: pg.Client, v: number) =>
      client.query(
        `INSERT INTO "Submission" (id, "organizationId", version, snapshot, "submittedById", "updatedAt")
         VALUES ($1, $2, $3, '{}', 'someone', now())`,
        [`concurrent-${v}`, org.id, v],
      );
    try {
      for (const [firstVersion, secondVersion] of [
        [2, 3],
        [5, 4],
      ] as const) {
        await a.query("BEGIN");
        await b.query("BEGIN");
        await insert(a, firstVersion);
        // b's insert waits for a's transaction (the trigger locks the organization), so it sees a's version.
        const waiting = insert(b, secondVersion);
        await new Promise((resolve) => setTimeout(resolve, 100));
        await a.query("COMMIT");
        await waiting;
        await b.query("COMMIT");
        expect(await flagged(org.id)).toEqual([Math.max(firstVersion, secondVersion)]);
      }
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("stays right under many concurrent submissions across organizations", async () => {
    const orgs = await Promise.all(Array.from({ length: 8 }, () => createOrganization(db)));
    // Each organization gets versions 1–5, each in its own transaction, all started at once in shuffled order.
    const writes = orgs.flatMap(({ org }) => [1, 2, 3, 4, 5].map((v) => ({ organizationId: org.id, v })));
    writes.sort(() => Math.random() - 0.5);
    await Promise.all(
      writes.map(({ organizationId, v }) =>
        db.$transaction(async (tx) => {
          await tx.submission.create({ data: version(organizationId, v) });
        }),
      ),
    );
    expect(await wronglyFlagged()).toEqual([]);
    for (const { org } of orgs) expect(await flagged(org.id)).toEqual([5]);
  });
});
