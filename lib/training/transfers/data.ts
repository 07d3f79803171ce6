import "server-only";
import type { Actor, OrgContext } from "@/lib/authz";
import { managedTrainingOrganization, type TrainingAccess } from "@/lib/authz/training";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { progressOfApprentices } from "@/lib/training/dashboard/data";
import { raisesFor } from "@/lib/training/raises/data";
import { transferStep } from "@/lib/training/transfers/rules";

// What each side of a transfer reads. The sending employer's owners and admins see their latest proposal for the
// apprentice on the status page; the receiving employer's see the proposals waiting for them on /training and each one
// at /training/transfers/<id>, with the record so far, the wage step it would start at and their positions. Every
// loader is filtered by the organization the caller acts for: another organization's transfer is "not found".

/** What either side reads of a transfer: where it stands and what was said. */
const TRANSFER_FIELDS = {
  id: true,
  status: true,
  effectiveOn: true,
  note: true,
  declineReason: true,
  decidedAt: true,
  createdAt: true,
} as const;

/** The sending employer's latest proposal for the apprentice, answered or not; null when it made none. */
export async function latestTransferFrom(access: Pick<TrainingAccess, "apprenticeId" | "organizationId">) {
  return db.trainingTransfer.findFirst({
    where: { apprenticeId: access.apprenticeId, fromOrganizationId: access.organizationId },
    orderBy: { createdAt: "desc" },
    select: {
      ...TRANSFER_FIELDS,
      toOrganization: { select: { legalName: true } },
    },
  });
}
export type SentTransfer = NonNullable<Awaited<ReturnType<typeof latestTransferFrom>>>;

/** How many proposals /training lists at once; more wait their turn (the count says how many). */
export const TRANSFERS_LIST_SIZE = 20;

/** The proposals waiting for the answer of the organization the user manages; null for anyone else. */
export async function transfersToAnswer(actor: Actor) {
  const organizationId = managedTrainingOrganization(actor);
  if (!organizationId) return null;
  const where = { toOrganizationId: organizationId, status: "PROPOSED" as const };
  const [total, transfers] = await Promise.all([
    db.trainingTransfer.count({ where }),
    db.trainingTransfer.findMany({
      where,
      orderBy: { createdAt: "asc" },
      take: TRANSFERS_LIST_SIZE,
      select: {
        id: true,
        effectiveOn: true,
        apprentice: { select: { firstName: true, lastName: true } },
        fromOrganization: { select: { legalName: true } },
      },
    }),
  ]);
  return { total, transfers };
}
export type TransfersWaiting = NonNullable<Awaited<ReturnType<typeof transfersToAnswer>>>;

/** One transfer as the receiving employer reads it, with what accepting it needs. */
export async function loadTransferForReceiver(ctx: OrgContext, transferId: string) {
  const transfer = await db.trainingTransfer.findFirst({
    where: { id: transferId, toOrganizationId: ctx.org.id },
    select: {
      ...TRANSFER_FIELDS,
      apprenticeId: true,
      fromOrganization: { select: { legalName: true } },
      apprentice: { select: { firstName: true, lastName: true, startDate: true } },
    },
  });
  if (!transfer) throw new AppError("NOT_FOUND");
  // The record so far is read only while the proposal stands: once answered, the page says how, and an accepted
  // apprentice's record is the receiving employer's own to open.
  if (transfer.status !== "PROPOSED") return { transfer, proposal: null };
  const [progress, owed, positions] = await Promise.all([
    progressOfApprentices([transfer.apprenticeId]),
    raisesFor(transfer, transfer.effectiveOn, db, ctx.org.id),
    db.position.findMany({
      where: { organizationId: ctx.org.id },
      orderBy: { title: "asc" },
      select: { id: true, title: true, department: true },
    }),
  ]);
  return {
    transfer,
    proposal: {
      progress: progress.get(transfer.apprenticeId)!,
      startsAt: owed ? transferStep(owed, transfer.effectiveOn) : null,
      positions,
    },
  };
}
export type ReceivedTransfer = Awaited<ReturnType<typeof loadTransferForReceiver>>;
