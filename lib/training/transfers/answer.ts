import "server-only";
import type { TransferStatus } from "@prisma/client";
import type { Actor } from "@/lib/authz";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors";
import { formatCents } from "@/lib/forms/fields";
import { enqueueMailToMany } from "@/lib/mail/outbox";
import { employerRecipients, staffRecipients } from "@/lib/organizations/recipients";
import type { Tx } from "@/lib/prisma-client";
import { raisesFor } from "@/lib/training/raises/data";
import { lockApprentice } from "@/lib/training/lock";
import { transferStep } from "@/lib/training/transfers/rules";
import { dayOf } from "@/lib/training/weeks";
import { PARTNER_SUBMISSION } from "@/lib/review/transitions";
import type { AcceptTransferInput, DeclineTransferInput } from "@/lib/training/transfers/schemas";
import { requireSettledRecord } from "@/lib/training/transfers/settled";

// The answer to a proposed transfer: the receiving employer's owner or admin accepts or declines it, or the sending
// employer's withdraws it. One shape for the three: lock the proposal (a second answer waits, then finds it answered
// and is told so), then the apprentice; write the answer, the audit event and the email to both employers and the
// apprentice in one transaction. Accepting also moves the record: the apprentice's organization becomes the receiving
// employer, with the position it chose and no mentor (its owners assign one); the history gets "Active → Transferred"
// for the sending employer and "Transferred → Active" for the receiving one. Every row recorded so far keeps its
// organization and stays with the apprentice, so hours, sign-offs, courses and credentials carry over; raises are
// each employer's own schedule's steps (lib/training/raises/data.ts).

type Answer =
  | { answer: "ACCEPTED"; input: AcceptTransferInput }
  | { answer: "DECLINED"; input: DeclineTransferInput }
  | { answer: "WITHDRAWN"; transferId: string };

/** Which side answers: the receiving employer accepts or declines, the sending one withdraws. */
type Side = { organizationId: string; actor: Actor };

const PAST: Record<TransferStatus, string> = {
  PROPOSED: "proposed",
  ACCEPTED: "accepted",
  DECLINED: "declined",
  WITHDRAWN: "withdrawn",
};

type LockedTransfer = {
  id: string;
  apprenticeId: string;
  fromOrganizationId: string;
  toOrganizationId: string;
  status: TransferStatus;
  effectiveOn: Date;
  decidedAt: Date | null;
};

async function lockTransfer(tx: Tx, transferId: string, answer: Answer["answer"], organizationId: string) {
  const [transfer] = await tx.$queryRaw<LockedTransfer[]>`
    SELECT id, "apprenticeId", "fromOrganizationId", "toOrganizationId", status::text AS status, "effectiveOn",
           "decidedAt"
      FROM "TrainingTransfer"
     WHERE id = ${transferId}
       AND (CASE WHEN ${answer === "WITHDRAWN"} THEN "fromOrganizationId" ELSE "toOrganizationId" END) = ${organizationId}
       FOR UPDATE`;
  if (!transfer) throw new AppError("NOT_FOUND");
  if (transfer.status !== "PROPOSED") {
    throw new AppError(
      "CONFLICT",
      `This transfer was ${PAST[transfer.status]}${transfer.decidedAt ? ` on ${formatLongDate(transfer.decidedAt)}` : ""}. Reload the page.`,
    );
  }
  return transfer;
}

/**
 * Accepting: the checks and the move, under the apprentice's lock; returns what the audit and the email say. It is
 * accepted from the first day with the receiving employer, not before: until then the apprentice works for the sending
 * one, whose mentor approves the weeks worked there.
 */
async function acceptInto(tx: Tx, transfer: LockedTransfer, input: AcceptTransferInput, actor: Actor, now: Date) {
  if (transfer.effectiveOn > dayOf(now)) {
    throw new AppError(
      "CONFLICT",
      `You can accept this transfer from ${formatLongDate(transfer.effectiveOn)}, the first day with you: until then the apprentice works for the sending employer.`,
    );
  }
  // Only an employer partner receives apprentices: AAMI may have withdrawn its approval since the proposal.
  const partner = await tx.submission.count({
    where: { organizationId: transfer.toOrganizationId, ...PARTNER_SUBMISSION },
  });
  if (partner === 0) {
    throw new AppError(
      "CONFLICT",
      "Your organization is not an AAMI employer partner now, so it cannot take apprentices.",
    );
  }
  const apprentice = await lockApprentice(tx, {
    apprenticeId: transfer.apprenticeId,
    organizationId: transfer.fromOrganizationId,
  });
  await requireSettledRecord(tx, transfer.apprenticeId, apprentice.firstName);
  const position = await tx.position.findFirst({
    where: { id: input.positionId, organizationId: transfer.toOrganizationId },
    select: { id: true },
  });
  if (!position) fieldError("positionId", "Choose one of your organization's positions.");
  const owed = await raisesFor(transfer, transfer.effectiveOn, tx, transfer.toOrganizationId);
  if (!owed) {
    throw new AppError(
      "CONFLICT",
      "Your organization has no signed wage schedule (checklist step 6), so the wage the apprentice starts at cannot be checked. Sign it first.",
    );
  }
  const { step, period } = transferStep(owed, transfer.effectiveOn);
  if (input.wage < period.cents) {
    fieldError(
      "wage",
      `Your wage schedule pays ${formatCents(period.cents)} an hour at the step ${apprentice.firstName} has reached (${period.label.toLowerCase()}): the wage cannot be lower.`,
    );
  }
  // The mentor left behind is told that their mentee has moved.
  const { mentor } = await tx.apprentice.findUniqueOrThrow({
    where: { id: transfer.apprenticeId },
    select: { mentor: { select: { user: { select: { email: true } } } } },
  });
  await tx.apprentice.update({
    where: { id: transfer.apprenticeId },
    data: { organizationId: transfer.toOrganizationId, positionId: position.id, mentorId: null },
  });
  const [from, to] = await Promise.all(
    [transfer.fromOrganizationId, transfer.toOrganizationId].map((id) =>
      tx.organization.findUniqueOrThrow({ where: { id }, select: { legalName: true } }),
    ),
  );
  // The history is read newest first: the arrival is written a millisecond after the departure, so the two rows of one
  // transfer always read in that order.
  const departed = new Date();
  await tx.trainingStatusChange.createMany({
    data: [
      {
        organizationId: transfer.fromOrganizationId,
        fromStatus: "ACTIVE" as const,
        toStatus: "TRANSFERRED" as const,
        reason: `To ${to!.legalName}`,
        createdAt: departed,
      },
      {
        organizationId: transfer.toOrganizationId,
        fromStatus: "TRANSFERRED" as const,
        toStatus: "ACTIVE" as const,
        reason: `From ${from!.legalName}`,
        createdAt: new Date(departed.getTime() + 1),
      },
    ].map((row) => ({
      ...row,
      apprenticeId: transfer.apprenticeId,
      effectiveOn: transfer.effectiveOn,
      changedById: actor.id,
    })),
  });
  return {
    answered: { positionId: position.id, wageStep: step, wageCents: input.wage },
    leftMentor: mentor?.user?.email ?? null,
  };
}

/**
 * Answers a proposed transfer for the organization `side` acts for: the receiving one accepts or declines, the
 * sending one withdraws. Anyone else's transfer, and a transfer already answered, is refused before anything changes.
 */
export async function answerTransfer(side: Side, a: Answer, ip: string | null, now = new Date()) {
  const transferId = a.answer === "WITHDRAWN" ? a.transferId : a.input.transferId;
  return db.$transaction(async (tx) => {
    const transfer = await lockTransfer(tx, transferId, a.answer, side.organizationId);
    const accepted = a.answer === "ACCEPTED" ? await acceptInto(tx, transfer, a.input, side.actor, now) : null;
    if (a.answer !== "ACCEPTED") {
      // Declining or withdrawing changes nothing on the record: the apprentice's lock only waits for a change of
      // status or a proposal being written, whatever the status.
      await lockApprentice(
        tx,
        { apprenticeId: transfer.apprenticeId, organizationId: transfer.fromOrganizationId },
        {
          anyStatus: true,
        },
      );
    }
    const declineReason = a.answer === "DECLINED" ? a.input.reason : null;
    await tx.trainingTransfer.update({
      where: { id: transfer.id },
      data: { status: a.answer, decidedById: side.actor.id, decidedAt: now, declineReason, ...accepted?.answered },
    });
    await recordAudit(tx, {
      kind: "training.transfer_answered",
      organizationId: side.organizationId,
      actorId: side.actor.id,
      subject: { type: "TrainingTransfer", id: transfer.id },
      payload: {
        apprenticeId: transfer.apprenticeId,
        answer: a.answer,
        fromOrganizationId: transfer.fromOrganizationId,
        toOrganizationId: transfer.toOrganizationId,
        wageStep: accepted?.answered.wageStep ?? null,
        wageCents: accepted?.answered.wageCents ?? null,
        reason: declineReason,
      },
      ip,
    });
    await emailAnswer(tx, transfer, a.answer, declineReason, accepted?.leftMentor ?? null);
    return { apprenticeId: transfer.apprenticeId };
  });
}

/** Tells both employers' owners and admins, the apprentice and, accepted, the mentor they leave and AAMI staff. */
async function emailAnswer(
  tx: Tx,
  transfer: LockedTransfer,
  answer: Answer["answer"],
  reason: string | null,
  leftMentor: string | null,
) {
  const [from, to, person] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: transfer.fromOrganizationId }, select: { legalName: true } }),
    tx.organization.findUniqueOrThrow({ where: { id: transfer.toOrganizationId }, select: { legalName: true } }),
    tx.apprentice.findUniqueOrThrow({
      where: { id: transfer.apprenticeId },
      select: { firstName: true, lastName: true, email: true, user: { select: { email: true } } },
    }),
  ]);
  const whatNext = {
    ACCEPTED: `${person.firstName}'s training record is now with ${to.legalName}, whose owners and admins assign a mentor there. The hours, skills signed off, courses and credentials recorded so far stay on it; raises from here follow ${to.legalName}'s wage schedule. AAMI staff update the employer on ${person.firstName}'s registration in RAPIDS.`,
    DECLINED: `${person.firstName} stays with ${from.legalName}, whose owners and admins may propose a transfer again.`,
    WITHDRAWN: `${person.firstName} stays with ${from.legalName}; nothing changed on the record.`,
  }[answer];
  const stays = answer === "ACCEPTED" ? transfer.toOrganizationId : transfer.fromOrganizationId;
  const recipients = [
    ...(await employerRecipients(tx, transfer.fromOrganizationId)).map((address) => ({
      to: address,
      organizationId: transfer.fromOrganizationId,
    })),
    ...(await employerRecipients(tx, transfer.toOrganizationId)).map((address) => ({
      to: address,
      organizationId: transfer.toOrganizationId,
    })),
    ...[person.user?.email ?? person.email, leftMentor]
      .filter((address): address is string => !!address)
      .map((address) => ({ to: address.toLowerCase(), organizationId: stays })),
    // AAMI staff update the employer on the apprentice's registration in RAPIDS.
    ...(answer === "ACCEPTED" ? await staffRecipients(tx) : []).map((address) => ({
      to: address.toLowerCase(),
      organizationId: null,
    })),
  ];
  await enqueueMailToMany(tx, {
    template: "training-transfer",
    recipients: [...new Map(recipients.map((r) => [r.to.toLowerCase(), r])).values()],
    props: {
      apprenticeName: `${person.firstName} ${person.lastName}`,
      event: PAST[answer] as "accepted" | "declined" | "withdrawn",
      from: from.legalName,
      to: to.legalName,
      effectiveOn: formatLongDate(transfer.effectiveOn),
      detail: reason,
      whatNext,
      url: `${env().APP_URL}/training`,
    },
  });
}
