// The employer partners' candidate list against CANDIDATES prospective apprentices (and VIEWS logged views), in
// the benchmark database (tests/bench/database.ts). Run by tests/bench/run.ts.
import pg from "pg";
import { BENCH_DATABASE_URL } from "./database";

const CANDIDATES = 50_000;
const VIEWS = 200_000;
const ORG = "benchpartner000000000001";
const USER = "benchpartnerhr0000000001";

type Timer = (label: string, runs: number, fn: () => Promise<unknown>) => Promise<void>;

async function fill() {
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  try {
    // Set-based: candidates spread over the states of every region, a third with regions or states of interest,
    // one in twenty withdrawn; then views of them by one employer partner.
    await client.query(`
      INSERT INTO "User" (id, email, "updatedAt") VALUES ('${USER}', 'hr@bench.example', now());
      INSERT INTO "Organization" (id, "legalName", "legalNameKey", "addressLine1", city, county, state, "postalCode",
                                  region, "contactName", "contactEmail", "contactPhone", "updatedAt")
        VALUES ('${ORG}', 'Bench Health', 'bench health', '1 Main St', 'Madison', 'Dane', 'WI', '53703', 'MIDWEST',
                'HR', 'hr@bench.example', '608-555-0100', now());
      INSERT INTO "Candidate" (id, email, "firstName", "lastName", phone, city, state, "postalCode", region,
                               "willingToRelocate", "statesOfInterest", "regionsOfInterest", "educationLevel",
                               situation, "experienceTags", "consentToShare", "consentAt", "withdrawnAt",
                               "createdAt", "updatedAt")
        SELECT 'benchcand' || lpad(i::text, 16, '0'), 'cand' || i || '@bench.example', 'First' || i, 'Last' || i,
               '608-555-0100', 'City' || (i % 500), s.state, '53703', s.region, i % 2 = 0,
               CASE WHEN i % 3 = 0 THEN ARRAY['WI','IL'] ELSE ARRAY[]::text[] END,
               CASE WHEN i % 3 = 1 THEN ARRAY['MIDWEST'] ELSE ARRAY[]::text[] END,
               (ARRAY['HIGH_SCHOOL','ASSOCIATE','BACHELOR'])[1 + i % 3]::"EducationLevel",
               (ARRAY['STUDENT','EMPLOYED','UNEMPLOYED','SERVICE_MEMBER','VETERAN'])[1 + i % 5]::"CandidateSituation",
               CASE WHEN i % 4 = 0 THEN ARRAY['electronics'] ELSE ARRAY[]::text[] END,
               true, now(), CASE WHEN i % 20 = 0 THEN now() END,
               now() - (i % 700) * interval '1 day', now()
        FROM generate_series(1, ${CANDIDATES}) i
        CROSS JOIN LATERAL (
          SELECT (ARRAY['WI','TX','CA','NY','GA','PA'])[1 + i % 6] AS state,
                 (ARRAY['MIDWEST','SOUTHWEST','WEST','NORTHEAST','SOUTHEAST','MID_ATLANTIC'])[1 + i % 6] AS region
        ) s;
      INSERT INTO "CandidateView" (id, "candidateId", "organizationId", "userId", kind, "updatedAt")
        SELECT 'benchview' || lpad(i::text, 16, '0'), 'benchcand' || lpad((1 + i % ${CANDIDATES})::text, 16, '0'),
               '${ORG}', '${USER}', (ARRAY['LIST','PROFILE','EXPORT'])[1 + i % 3]::"CandidateViewKind", now()
        FROM generate_series(1, ${VIEWS}) i;
      ANALYZE;`);
  } finally {
    await client.end();
  }
}

export async function benchCandidates(time: Timer) {
  await fill();
  const { db } = await import("../../lib/db");
  const { partnerScope, visibleCandidatesWhere } = await import("../../lib/candidates/partner/scope");
  const { candidateFiltersWhere, parseCandidateFilters } = await import("../../lib/candidates/partner/filters");
  const { deleteCandidate } = await import("../../lib/candidates/deletion");
  const scope = partnerScope({ region: "MIDWEST", state: "WI" });

  // What listCandidatesForPartner does after its authorization: count, one page, and the page's views logged.
  const listPage = async (params: Record<string, string>, page = 1) => {
    const where = { AND: [visibleCandidatesWhere(scope), candidateFiltersWhere(parseCandidateFilters(params))] };
    const total = await db.candidate.count({ where });
    const rows = await db.candidate.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * 25,
      take: 25,
      select: { id: true, firstName: true, lastName: true, city: true, state: true },
    });
    await db.candidateView.createMany({
      data: rows.map((r) => ({ candidateId: r.id, organizationId: ORG, userId: USER, kind: "LIST" as const })),
    });
    return total;
  };

  const visible = await listPage({});
  console.log(
    `\nEmployer candidate list, ${CANDIDATES.toLocaleString("en-US")} candidates (${visible.toLocaleString("en-US")} visible to a Midwest partner), ${VIEWS.toLocaleString("en-US")} logged views (count + page + 25 views logged)`,
  );
  await time("Candidates, partner list page 1", 30, () => listPage({}));
  await time("Candidates, partner list last page", 30, () => listPage({}, Math.ceil(visible / 25)));
  await time("Candidates, veterans willing to relocate", 30, () => listPage({ situation: "VETERAN", relocate: "yes" }));
  await time("Candidates, name search 'First4242'", 30, () => listPage({ q: "First4242" }));
  let next = 1;
  await time("Candidates, delete one (cascade, tally, mail)", 30, async () => {
    await deleteCandidate(`benchcand${String(next++).padStart(16, "0")}`, { by: "candidate" });
  });
}
