import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrganization } from "../support/factories";

const query = pg.Client.prototype.query;
afterEach(() => {
  pg.Client.prototype.query = query;
});

describe("createPrismaClient", () => {
  it("hands a transaction's concurrent queries to its one pg connection in turn", async () => {
    const { org } = await createOrganization(db);
    // pg's own test for its deprecation warning ("Calling client.query() when the client is already executing a
    // query"): a query arrives while another waits in the connection's queue.
    let queuedBehindAnother = 0;
    pg.Client.prototype.query = function (this: pg.Client & { _queryQueue: unknown[] }, ...args: unknown[]) {
      if (this._queryQueue.length > 0) queuedBehindAnother++;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    // Prisma runs the queries of one `include` at the same time; inside a transaction they share one connection.
    const found = await db.$transaction((tx) =>
      tx.organization.findUniqueOrThrow({
        where: { id: org.id },
        include: { memberships: true, steps: true, positions: true },
      }),
    );
    expect(found.memberships).toHaveLength(1);
    expect(queuedBehindAnother).toBe(0);
  });
});
