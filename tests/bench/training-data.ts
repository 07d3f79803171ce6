// Grows a seeded database to a program in full training (issue 17, point 10): apprentices in training spread over
// the generated organizations of tests/bench/scale-data.ts, a tenth of them at one employer (the demo's approved
// partner, whose owner the dashboard benchmark signs in as), each with a wage schedule, and about a hundred weeks
// of on-the-job hours per apprentice (most approved, the last two waiting for the mentor, one apprentice in
// twelve silent for a month), sign-offs and related instruction. Set-based SQL (INSERT … SELECT generate_series),
// as scale-data.ts does, so a million hour entries take a minute, not the hours row-by-row inserts would.
import pg from "pg";
import { growToScale } from "./scale-data";

export type TrainingTarget = { organizations: number; apprentices: number; entries: number };

export const TRAINING_SIZE: TrainingTarget = { organizations: 200, apprentices: 10_000, entries: 1_000_000 };

/** The employer with many apprentices: this share of them works there. */
const BIG_EMPLOYER_SHARE = 10;

async function one<T>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await client.query(sql, params);
  return rows[0] as T;
}

/**
 * Grows the database to the target (apprentices and entries are added once: a database that has generated
 * apprentices is left as it is) and refreshes the planner's statistics. `bigEmployer` is the legal name of the
 * organization that gets a tenth of the apprentices.
 */
export async function growTraining(databaseUrl: string, target: TrainingTarget, bigEmployer: string) {
  await growToScale(databaseUrl, { organizations: target.organizations, candidates: 0, views: 0 });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { n } = await one<{ n: number }>(
      client,
      `SELECT count(*)::int AS n FROM "Apprentice" WHERE id LIKE 'benchtrn%'`,
    );
    if (n > 0) return;
    const big = await one<{ id: string; mentorId: string }>(
      client,
      `SELECT o.id, m.id AS "mentorId" FROM "Organization" o JOIN "Mentor" m ON m."organizationId" = o.id
        WHERE o."legalName" = $1 LIMIT 1`,
      [bigEmployer],
    );
    const { provider } = await one<{ provider: string }>(client, `SELECT id AS provider FROM "RtiProvider" LIMIT 1`);
    // One week more than the even share makes up for the weeks the silent apprentices did not log.
    const weeks = Math.ceil(target.entries / target.apprentices) + 1;
    await client.query("BEGIN");
    // Wage schedules for the generated organizations: a raise every six months, or every 1,000 approved hours in
    // one organization of three.
    await client.query(`
      INSERT INTO "WageSchedule" (id, "organizationId", "journeyworkerRateCents", "entryWageCents", basis, "termLength",
                                  "updatedAt")
        SELECT 'benchwag' || substr(o.id, 9), o.id, 3800, 2280,
               (CASE WHEN substr(o.id, 9)::bigint % 3 = 0 THEN 'HOURS' ELSE 'MONTHS' END)::"WageStepBasis",
               CASE WHEN substr(o.id, 9)::bigint % 3 = 0 THEN 4000 ELSE 24 END, now()
          FROM "Organization" o WHERE o.id LIKE 'scaleorg%';
      INSERT INTO "WageStep" (id, "organizationId", "wageScheduleId", ordinal, threshold, "amountKind", "amountValue",
                              "updatedAt")
        SELECT 'benchwst' || substr(w.id, 9) || n, w."organizationId", w.id, n - 1,
               CASE WHEN w.basis = 'HOURS' THEN 1000 * n ELSE 6 * n END, 'PERCENT', 6000 + 500 * n, now()
          FROM "WageSchedule" w CROSS JOIN generate_series(1, 3) n WHERE w.id LIKE 'benchwag%';
    `);
    // Apprentices: every BIG_EMPLOYER_SHARE-th at the big employer with its mentor, the others round the generated
    // organizations; started on a Monday before their first logged week, so their weeks fill the term.
    await client.query(
      `
      WITH orgs AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Organization" WHERE id LIKE 'scaleorg%'),
           size AS (SELECT count(*) AS n FROM orgs)
      INSERT INTO "Apprentice" (id, "organizationId", status, "startDate", "firstName", "lastName", "dateOfBirth",
                                "employmentStatus", "streetAddress", city, state, "postalCode", "rtiProviderId",
                                "priorWageCents", "priorWageUnit", "entryWageCents", "entryWageUnit", "studentStatus",
                                "mentorId", "approvedAt", "updatedAt")
        SELECT 'benchtrn' || lpad(i::text, 16, '0'),
               CASE WHEN i % ${BIG_EMPLOYER_SHARE} = 0 THEN $1 ELSE orgs.id END,
               (CASE WHEN i % 2 = 0 THEN 'REGISTERED' ELSE 'APPROVED' END)::"ApprenticeStatus",
               date_trunc('week', now())::date - ($5::int + i % 20) * 7, 'Sam', 'Trainee ' || i, DATE '2000-01-01',
               'NEW_EMPLOYEE', i || ' Main St', 'Madison', 'WI', '53703', $3, 1800, 'HOUR', 2280, 'HOUR', 'N',
               CASE WHEN i % ${BIG_EMPLOYER_SHARE} = 0 THEN $2 END, now(), now()
          FROM generate_series(1, $4::int) i
          CROSS JOIN size
          JOIN orgs ON orgs.rn = 1 + i % size.n`,
      [big.id, big.mentorId, provider, target.apprentices, weeks + 1],
    );
    // Hours: one entry a week per apprentice, back from last week, in each skill set in turn. The last two weeks
    // wait for the mentor; one apprentice in twelve has logged nothing for the last four weeks.
    await client.query(
      `
      WITH sets AS (SELECT s.key, row_number() OVER (ORDER BY s.ordinal) AS rn FROM "StandardsSkillSet" s
                     WHERE s."standardsVersionId" = (SELECT id FROM "StandardsVersion" WHERE status = 'PUBLISHED'
                                                      ORDER BY version DESC LIMIT 1)),
           set_count AS (SELECT count(*) AS n FROM sets)
      INSERT INTO "OjtEntry" (id, "organizationId", "apprenticeId", "weekStart", "skillSetKey", "dayMinutes",
                              "totalMinutes", status, "loggedById", "reviewedAt", "createdAt", "updatedAt")
        SELECT 'benchojt' || lpad(i::text, 10, '0') || lpad(w::text, 6, '0'), a."organizationId", a.id, week,
               sets.key, ARRAY[480, 480, 480, 480, 480, 0, 0], 2400,
               (CASE WHEN w <= 2 THEN 'SUBMITTED' ELSE 'APPROVED' END)::"OjtEntryStatus", 'bench',
               CASE WHEN w > 2 THEN week + 9 END, week + 5, now()
          FROM generate_series(1, $1::int) i
          JOIN "Apprentice" a ON a.id = 'benchtrn' || lpad(i::text, 16, '0')
          CROSS JOIN generate_series(1, $2::int) w
          CROSS JOIN set_count
          CROSS JOIN LATERAL (SELECT date_trunc('week', now())::date - w * 7 AS week) x
          JOIN sets ON sets.rn = 1 + (w / 10) % set_count.n
         WHERE NOT (i % 12 = 0 AND w <= 4)`,
      [target.apprentices, weeks],
    );
    // Sign-offs (the first five skills of the schedule) and two confirmed courses a year.
    await client.query(
      `
      INSERT INTO "SkillSignOff" (id, "organizationId", "apprenticeId", "skillCode", "skillSetKey", "demonstratedOn",
                                  "signedById", "createdAt", "updatedAt")
        SELECT 'benchsgn' || substr(a.id, 9) || k.rn, a."organizationId", a.id, k.code, k.key,
               a."startDate" + (k.rn * 60)::int, 'bench', a."startDate" + (k.rn * 60)::int, now()
          FROM "Apprentice" a
          CROSS JOIN (SELECT sk.code, ss.key, row_number() OVER (ORDER BY ss.ordinal, sk.ordinal) AS rn
                        FROM "StandardsSkill" sk JOIN "StandardsSkillSet" ss ON ss.id = sk."skillSetId"
                       WHERE sk."standardsVersionId" = (SELECT id FROM "StandardsVersion" WHERE status = 'PUBLISHED'
                                                          ORDER BY version DESC LIMIT 1)
                       ORDER BY rn LIMIT 5) k
         WHERE a.id LIKE 'benchtrn%';
      INSERT INTO "InstructionCourse" (id, "organizationId", "apprenticeId", title, provider, minutes, "completedOn",
                                       "enteredById", "confirmedAt", "confirmedById", "updatedAt")
        SELECT 'benchcrs' || substr(a.id, 9) || n, a."organizationId", a.id, 'Course ' || n, 'College', 60 * 60,
               a."startDate" + n * 150, 'bench', now(), 'bench', now()
          FROM "Apprentice" a CROSS JOIN generate_series(1, 4) n
         WHERE a.id LIKE 'benchtrn%';
      `,
    );
    await client.query("COMMIT");
    await client.query("VACUUM ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** The totals the database holds: apprentices in training, hour entries, and the big employer's apprentices. */
export async function trainingTotals(databaseUrl: string, bigEmployer: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await one<{ organizations: number; apprentices: number; entries: number; atBigEmployer: number }>(
      client,
      `SELECT (SELECT count(DISTINCT "organizationId") FROM "Apprentice"
                WHERE status IN ('APPROVED', 'REGISTERED'))::int AS organizations,
              (SELECT count(*) FROM "Apprentice" WHERE status IN ('APPROVED', 'REGISTERED'))::int AS apprentices,
              (SELECT count(*) FROM "OjtEntry")::int AS entries,
              (SELECT count(*) FROM "Apprentice" a JOIN "Organization" o ON o.id = a."organizationId"
                WHERE o."legalName" = $1 AND a.status IN ('APPROVED', 'REGISTERED'))::int AS "atBigEmployer"`,
      [bigEmployer],
    );
  } finally {
    await client.end();
  }
}
