import "server-only";
import { MANAGER_ROLES } from "@/lib/authz";
import type { Tx } from "@/lib/prisma-client";
import { SUBMITTABLE_AFTER } from "@/lib/review/transitions";

const MUST_SUBMIT_AGAIN = SUBMITTABLE_AFTER.filter((status) => status !== null);

/**
 * After AAMI publishes a new version of a program document: every organization that acknowledged an earlier
 * version and has not submitted (nothing yet, or its latest submission came back with changes requested or was
 * rejected, so it must submit again) has to acknowledge again. Their completed step 2 goes back to in progress,
 * and their owners and admins are returned, to be emailed. Organizations whose submission is with AAMI are left
 * alone: what AAMI reviews stays what was sent.
 *
 * Set-based (three statements whatever the number of organizations) instead of refreshChecklist for each one
 * (about ten queries each, thousands of times inside one transaction). It stores what refreshChecklist would:
 * publishing changes only the fact standardsCurrent, now false for everyone (nobody can have acknowledged an
 * unpublished version), and deriveStepStatuses reads it for step 2 alone. A COMPLETE step 2 had been acknowledged,
 * so it derives to IN_PROGRESS; one AAMI commented on stays CHANGES_REQUESTED; the others do not change.
 * Call it with the program documents locked (lib/documents/lock.ts) in the transaction that publishes.
 */
export async function reopenStandardsStep(tx: Tx) {
  const organizations = await tx.$queryRaw<{ id: string }[]>`
    SELECT o."id"
      FROM "Organization" o
      LEFT JOIN LATERAL (
        SELECT s."status" FROM "Submission" s WHERE s."organizationId" = o."id" ORDER BY s."version" DESC LIMIT 1
      ) latest ON true
     WHERE EXISTS (SELECT 1 FROM "StandardsAcknowledgement" a WHERE a."organizationId" = o."id")
       AND (latest."status" IS NULL OR latest."status"::text = ANY(${MUST_SUBMIT_AGAIN}::text[]))`;
  const ids = organizations.map((o) => o.id);
  const reopenedSteps = await tx.$executeRaw`
    UPDATE "OnboardingStep"
       SET "status" = 'IN_PROGRESS', "completedAt" = NULL, "completedById" = NULL, "updatedAt" = now()
     WHERE "step" = 'STANDARDS' AND "status" = 'COMPLETE' AND "organizationId" = ANY(${ids}::text[])`;
  // One email per person: someone managing several of these organizations is asked once (and the message is
  // filed under the organization only when there is just one).
  const managers = await tx.$queryRaw<{ to: string; organizationId: string | null }[]>`
    SELECT u."email" AS "to",
           CASE WHEN count(DISTINCT m."organizationId") = 1 THEN min(m."organizationId") END AS "organizationId"
      FROM "Membership" m
      JOIN "User" u ON u."id" = m."userId"
     WHERE m."organizationId" = ANY(${ids}::text[]) AND m."role"::text = ANY(${MANAGER_ROLES}::text[])
     GROUP BY u."email"`;
  return { reopenedSteps, managers };
}
