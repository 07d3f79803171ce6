// Grows any database (migrated, usually seeded with the demo data) to a given number of organizations, candidates
// and logged candidate views, with the shape a real portal would have after a few years: organizations spread over
// the checklist, half of them submitted, some on their second or third version, every submission status, decisions
// with their dates, approved partners that look at candidates. Set-based SQL (INSERT … SELECT generate_series), so
// 10,000 organizations and 50,000 candidates take seconds, not the minutes row-by-row Prisma would.
//
// Idempotent growth: each call adds only what is missing to reach the target totals (rows already there, seeded or
// generated, count), and generated rows are numbered on from the last generated one.
import { SubmissionStatus } from "@prisma/client";
import pg from "pg";
import { REGIONS } from "../../lib/regions";

export type ScaleTarget = { organizations: number; candidates: number; views: number };

/** The two sizes the staff pages are measured at: candidates and views grow with the organizations (5 and 20 each). */
export const SCALE_SIZES: ScaleTarget[] = [
  { organizations: 100, candidates: 500, views: 2_000 },
  { organizations: 10_000, candidates: 50_000, views: 200_000 },
];

const STATE_REGIONS = REGIONS.flatMap((r) => r.states.map((state) => ({ state, region: r.key })));
const sqlTextArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]::text[]`;
const STATES = sqlTextArray(STATE_REGIONS.map((s) => s.state));
const STATE_REGION = sqlTextArray(STATE_REGIONS.map((s) => s.region));
const REGION_KEYS = sqlTextArray(REGIONS.map((r) => r.key));
// Names with accents, apostrophes and mixed case, so searches meet what real names contain.
const FIRST_NAMES = sqlTextArray(
  ["José", "Zoë", "Renée", "Łukasz", "Ana", "Chloé", "Jordan", "María", "Pat", "Kwame", "Siobhán", "Minh"].map((n) =>
    n.replace(/'/g, "''"),
  ),
);
const LAST_NAMES = sqlTextArray(
  ["Rivera", "Müller", "O'Brien", "Nguyen", "García", "Smith", "Okafor", "Lefèvre", "Kowalski", "Johnson"].map((n) =>
    n.replace(/'/g, "''"),
  ),
);
/** Every status a submitted latest version can have (all but DRAFT), in turn; older versions were sent back. */
const SUBMITTED_STATUSES = Object.values(SubmissionStatus).filter((status) => status !== SubmissionStatus.DRAFT);
const LATEST_STATUSES = sqlTextArray(SUBMITTED_STATUSES);

/** The numbered ids of generated rows: a fixed prefix per table, so growth can count and continue them. */
const id = (prefix: string, expr: string) => `'${prefix}' || lpad((${expr})::text, 16, '0')`;

async function count(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(sql);
  return Number(rows[0]!.n);
}

/** Adds organizations numbered from+1 … from+n, each with an owner, its checklist rows and its submissions. */
async function addOrganizations(client: pg.Client, from: number, n: number) {
  const range = `generate_series(${from + 1}, ${from + n}) i`;
  const org = id("scaleorg", "i");
  const owner = id("scaleusr", "i");
  await client.query(`
    INSERT INTO "User" (id, email, name, "updatedAt")
      SELECT ${owner}, 'owner' || i || '@scale.example', 'Owner ' || i, now() FROM ${range};
    INSERT INTO "Organization" (id, "legalName", "legalNameKey", "dbaName", "addressLine1", city, county, state,
                                "postalCode", region, "contactName", "contactEmail", "contactPhone", "createdAt",
                                "updatedAt")
      SELECT ${org}, name, lower(name), CASE WHEN i % 4 = 0 THEN 'Clinic ' || i END, i || ' Main St',
             'City ' || (i % 700), 'County ' || (i % 300), (${STATES})[s], '53703', (${STATE_REGION})[s],
             'Owner ' || i, 'owner' || i || '@scale.example', '608-555-0100', now() - (i % 900) * interval '1 day',
             now()
        FROM ${range}
        CROSS JOIN LATERAL (SELECT 1 + i % ${STATE_REGIONS.length} AS s,
                                   (ARRAY['St. Mary''s Hospital', 'Regional Medical Center', 'Clínica Santa Fe',
                                          'University Health'])[1 + i % 4] || ' ' || i AS name) x;
    INSERT INTO "Membership" (id, "userId", "organizationId", role, "updatedAt")
      SELECT ${id("scalemem", "i")}, ${owner}, ${org}, 'OWNER', now() FROM ${range};
  `);
  // Checklist: even organizations have submitted (steps 1–7 done, step 8 under way once approved); the odd ones
  // have finished 0–5 steps and are working on the next, one in seven of those with changes requested.
  await client.query(`
    INSERT INTO "OnboardingStep" (id, "organizationId", step, status, "completedAt", "updatedAt")
      SELECT ${id("scalestp", "i * 10 + n")}, ${org}, (enum_range(NULL::"StepKey"))[n],
             (CASE WHEN n <= done THEN 'COMPLETE'
                   WHEN i % 7 = 0 THEN 'CHANGES_REQUESTED'
                   ELSE 'IN_PROGRESS' END)::"StepStatus",
             CASE WHEN n <= done THEN now() - (i % 300) * interval '1 day' END, now()
        FROM ${range}
        CROSS JOIN LATERAL (SELECT CASE WHEN i % 2 = 0 THEN 7 ELSE i % 6 END AS done) d
        CROSS JOIN generate_series(1, 8) n
       WHERE n <= done + 1;
  `);
  // Submissions of the even organizations: 1–3 versions, the older ones sent back for changes, the latest in every
  // status in turn; decided ones carry decidedAt, accepted ones the Registration Agency's date.
  await client.query(`
    INSERT INTO "Submission" (id, "organizationId", version, status, snapshot, "submittedById", "submittedAt",
                              "assignedReviewerId", "decidedAt", "agencyAcceptedAt", "createdAt", "updatedAt")
      SELECT ${id("scalesub", "i * 10 + v")}, ${org}, v, st::"SubmissionStatus", '{}', ${owner}, submitted,
             NULL, CASE WHEN st NOT IN ('SUBMITTED', 'IN_REVIEW') THEN submitted + (1 + i % 13) * interval '1 day' END,
             CASE WHEN st = 'ACCEPTED' THEN submitted + (8 + i % 13) * interval '1 day' END, submitted, now()
        FROM ${range}
        CROSS JOIN LATERAL (SELECT 1 + (i / 2) % 3 AS versions) k
        CROSS JOIN generate_series(1, 3) v
        CROSS JOIN LATERAL (
          SELECT CASE WHEN v < versions THEN 'CHANGES_REQUESTED' ELSE (${LATEST_STATUSES})[1 + (i / 2) % ${SUBMITTED_STATUSES.length}] END AS st,
                 now() - (40 + i % 500) * interval '1 day' + (v - 1) * interval '15 days' AS submitted
        ) x
       WHERE i % 2 = 0 AND v <= versions;
    INSERT INTO "ReviewDecision" (id, "submissionId", "organizationId", kind, "fromStatus", "toStatus", "actorId",
                                  "createdAt", "updatedAt")
      SELECT 'scaledec' || substr(s.id, 9), s.id, s."organizationId",
             (CASE s.status WHEN 'CHANGES_REQUESTED' THEN 'REQUEST_CHANGES' WHEN 'REJECTED' THEN 'REJECT'
                            ELSE 'APPROVE' END)::"DecisionKind",
             'IN_REVIEW', CASE WHEN s.status = 'ACCEPTED' THEN 'APPROVED' ELSE s.status END, 'scalestaff',
             s."decidedAt", now()
        FROM "Submission" s
       WHERE s.id >= ${id("scalesub", `${from + 1} * 10`)} AND s.id < ${id("scalesub", `${from + n + 1} * 10`)}
         AND s."decidedAt" IS NOT NULL;
  `);
}

/** Candidates from+1 … from+n in every region, a third naming regions or states they would move to. */
async function addCandidates(client: pg.Client, from: number, n: number) {
  await client.query(`
    INSERT INTO "Candidate" (id, email, "firstName", "lastName", phone, city, state, "postalCode", region,
                             "willingToRelocate", "statesOfInterest", "regionsOfInterest", "educationLevel",
                             situation, "experienceTags", "consentToShare", "consentAt", status, "withdrawnAt",
                             "createdAt", "updatedAt")
      SELECT ${id("scalecnd", "i")}, 'candidate' || i || '@scale.example',
             (${FIRST_NAMES})[1 + i % 12], (${LAST_NAMES})[1 + (i / 12) % 10] || CASE WHEN i % 3 = 0 THEN '-' || i ELSE '' END,
             '608-555-' || lpad((i % 10000)::text, 4, '0'), 'City ' || (i % 700), (${STATES})[s], '53703',
             (${STATE_REGION})[s], i % 2 = 0,
             CASE WHEN i % 3 = 0 THEN ARRAY[(${STATES})[1 + (i * 7) % ${STATE_REGIONS.length}]] ELSE ARRAY[]::text[] END,
             CASE WHEN i % 3 = 1 THEN ARRAY[(${REGION_KEYS})[1 + (i / 3) % ${REGIONS.length}]] ELSE ARRAY[]::text[] END,
             (enum_range(NULL::"EducationLevel"))[1 + i % 7], (enum_range(NULL::"CandidateSituation"))[1 + i % 5],
             CASE WHEN i % 4 = 0 THEN ARRAY['electronics'] ELSE ARRAY[]::text[] END,
             i % 10 <> 0, CASE WHEN i % 10 <> 0 THEN now() END, (enum_range(NULL::"CandidateStatus"))[1 + i % 4],
             CASE WHEN i % 20 = 0 THEN now() END, now() - (i % 1000) * interval '1 day', now()
        FROM generate_series(${from + 1}, ${from + n}) i
        CROSS JOIN LATERAL (SELECT 1 + (i * 13) % ${STATE_REGIONS.length} AS s) x;
  `);
}

/** Views from+1 … from+n, spread over every candidate and every organization's members. */
async function addViews(client: pg.Client, from: number, n: number) {
  await client.query(`
    WITH c AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Candidate"),
         m AS (SELECT "organizationId", "userId", row_number() OVER (ORDER BY id) AS rn FROM "Membership"),
         sizes AS (SELECT (SELECT count(*) FROM c) AS candidates, (SELECT count(*) FROM m) AS members)
    INSERT INTO "CandidateView" (id, "candidateId", "organizationId", "userId", kind, "createdAt", "updatedAt")
      SELECT ${id("scaleviw", "i")}, c.id, m."organizationId", m."userId",
             (enum_range(NULL::"CandidateViewKind"))[1 + i % 3], now() - (i % 365) * interval '1 day', now()
        FROM generate_series(${from + 1}, ${from + n}) i
        CROSS JOIN sizes
        JOIN c ON c.rn = 1 + (i * 7919) % sizes.candidates
        JOIN m ON m.rn = 1 + (i * 31) % sizes.members;
  `);
}

/**
 * Grows the database at `databaseUrl` to at least the target totals (never shrinks it) and refreshes the planner's
 * statistics. Returns the totals it reached.
 */
export async function growToScale(databaseUrl: string, target: ScaleTarget): Promise<ScaleTarget> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const grow = async (
      table: string,
      prefix: string,
      wanted: number,
      add: (c: pg.Client, from: number, n: number) => Promise<void>,
    ) => {
      const missing = wanted - (await count(client, `SELECT count(*) AS n FROM "${table}"`));
      if (missing <= 0) return;
      // Numbered on from the highest generated id, so rows deleted since (a benchmark deletes candidates) leave gaps.
      const generated = await count(
        client,
        `SELECT coalesce(max(substr(id, ${prefix.length + 1})::bigint), 0) AS n FROM "${table}" WHERE id LIKE '${prefix}%'`,
      );
      await client.query("BEGIN");
      await add(client, generated, missing);
      await client.query("COMMIT");
    };
    await grow("Organization", "scaleorg", target.organizations, addOrganizations);
    await grow("Candidate", "scalecnd", target.candidates, addCandidates);
    await grow("CandidateView", "scaleviw", target.views, addViews);
    await client.query("VACUUM ANALYZE");
    const total = (table: string) => count(client, `SELECT count(*) AS n FROM "${table}"`);
    return {
      organizations: await total("Organization"),
      candidates: await total("Candidate"),
      views: await total("CandidateView"),
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
