import "server-only";
import type { SubmissionStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/authz";
import { calendarQuarter, pipelineRows, REVIEW_WINDOW_DAYS } from "@/lib/staff/stats";

// The staff home's numbers. Each is one aggregate query over an index (or over Submission, which holds a few
// rows per organization), so the page costs the same with ten organizations or ten thousand.

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
    db.$queryRaw<{ status: SubmissionStatus; count: number }[]>`
      SELECT s."status", count(*)::int AS "count"
        FROM "Submission" s
       WHERE s."status" IN ('SUBMITTED', 'IN_REVIEW')
         AND s."version" = (SELECT max(l."version") FROM "Submission" l WHERE l."organizationId" = s."organizationId")
       GROUP BY s."status"`,
    db.$queryRaw<{ medianDays: number | null; decisions: number }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (
               ORDER BY EXTRACT(EPOCH FROM ("decidedAt" - "submittedAt"))::float8 / 86400
             ) AS "medianDays",
             count(*)::int AS "decisions"
        FROM "Submission"
       WHERE "decidedAt" > ${windowStart} AND "decidedAt" <= ${now}`,
    db.submission.count({ where: { agencyAcceptedAt: { gte: quarter.start, lt: quarter.end } } }),
  ]);

  const waitingOf = (status: SubmissionStatus) => waiting.find((w) => w.status === status)?.count ?? 0;
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
