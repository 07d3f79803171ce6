import "server-only";
import { requireStaff } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { currentProgramDocuments } from "@/lib/onboarding/facts";
import { parseSubmissionSnapshot } from "@/lib/onboarding/submit/snapshot-schema";
import { automaticChecks } from "@/lib/review/checks";
import { snapshotChanges } from "@/lib/review/diff";

const nameOf = (u: { name: string | null; email: string } | undefined) => (u ? (u.name ?? u.email) : "a former user");

/** Everything the reviewer sees about one submission; AAMI staff only. */
export async function getSubmissionForReview(submissionId: string) {
  await requireStaff();
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      organizationId: true,
      version: true,
      status: true,
      rowVersion: true,
      snapshot: true,
      agreementId: true,
      submittedAt: true,
      submittedById: true,
      assignedReviewerId: true,
      decidedAt: true,
      agencyAcceptedAt: true,
      organization: { select: { legalName: true, city: true, state: true, region: true } },
      decisions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          fromStatus: true,
          toStatus: true,
          actorId: true,
          reason: true,
          createdAt: true,
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, step: true, body: true, resolvedAt: true, decisionId: true },
      },
      packets: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, sha256: true, createdAt: true },
      },
    },
  });
  if (!submission) throw notFound();
  const [previous, versions, documents] = await Promise.all([
    db.submission.findFirst({
      where: { organizationId: submission.organizationId, version: { lt: submission.version } },
      orderBy: { version: "desc" },
      select: { version: true, snapshot: true },
    }),
    db.submission.findMany({
      where: { organizationId: submission.organizationId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, status: true },
    }),
    currentProgramDocuments(db),
  ]);
  const userIds = [
    submission.submittedById,
    submission.assignedReviewerId,
    ...submission.decisions.map((d) => d.actorId),
  ].filter((id): id is string => !!id);
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })).map(
      (u) => [u.id, u],
    ),
  );
  const snapshot = parseSubmissionSnapshot(submission.snapshot);
  return {
    ...submission,
    snapshot,
    submittedByName: nameOf(users.get(submission.submittedById)),
    reviewerName: submission.assignedReviewerId ? nameOf(users.get(submission.assignedReviewerId)) : null,
    decisions: submission.decisions.map((d) => ({ ...d, actorName: nameOf(users.get(d.actorId)) })),
    versions,
    flags: automaticChecks(snapshot, documents),
    changes: previous
      ? { sinceVersion: previous.version, list: snapshotChanges(parseSubmissionSnapshot(previous.snapshot), snapshot) }
      : null,
  };
}

export type SubmissionForReview = Awaited<ReturnType<typeof getSubmissionForReview>>;
