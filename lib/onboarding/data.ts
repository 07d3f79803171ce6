import "server-only";
import type { ApprenticeStatus, StepKey, StepStatus, SubmissionStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { buildChecklist } from "@/lib/onboarding/checklist";
import { APPROVED_STATUSES } from "@/lib/review/transitions";

type ChecklistRow = {
  steps: Array<{ step: StepKey; status: StepStatus; completedAt: string | null; completedByName: string | null }>;
  latestStatus: SubmissionStatus | null;
  agencyAcceptedAt: Date | null;
  openComments: Array<{ step: StepKey; body: string }>;
  apprenticesByStatus: Partial<Record<ApprenticeStatus, number>> | null;
};

/**
 * The checklist as the organization's members see it, with AAMI's open comments, where its apprentices stand, and the
 * Registration Agency's acceptance. One statement: the checklist is the page members land on.
 */
export async function getChecklist(organizationId: string) {
  // Timestamps go through JSON as timestamptz (stored as UTC), so they keep their offset and read back exactly.
  const [row] = await db.$queryRaw<ChecklistRow[]>`
    SELECT COALESCE((SELECT json_agg(json_build_object(
                              'step', st.step, 'status', st.status,
                              'completedAt', st."completedAt" AT TIME ZONE 'UTC',
                              'completedByName', COALESCE(u.name, u.email)))
                       FROM "OnboardingStep" st LEFT JOIN "User" u ON u.id = st."completedById"
                      WHERE st."organizationId" = ${organizationId}), '[]'::json) AS steps,
           latest.status::text AS "latestStatus", latest."agencyAcceptedAt",
           COALESCE((SELECT json_agg(json_build_object('step', c.step, 'body', c.body) ORDER BY c."createdAt")
                       FROM "ReviewComment" c WHERE c."submissionId" = latest.id AND c."resolvedAt" IS NULL),
                    '[]'::json) AS "openComments",
           (SELECT json_object_agg(counted.status, counted.n)
              FROM (SELECT a.status::text AS status, count(*)::int AS n FROM "Apprentice" a
                     WHERE a."organizationId" = ${organizationId} GROUP BY a.status) counted) AS "apprenticesByStatus"
      FROM (SELECT 1) AS one
      LEFT JOIN LATERAL (SELECT s.id, s.status, s."agencyAcceptedAt" FROM "Submission" s
                          WHERE s."organizationId" = ${organizationId}
                          ORDER BY s.version DESC LIMIT 1) latest ON true`;
  const { steps, latestStatus, agencyAcceptedAt, openComments, apprenticesByStatus } = row!;
  const comments: Partial<Record<StepKey, string[]>> = {};
  if (latestStatus === "CHANGES_REQUESTED") {
    for (const c of openComments) (comments[c.step] ??= []).push(c.body);
  }
  const acceptance = latestStatus === "ACCEPTED" && agencyAcceptedAt ? { acceptedAt: agencyAcceptedAt } : null;
  const checklist = buildChecklist(
    steps.map((s) => ({ ...s, completedAt: s.completedAt === null ? null : new Date(s.completedAt) })),
    latestStatus !== null && APPROVED_STATUSES.includes(latestStatus),
    comments,
    apprenticesByStatus ?? {},
  );
  return { ...checklist, acceptance };
}
