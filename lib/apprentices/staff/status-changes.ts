import "server-only";
import { RAPIDS_ROLES } from "@/lib/apprentices/staff/data";
import { StatusChangesRangeSchema } from "@/lib/apprentices/staff/schemas";
import { recordAudit } from "@/lib/audit/record";
import { requireStaff } from "@/lib/authz";
import { db } from "@/lib/db";
import { employerIdentifier } from "@/lib/rapids/ids";
import { statusChangesCsv, type RapidsStatusChange } from "@/lib/rapids/status-changes";
import { addDays, isoDay } from "@/lib/training/weeks";

const apprenticeSelect = {
  select: { rapidsApprenticeId: true, lastName: true, firstName: true, startDate: true },
} as const;
const employerSelect = { select: { id: true, rapidsEmployerId: true } } as const;

/**
 * For staff administrators: the RAPIDS status-change file (lib/rapids/status-changes.ts) of the cancellations,
 * completions and transfers recorded between two days (the form's from and to), both included, in the order they took
 * effect; or null when the days cannot be read. By the day recorded, not the day it took effect: a cancellation dated
 * back, a completion verified or a transfer accepted after its day is in the next file rather than in none, and each
 * change is in the file of one range. It names apprentices, so each change handed out is recorded in the audit trail
 * first.
 */
export async function statusChangesFileForStaff(days: { from: unknown; to: unknown }) {
  const { user } = await requireStaff(RAPIDS_ROLES);
  const range = StatusChangesRangeSchema.safeParse(days);
  if (!range.success) return null;
  const { from, to } = range.data;
  const recorded = { gte: from, lt: addDays(to, 1) };
  const [statusChanges, transfers] = await Promise.all([
    db.trainingStatusChange.findMany({
      where: { toStatus: { in: ["CANCELLED", "COMPLETED"] }, createdAt: recorded },
      select: {
        id: true,
        organization: employerSelect,
        toStatus: true,
        effectiveOn: true,
        createdAt: true,
        cancellationReason: true,
        reason: true,
        inProbation: true,
        apprentice: apprenticeSelect,
      },
    }),
    // A transfer's own row says who it went from and to (the two status-history rows each name only one side).
    db.trainingTransfer.findMany({
      where: { status: "ACCEPTED", decidedAt: recorded },
      select: {
        id: true,
        fromOrganization: employerSelect,
        toOrganization: employerSelect,
        effectiveOn: true,
        decidedAt: true,
        apprentice: apprenticeSelect,
      },
    }),
  ]);
  const rows = [
    ...statusChanges.map((r) => ({
      subject: { type: "TrainingStatusChange", id: r.id },
      organizationId: r.organization.id,
      recordedAt: r.createdAt,
      change: {
        ...r.apprentice,
        employerRef: employerIdentifier(r.organization),
        newEmployerRef: null,
        kind: r.toStatus === "COMPLETED" ? "COMPLETED" : "CANCELLED",
        effectiveOn: r.effectiveOn,
        cancellationReason: r.cancellationReason,
        note: r.reason,
        inProbation: r.inProbation,
      } satisfies RapidsStatusChange,
    })),
    ...transfers.map((t) => ({
      subject: { type: "TrainingTransfer", id: t.id },
      organizationId: t.fromOrganization.id,
      recordedAt: t.decidedAt!,
      change: {
        ...t.apprentice,
        employerRef: employerIdentifier(t.fromOrganization),
        newEmployerRef: employerIdentifier(t.toOrganization),
        kind: "TRANSFERRED",
        effectiveOn: t.effectiveOn,
        cancellationReason: null,
        note: null,
        inProbation: null,
      } satisfies RapidsStatusChange,
    })),
  ].sort(
    (a, b) =>
      a.change.effectiveOn.getTime() - b.change.effectiveOn.getTime() ||
      a.recordedAt.getTime() - b.recordedAt.getTime(),
  );
  await db.$transaction(async (tx) => {
    for (const r of rows) {
      await recordAudit(tx, {
        kind: "apprentice.rapids_status_changes_exported",
        organizationId: r.organizationId,
        actorId: user.id,
        subject: r.subject,
        payload: { changes: rows.length, from: isoDay(from), to: isoDay(to) },
      });
    }
  });
  return {
    body: statusChangesCsv(rows.map((r) => r.change)),
    filename: `rapids-status-changes-${isoDay(from)}-to-${isoDay(to)}.csv`,
  };
}
