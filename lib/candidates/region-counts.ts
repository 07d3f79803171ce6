import "server-only";
import { requireStaff } from "@/lib/authz";
import { NOT_RECORDED, OTHER, TALLY_QUESTIONS } from "@/lib/candidates/self-id-tally";
import { db } from "@/lib/db";
import { REGIONS } from "@/lib/regions";

// How many people signed up in each region, for AAMI's recruitment figures. Deleted candidates leave only an
// anonymous count per region and month (CandidateTally), which is added back here so the totals never shrink, and
// anonymous counts of their self-identification answers (CandidateSelfIdTally) for equal-opportunity records.

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

export type SelfIdTallyTable = {
  question: string;
  label: string;
  answers: Array<{ value: string; label: string; byRegion: number[]; total: number }>;
};

/** Counted only when something was: the form's own answers always show, even at 0. */
const SHOWN_WHEN_COUNTED = [OTHER, NOT_RECORDED];

/**
 * What deleted candidates had answered to the voluntary self-identification questions, per home region (in
 * REGIONS' order), for AAMI's equal-opportunity records (29 CFR 30): counts only, summed over sign-up months.
 * Empty until someone is deleted.
 */
export async function getDeletedSelfIdTallies(): Promise<SelfIdTallyTable[]> {
  await requireStaff();
  const sums = await db.candidateSelfIdTally.groupBy({
    by: ["question", "answer", "region"],
    _sum: { count: true },
  });
  if (sums.length === 0) return [];
  const countOf = (question: string, answer: string, region: string) =>
    sums.find((s) => s.question === question && s.answer === answer && s.region === region)?._sum.count ?? 0;
  return TALLY_QUESTIONS.map((q) => ({
    question: q.question,
    label: q.label,
    answers: q.answers
      .map((a) => {
        const byRegion = REGIONS.map((r) => countOf(q.question, a.value, r.key));
        return { ...a, byRegion, total: byRegion.reduce((sum, n) => sum + n, 0) };
      })
      .filter((a) => a.total > 0 || !SHOWN_WHEN_COUNTED.includes(a.value)),
  }));
}
