// The review queue against a database of ORGANIZATIONS employers, each with a latest submission (some with older
// versions), in the benchmark database (tests/bench/database.ts). Run by tests/bench/run.ts.
import pg from "pg";
import { BENCH_DATABASE_URL } from "./database";

const ORGANIZATIONS = 5_000;

type Timer = (label: string, runs: number, fn: () => Promise<unknown>) => Promise<void>;

async function fill() {
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  try {
    // Set-based inserts: a user per organization, then versions 1 (and for every tenth, 2) spread over a year.
    await client.query(`
      INSERT INTO "User" (id, email, "updatedAt")
        SELECT 'benchuser' || lpad(i::text, 16, '0'), 'owner' || i || '@bench.example', now()
        FROM generate_series(1, ${ORGANIZATIONS}) i;
      INSERT INTO "Organization" (id, "legalName", "legalNameKey", "addressLine1", city, county, state,
                                  "postalCode", region, "contactName", "contactEmail", "contactPhone", "updatedAt")
        SELECT 'benchorg' || lpad(i::text, 17, '0'), 'Bench Hospital ' || i, 'bench hospital ' || i, '1 Main St',
               'Springfield', 'Sangamon', (ARRAY['WI','TX','CA','NY','IL'])[1 + i % 5], '62701',
               (ARRAY['MIDWEST','SOUTHWEST','WEST','NORTHEAST','MIDWEST'])[1 + i % 5], 'Owner', 'o@bench.example',
               '608-555-0100', now()
        FROM generate_series(1, ${ORGANIZATIONS}) i;
      INSERT INTO "Submission" (id, "organizationId", version, status, snapshot, "submittedById", "submittedAt",
                                "updatedAt")
        SELECT 'benchsub' || lpad(i::text, 15, '0') || v, 'benchorg' || lpad(i::text, 17, '0'), v,
               (CASE WHEN v = 1 AND i % 10 = 0 THEN 'CHANGES_REQUESTED'
                     ELSE (ARRAY['SUBMITTED','IN_REVIEW','APPROVED','ACCEPTED','REJECTED'])[1 + i % 5] END
               )::"SubmissionStatus",
               '{}', 'benchuser' || lpad(i::text, 16, '0'), now() - (i % 365) * interval '1 day' + v * interval '1 hour',
               now()
        FROM generate_series(1, ${ORGANIZATIONS}) i, generate_series(1, 2) v
        WHERE v = 1 OR i % 10 = 0;
      ANALYZE;`);
  } finally {
    await client.end();
  }
}

export async function benchReviewQueue(time: Timer) {
  await fill();
  const { listQueue } = await import("../../lib/review/queue");
  const { parseQueueFilters } = await import("../../lib/review/queue-filters");
  const viewer = "benchviewer0000000000000";
  const run = (params: Record<string, string>) => listQueue(parseQueueFilters(params), viewer);

  console.log(`\nReview queue, ${ORGANIZATIONS.toLocaleString("en-US")} organizations (count + status counts + page)`);
  const first = await run({});
  console.log(`  default view: ${first.total} waiting on AAMI, ${first.pageCount} pages`);
  await time("Queue, default (waiting on AAMI), page 1", 30, () => run({}));
  await time("Queue, default, last page", 30, () => run({ page: String(first.pageCount) }));
  await time("Queue, state TX + in review", 30, () => run({ state: "TX", status: "IN_REVIEW" }));
  await time("Queue, name search 'Hospital 42'", 30, () => run({ q: "Hospital 42", status: "all" }));
  await time("Queue, sorted by name, any status", 30, () => run({ sort: "name", status: "all" }));
}
