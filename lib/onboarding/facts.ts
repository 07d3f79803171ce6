import "server-only";
import type { StepKey } from "@prisma/client";
import type { Tx } from "@/lib/prisma-client";
import { deriveStepStatuses, type OnboardingFacts } from "@/lib/onboarding/progress";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { APPRENTICES_WAITING } from "@/lib/status-messages";

/** The newest published version of each program document (what employers must acknowledge). */
export async function currentProgramDocuments(tx: Tx) {
  const published = await tx.programDocument.findMany({
    where: { publishedAt: { not: null } },
    orderBy: [{ kind: "asc" }, { version: "desc" }],
    select: {
      id: true,
      kind: true,
      version: true,
      title: true,
      sha256: true,
      publishedAt: true,
      isSample: true,
      fileId: true,
    },
  });
  return published.filter((doc, i) => i === 0 || published[i - 1]!.kind !== doc.kind);
}

export async function loadOnboardingFacts(tx: Tx, organizationId: string): Promise<OnboardingFacts> {
  const [org, currentDocs, acknowledged, latest, standards] = await Promise.all([
    tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: {
        hiringAttestedAt: true,
        journeyworkerCount: true,
        apprenticesWanted: true,
        fundingPlan: { select: { id: true } },
        wageSchedule: { select: { id: true } },
        _count: { select: { positions: true, mentors: true, agreements: { where: { status: "SIGNED" } } } },
      },
    }),
    currentProgramDocuments(tx),
    tx.standardsAcknowledgement.findMany({ where: { organizationId }, select: { documentId: true } }),
    tx.submission.findFirst({
      where: { organizationId },
      orderBy: { version: "desc" },
      select: { id: true, status: true },
    }),
    getCurrentStandards(tx),
  ]);
  const openings = await tx.position.aggregate({ where: { organizationId }, _sum: { openings: true } });
  const apprentices = await tx.apprentice.groupBy({
    by: ["status"],
    where: { organizationId, status: { not: "WITHDRAWN" } },
    _count: { _all: true },
  });
  const countOf = (statuses: string[]) =>
    apprentices.filter((a) => statuses.includes(a.status)).reduce((sum, a) => sum + a._count._all, 0);
  const ackedIds = new Set(acknowledged.map((a) => a.documentId));
  const openComments = latest
    ? await tx.reviewComment.findMany({
        where: { submissionId: latest.id, resolvedAt: null },
        select: { step: true },
        distinct: ["step"],
      })
    : [];
  return {
    standardsCurrent: currentDocs.length > 0 && currentDocs.every((d) => ackedIds.has(d.id)),
    standardsAcknowledged: ackedIds.size > 0,
    positionCount: org._count.positions,
    hiringAttested: org.hiringAttestedAt !== null,
    hasFundingPlan: org.fundingPlan !== null,
    mentorCount: org._count.mentors,
    journeyworkerCount: org.journeyworkerCount,
    ratio: standards.ratio,
    plannedApprentices: openings._sum.openings ?? org.apprenticesWanted ?? 1,
    hasWageSchedule: org.wageSchedule !== null,
    hasValidSignedAgreement: org._count.agreements > 0,
    latestSubmission: latest?.status ?? null,
    stepsWithOpenComments: openComments.map((c) => c.step),
    apprenticesEnrolled: countOf(["DRAFT", "PENDING_SIGNATURES", "PENDING_REGISTRATION", "APPROVED", "REGISTERED"]),
    apprenticesApproved: countOf(["APPROVED", "REGISTERED"]),
    apprenticesWaiting: countOf([...APPRENTICES_WAITING]),
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
