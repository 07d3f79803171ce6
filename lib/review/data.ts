import "server-only";
import { Prisma, type DecisionKind, type StepKey, type SubmissionStatus } from "@prisma/client";
import { requireStaff } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { currentProgramDocuments } from "@/lib/onboarding/facts";
import { parseSubmissionSnapshot } from "@/lib/onboarding/submit/snapshot-schema";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { automaticChecks } from "@/lib/review/checks";
import { snapshotChanges } from "@/lib/review/diff";

/** A user's name as the page shows it: the name, else the email; null for a user who no longer exists. */
const userNameOf = (column: Prisma.Sql) =>
  Prisma.sql`(SELECT COALESCE(u.name, u.email) FROM "User" u WHERE u.id = ${column})`;
const FORMER_USER = "a former user";

type JsonDate = string;
type ReviewRow = {
  id: string;
  organizationId: string;
  version: number;
  status: SubmissionStatus;
  rowVersion: number;
  snapshot: Prisma.JsonValue;
  agreementId: string | null;
  submittedAt: Date;
  submittedById: string;
  assignedReviewerId: string | null;
  decidedAt: Date | null;
  agencyAcceptedAt: Date | null;
  organization: { legalName: string; city: string; state: string; region: string };
  submittedByName: string | null;
  reviewerName: string | null;
  decisions: Array<{
    id: string;
    kind: DecisionKind;
    fromStatus: SubmissionStatus;
    toStatus: SubmissionStatus;
    actorId: string;
    actorName: string | null;
    reason: string | null;
    createdAt: JsonDate;
  }>;
  comments: Array<{ id: string; step: StepKey; body: string; resolvedAt: JsonDate | null; decisionId: string | null }>;
  packets: Array<{ id: string; version: number; sha256: string; createdAt: JsonDate }>;
  versions: Array<{ id: string; version: number; status: SubmissionStatus }>;
  previous: { version: number; snapshot: Prisma.JsonValue } | null;
};

/**
 * Everything the reviewer sees about one submission; AAMI staff only. The submission, its organization, history,
 * packets, the organization's other versions and the one before it for the comparison, with every person's name,
 * come in one statement (timestamps inside JSON as timestamptz, so they read back exactly).
 */
export async function getSubmissionForReview(submissionId: string) {
  await requireStaff();
  const [[submission], documents, standards] = await Promise.all([
    db.$queryRaw<ReviewRow[]>`
      SELECT s.id, s."organizationId", s.version, s.status::text AS status, s."rowVersion", s.snapshot,
             s."agreementId", s."submittedAt", s."submittedById", s."assignedReviewerId", s."decidedAt",
             s."agencyAcceptedAt",
             json_build_object('legalName', o."legalName", 'city', o.city, 'state', o.state, 'region', o.region)
               AS organization,
             ${userNameOf(Prisma.sql`s."submittedById"`)} AS "submittedByName",
             ${userNameOf(Prisma.sql`s."assignedReviewerId"`)} AS "reviewerName",
             COALESCE((SELECT json_agg(json_build_object(
                                'id', d.id, 'kind', d.kind, 'fromStatus', d."fromStatus", 'toStatus', d."toStatus",
                                'actorId', d."actorId", 'actorName', ${userNameOf(Prisma.sql`d."actorId"`)},
                                'reason', d.reason, 'createdAt', d."createdAt" AT TIME ZONE 'UTC')
                              ORDER BY d."createdAt")
                         FROM "ReviewDecision" d WHERE d."submissionId" = s.id), '[]'::json) AS decisions,
             COALESCE((SELECT json_agg(json_build_object(
                                'id', c.id, 'step', c.step, 'body', c.body,
                                'resolvedAt', c."resolvedAt" AT TIME ZONE 'UTC', 'decisionId', c."decisionId")
                              ORDER BY c."createdAt")
                         FROM "ReviewComment" c WHERE c."submissionId" = s.id), '[]'::json) AS comments,
             COALESCE((SELECT json_agg(json_build_object(
                                'id', p.id, 'version', p.version, 'sha256', p.sha256,
                                'createdAt', p."createdAt" AT TIME ZONE 'UTC')
                              ORDER BY p.version DESC)
                         FROM "RegistrationPacket" p WHERE p."submissionId" = s.id), '[]'::json) AS packets,
             (SELECT json_agg(json_build_object('id', v.id, 'version', v.version, 'status', v.status)
                              ORDER BY v.version DESC)
                FROM "Submission" v WHERE v."organizationId" = s."organizationId") AS versions,
             (SELECT json_build_object('version', v.version, 'snapshot', v.snapshot)
                FROM "Submission" v WHERE v."organizationId" = s."organizationId" AND v.version < s.version
               ORDER BY v.version DESC LIMIT 1) AS previous
        FROM "Submission" s JOIN "Organization" o ON o.id = s."organizationId"
       WHERE s.id = ${submissionId}`,
    currentProgramDocuments(db),
    getCurrentStandards(),
  ]);
  if (!submission) throw notFound();
  const { submittedByName, reviewerName, previous, ...row } = submission;
  const snapshot = parseSubmissionSnapshot(row.snapshot);
  return {
    ...row,
    snapshot,
    submittedByName: submittedByName ?? FORMER_USER,
    reviewerName: row.assignedReviewerId ? (reviewerName ?? FORMER_USER) : null,
    decisions: row.decisions.map((d) => ({
      ...d,
      actorName: d.actorName ?? FORMER_USER,
      createdAt: new Date(d.createdAt),
    })),
    comments: row.comments.map((c) => ({ ...c, resolvedAt: c.resolvedAt === null ? null : new Date(c.resolvedAt) })),
    packets: row.packets.map((p) => ({ ...p, createdAt: new Date(p.createdAt) })),
    standards,
    flags: automaticChecks(snapshot, documents, standards),
    changes: previous
      ? { sinceVersion: previous.version, list: snapshotChanges(parseSubmissionSnapshot(previous.snapshot), snapshot) }
      : null,
  };
}

export type SubmissionForReview = Awaited<ReturnType<typeof getSubmissionForReview>>;
