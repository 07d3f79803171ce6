import "server-only";
import type { CandidateStatus } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { StaffContext } from "@/lib/authz";
import { CANDIDATE_STATUS_OPTIONS, optionLabel } from "@/lib/candidates/options";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";

// Staff move a candidate between New, Contacted, Hired and Not a fit. One transaction: an update conditional on
// the status the staff member saw, the history entries and the audit event. Two staff acting at once: the
// second update matches no row (Postgres re-checks the condition once the first commits), nothing is written
// for it, and it is told who changed what. The candidate is not emailed: the status is AAMI's working note.

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const statusLabel = (status: string) => optionLabel(CANDIDATE_STATUS_OPTIONS, status).toLowerCase();

async function conflict(tx: Tx, candidateId: string): Promise<never> {
  const current = await tx.candidate.findUnique({ where: { id: candidateId }, select: { status: true } });
  if (!current) throw notFound();
  const latest = await tx.candidateEvent.findFirst({
    where: { candidateId, kind: "status-changed" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorId: true, createdAt: true },
  });
  const actor = latest?.actorId
    ? await tx.user.findUnique({ where: { id: latest.actorId }, select: { name: true, email: true } })
    : null;
  const who = latest
    ? `${actor?.name ?? actor?.email ?? "Another staff member"} changed it at ${when.format(latest.createdAt)} UTC, while you were looking at it. `
    : "It changed while you were looking at it. ";
  throw new AppError(
    "CONFLICT",
    `This candidate's status is now ${statusLabel(current.status)}. ${who}Nothing was changed by you; reload the page to see the latest.`,
  );
}

export async function changeCandidateStatus(
  ctx: StaffContext,
  change: { candidateId: string; expectedStatus: CandidateStatus; status: CandidateStatus; note?: string },
  ip: string | null,
) {
  const { candidateId, expectedStatus, status, note } = change;
  await db.$transaction(async (tx) => {
    const moved = await tx.candidate.updateMany({
      where: { id: candidateId, status: expectedStatus },
      data: { status },
    });
    if (moved.count === 0) await conflict(tx, candidateId);
    // One timestamp for both entries; the status change is written last so it heads the history (newest first).
    const at = new Date();
    if (note) {
      await tx.candidateEvent.create({
        data: { candidateId, kind: "staff-note", actorId: ctx.user.id, note, createdAt: at },
      });
    }
    await tx.candidateEvent.create({
      data: { candidateId, kind: "status-changed", actorId: ctx.user.id, note: status, createdAt: at },
    });
    // The note stays out of the append-only audit log: it may hold personal details, and the candidate's own
    // records (events included) must be deletable when they ask.
    await recordAudit(tx, {
      kind: "candidate.status_changed",
      organizationId: null,
      actorId: ctx.user.id,
      subject: { type: "Candidate", id: candidateId },
      payload: { from: expectedStatus, to: status, withNote: Boolean(note) },
      ip,
    });
  });
}
