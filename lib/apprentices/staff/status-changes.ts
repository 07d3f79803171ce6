import "server-only";
import { RAPIDS_ROLES } from "@/lib/apprentices/staff/data";
import { StatusChangesRangeSchema } from "@/lib/apprentices/staff/schemas";
import { recordAudit } from "@/lib/audit/record";
import { requireStaff } from "@/lib/authz";
import { db } from "@/lib/db";
import { employerIdentifier } from "@/lib/rapids/ids";
import { statusChangesCsv, type RapidsStatusChange } from "@/lib/rapids/status-changes";
import { isoDay } from "@/lib/training/weeks";

/**
 * For staff administrators: the RAPIDS status-change file (lib/rapids/status-changes.ts) of the cancellations and
 * completions that took effect between two days (the form's from and to), both included, in the order they took
 * effect; or null when the days cannot be read. It names apprentices, so each change handed out is recorded in the
 * audit trail first.
 */
export async function statusChangesFileForStaff(days: { from: unknown; to: unknown }) {
  const { user } = await requireStaff(RAPIDS_ROLES);
  const range = StatusChangesRangeSchema.safeParse(days);
  if (!range.success) return null;
  const { from, to } = range.data;
  const rows = await db.trainingStatusChange.findMany({
    where: { toStatus: { in: ["CANCELLED", "COMPLETED"] }, effectiveOn: { gte: from, lte: to } },
    orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      organizationId: true,
      toStatus: true,
      effectiveOn: true,
      cancellationReason: true,
      reason: true,
      inProbation: true,
      apprentice: {
        select: {
          rapidsApprenticeId: true,
          lastName: true,
          firstName: true,
          startDate: true,
          organization: { select: { id: true, rapidsEmployerId: true } },
        },
      },
    },
  });
  const changes: RapidsStatusChange[] = rows.map((r) => ({
    rapidsApprenticeId: r.apprentice.rapidsApprenticeId,
    lastName: r.apprentice.lastName,
    firstName: r.apprentice.firstName,
    startDate: r.apprentice.startDate,
    employerRef: employerIdentifier(r.apprentice.organization),
    kind: r.toStatus === "COMPLETED" ? "COMPLETED" : "CANCELLED",
    effectiveOn: r.effectiveOn,
    cancellationReason: r.cancellationReason,
    note: r.reason,
    inProbation: r.inProbation,
  }));
  await db.$transaction(async (tx) => {
    for (const r of rows) {
      await recordAudit(tx, {
        kind: "apprentice.rapids_status_changes_exported",
        organizationId: r.organizationId,
        actorId: user.id,
        subject: { type: "TrainingStatusChange", id: r.id },
        payload: { changes: rows.length, from: isoDay(from), to: isoDay(to) },
      });
    }
  });
  return {
    body: statusChangesCsv(changes),
    filename: `rapids-status-changes-${isoDay(from)}-to-${isoDay(to)}.csv`,
  };
}
