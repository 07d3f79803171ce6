import "server-only";
import type { ApprenticeStatus, DocumentKind, StepKey, SubmissionStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";
import { deriveStepStatuses, type OnboardingFacts } from "@/lib/onboarding/progress";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { APPRENTICES_WAITING } from "@/lib/status-messages";

type ProgramDocumentRow = {
  id: string;
  kind: DocumentKind;
  version: number;
  title: string;
  sha256: string;
  publishedAt: Date;
  isSample: boolean;
  fileId: string;
};

/**
 * The newest published version of each program document (what employers must acknowledge), in the order of the
 * kinds. A statement of our own rather than an ORM call: the review page reads it on every view, and Prisma
 * 6.19's query compiler compiles every ORM call anew in wasm (this one took some 5% of the review page's CPU time
 * in a profile; a raw statement's plan is next to nothing).
 */
export async function currentProgramDocuments(tx: Tx) {
  return tx.$queryRaw<ProgramDocumentRow[]>`
    SELECT DISTINCT ON (d.kind) d.id, d.kind::text AS kind, d.version, d.title, d.sha256, d."publishedAt",
           d."isSample", d."fileId"
      FROM "ProgramDocument" d
     WHERE d."publishedAt" IS NOT NULL
     ORDER BY d.kind, d.version DESC`;
}

type FactsRow = {
  hiringAttested: boolean;
  journeyworkerCount: number | null;
  apprenticesWanted: number | null;
  hasFundingPlan: boolean;
  hasWageSchedule: boolean;
  positionCount: number;
  openings: number | null;
  mentorCount: number;
  hasValidSignedAgreement: boolean;
  standardsCurrent: boolean;
  standardsAcknowledged: boolean;
  latestSubmission: SubmissionStatus | null;
  stepsWithOpenComments: StepKey[];
  apprenticesByStatus: Partial<Record<ApprenticeStatus, number>> | null;
};

/**
 * Everything the checklist is derived from, read in one statement: every step page and every change to onboarding
 * data (refreshChecklist) reads it, so a round trip per fact (eleven) would be paid on each.
 */
export async function loadOnboardingFacts(tx: Tx, organizationId: string): Promise<OnboardingFacts> {
  const [[row], standards] = await Promise.all([
    tx.$queryRaw<FactsRow[]>`
      WITH current_documents AS (
        -- The newest published version of each program document, as currentProgramDocuments reads them.
        SELECT DISTINCT ON (d.kind) d.id FROM "ProgramDocument" d
         WHERE d."publishedAt" IS NOT NULL ORDER BY d.kind, d.version DESC)
      SELECT o."hiringAttestedAt" IS NOT NULL AS "hiringAttested", o."journeyworkerCount", o."apprenticesWanted",
             EXISTS (SELECT 1 FROM "FundingPlan" f WHERE f."organizationId" = o.id) AS "hasFundingPlan",
             EXISTS (SELECT 1 FROM "WageSchedule" w WHERE w."organizationId" = o.id) AS "hasWageSchedule",
             (SELECT count(*)::int FROM "Position" p WHERE p."organizationId" = o.id) AS "positionCount",
             (SELECT sum(p.openings)::int FROM "Position" p WHERE p."organizationId" = o.id) AS openings,
             (SELECT count(*)::int FROM "Mentor" m WHERE m."organizationId" = o.id) AS "mentorCount",
             EXISTS (SELECT 1 FROM "EmployerAgreement" a WHERE a."organizationId" = o.id AND a.status = 'SIGNED')
               AS "hasValidSignedAgreement",
             EXISTS (SELECT 1 FROM current_documents)
               AND NOT EXISTS (SELECT 1 FROM current_documents d
                                WHERE NOT EXISTS (SELECT 1 FROM "StandardsAcknowledgement" k
                                                   WHERE k."organizationId" = o.id AND k."documentId" = d.id))
               AS "standardsCurrent",
             EXISTS (SELECT 1 FROM "StandardsAcknowledgement" k WHERE k."organizationId" = o.id)
               AS "standardsAcknowledged",
             latest.status::text AS "latestSubmission",
             ARRAY(SELECT DISTINCT c.step::text FROM "ReviewComment" c
                    WHERE c."submissionId" = latest.id AND c."resolvedAt" IS NULL) AS "stepsWithOpenComments",
             (SELECT json_object_agg(counted.status, counted.n)
                FROM (SELECT a.status::text AS status, count(*)::int AS n FROM "Apprentice" a
                       WHERE a."organizationId" = o.id AND a.status <> 'WITHDRAWN' GROUP BY a.status) counted)
               AS "apprenticesByStatus"
        FROM "Organization" o
        LEFT JOIN LATERAL (SELECT s.id, s.status FROM "Submission" s WHERE s."organizationId" = o.id
                            ORDER BY s.version DESC LIMIT 1) latest ON true
       WHERE o.id = ${organizationId}`,
    // Outside a transaction, the request's copy; inside one, what the transaction sees.
    getCurrentStandards(tx === db ? undefined : tx),
  ]);
  if (!row) throw notFound();
  const countOf = (statuses: readonly ApprenticeStatus[]) =>
    statuses.reduce((sum, status) => sum + (row.apprenticesByStatus?.[status] ?? 0), 0);
  return {
    standardsCurrent: row.standardsCurrent,
    standardsAcknowledged: row.standardsAcknowledged,
    positionCount: row.positionCount,
    hiringAttested: row.hiringAttested,
    hasFundingPlan: row.hasFundingPlan,
    mentorCount: row.mentorCount,
    journeyworkerCount: row.journeyworkerCount,
    ratio: standards.ratio,
    plannedApprentices: row.openings ?? row.apprenticesWanted ?? 1,
    hasWageSchedule: row.hasWageSchedule,
    hasValidSignedAgreement: row.hasValidSignedAgreement,
    latestSubmission: row.latestSubmission,
    stepsWithOpenComments: row.stepsWithOpenComments,
    apprenticesEnrolled: countOf(["DRAFT", "PENDING_SIGNATURES", "PENDING_REGISTRATION", "APPROVED", "REGISTERED"]),
    apprenticesApproved: countOf(["APPROVED", "REGISTERED"]),
    apprenticesWaiting: countOf(APPRENTICES_WAITING),
  };
}

/**
 * Recomputes every step's status from the organization's data and stores it, recording who completed a step and
 * when. Call it in the transaction of every change to onboarding data, after the change.
 */
export async function refreshChecklist(tx: Tx, organizationId: string, actorId: string | null) {
  const facts = await loadOnboardingFacts(tx, organizationId);
  const statuses = deriveStepStatuses(facts);
  const stored = await tx.onboardingStep.findMany({ where: { organizationId }, select: { step: true, status: true } });
  const before = new Map(stored.map((s) => [s.step, s.status]));
  for (const [step, status] of Object.entries(statuses) as Array<[StepKey, (typeof statuses)[StepKey]]>) {
    if (before.get(step) === status || (!before.has(step) && status === "NOT_STARTED")) continue;
    const completion =
      status === "COMPLETE"
        ? { completedAt: new Date(), completedById: actorId }
        : { completedAt: null, completedById: null };
    await tx.onboardingStep.upsert({
      where: { organizationId_step: { organizationId, step } },
      create: { organizationId, step, status, ...completion },
      update: { status, ...completion },
    });
  }
  return facts;
}
