import "server-only";
import { requireStaff } from "@/lib/authz";
import { db } from "@/lib/db";
import { REGIONS } from "@/lib/regions";

// How many people signed up in each region, for AAMI's recruitment figures. Deleted candidates leave only an
// anonymous count per region and month (CandidateTally), which is added back here so the totals never shrink.

export type RegionCount = {
  region: string;
  /** Visible to employer partners now. */
  sharing: number;
  withdrawn: number;
  /** Deleted at their request: no personal data left, only this number. */
  deleted: number;
  signedUp: number;
};

export async function getCandidateRegionCounts(): Promise<RegionCount[]> {
  await requireStaff();
  const [live, tallies] = await Promise.all([
    db.$queryRaw<{ region: string; sharing: number; withdrawn: number }[]>`
      SELECT "region",
             count(*) FILTER (WHERE "withdrawnAt" IS NULL AND "consentToShare")::int AS "sharing",
             count(*) FILTER (WHERE "withdrawnAt" IS NOT NULL OR NOT "consentToShare")::int AS "withdrawn"
        FROM "Candidate"
       GROUP BY "region"`,
    db.candidateTally.groupBy({ by: ["region"], _sum: { deleted: true } }),
  ]);
  return REGIONS.map(({ key }) => {
    const counts = live.find((l) => l.region === key);
    const deleted = tallies.find((t) => t.region === key)?._sum.deleted ?? 0;
    const sharing = counts?.sharing ?? 0;
    const withdrawn = counts?.withdrawn ?? 0;
    return { region: key, sharing, withdrawn, deleted, signedUp: sharing + withdrawn + deleted };
  });
}
