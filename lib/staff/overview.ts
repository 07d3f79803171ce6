import "server-only";
import type { SubmissionStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/authz";
import { cachedFigures } from "@/lib/cached-figures";
import { getCandidateRegionCounts } from "@/lib/candidates/region-counts";
import { calendarQuarter, pipelineRows, REVIEW_WINDOW_DAYS } from "@/lib/staff/stats";

// The staff home's numbers. Each is one aggregate query; those over ranges read an index (decidedAt,
// agencyAcceptedAt, the latest versions by status), the whole-table counts (checklist steps, candidates per region)
// cannot, so the page shows them through a one-minute cache (getStaffHomeFigures) and says how old they are.

const DAY_MS = 86_400_000;

/** `now` is a parameter so tests can pin the quarter and the review window. */
export async function getStaffOverview(now: Date = new Date()) {
  await requireStaff();
  const quarter = calendarQuarter(now);
  const windowStart = new Date(now.getTime() - REVIEW_WINDOW_DAYS * DAY_MS);

  const [organizationCount, stepCounts, waiting, [review], registrations] = await Promise.all([
    db.organization.count(),
    db.onboardingStep.groupBy({
      by: ["step", "status"],
      where: { status: { not: "NOT_STARTED" } },
      _count: { _all: true },
    }),
    // Only an organization's latest version is live: an older one was superseded by a resubmission.
    db.submission.groupBy({
      by: ["status"],
      where: { isLatest: true, status: { in: ["SUBMITTED", "IN_REVIEW"] } },
      _count: { _all: true },
    }),
    db.$queryRaw<{ medianDays: number | null; decisions: number }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (
               ORDER BY EXTRACT(EPOCH FROM ("decidedAt" - "submittedAt"))::float8 / 86400
             ) AS "medianDays",
             count(*)::int AS "decisions"
        FROM "Submission"
       WHERE "decidedAt" > ${windowStart} AND "decidedAt" <= ${now}`,
    db.submission.count({ where: { agencyAcceptedAt: { gte: quarter.start, lt: quarter.end } } }),
  ]);

  const waitingOf = (status: SubmissionStatus) => waiting.find((w) => w.status === status)?._count._all ?? 0;
  return {
    organizationCount,
    pipeline: pipelineRows(
      stepCounts.map((c) => ({ step: c.step, status: c.status, count: c._count._all })),
      organizationCount,
    ),
    waiting: { submitted: waitingOf("SUBMITTED"), inReview: waitingOf("IN_REVIEW") },
    review: {
      medianDays: review?.medianDays ?? null,
      decisions: review?.decisions ?? 0,
      windowDays: REVIEW_WINDOW_DAYS,
    },
    registrations: { count: registrations, quarter },
  };
}

export type StaffOverview = Awaited<ReturnType<typeof getStaffOverview>>;

/**
 * The staff home's whole-table figures, at most a minute old (lib/cached-figures.ts): the page labels them with
 * `asOf`. Staff only, checked on every call, cached or not. (The deleted candidates' tallies are not among them:
 * they are a small table, read fresh, so a deletion shows at once.)
 */
export async function getStaffHomeFigures() {
  await requireStaff();
  return cachedFigures("staff-home", async () => {
    const [overview, candidateRegions] = await Promise.all([getStaffOverview(), getCandidateRegionCounts()]);
    return { overview, candidateRegions };
  });
}
