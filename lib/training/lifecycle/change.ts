import "server-only";
import type { TrainingStatus } from "@prisma/client";
import { requireTrainingManager, type TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors";
import { enqueueMailToMany } from "@/lib/mail/outbox";
import { employerRecipients } from "@/lib/organizations/recipients";
import type { Tx } from "@/lib/prisma-client";
import { getCurrentStandards } from "@/lib/program/standards/data";
import {
  CANCELLATION_REASONS,
  inProbation,
  MAX_SUSPENSION_DAYS,
  STATUS_CHANGES,
  STATUS_LABEL,
  type StatusChangeName,
} from "@/lib/training/lifecycle/rules";
import type { CancelInput, SuspendInput } from "@/lib/training/lifecycle/schemas";
import { lockApprentice } from "@/lib/training/lock";
import { addDays, dayOf, isoDay } from "@/lib/training/weeks";

// An owner or admin changes where the apprentice's training stands: suspends it (a reason, the day it starts and the
// day they are expected back), resumes it, or cancels it (a reason from the list; whether it fell in probation is
// worked out from the start date and the program's probationary period). One shape for every change: under the
// apprentice's lock, the status the page showed must still allow it; the apprentice's status, the history row (never
// changed, a trigger), the audit event and the email to the apprentice, their mentor and the owners and admins are
// written in one transaction.

type ChangeInput =
  { change: "suspend"; input: SuspendInput } | { change: "resume" } | { change: "cancel"; input: CancelInput };

/** The history row of a change, from the form's input, checked against the apprentice's dates. */
export type ChangeRow = {
  effectiveOn: Date;
  reason: string | null;
  cancellationReason: CancelInput["cancellationReason"] | null;
  inProbation: boolean | null;
  returnOn: Date | null;
};

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

/** The day a change took effect: not before the start date, not in the future. */
function effectiveDay(value: string, startDate: Date, today: Date) {
  const effectiveOn = day(value);
  if (effectiveOn < startDate) fieldError("effectiveOn", "That is before the apprentice's start date.");
  if (effectiveOn > today) fieldError("effectiveOn", "Record the change once it has happened: today or earlier.");
  return effectiveOn;
}

async function changeRow(tx: Tx, c: ChangeInput, startDate: Date, today: Date): Promise<ChangeRow> {
  if (c.change === "resume") {
    return { effectiveOn: today, reason: null, cancellationReason: null, inProbation: null, returnOn: null };
  }
  const effectiveOn = effectiveDay(c.input.effectiveOn, startDate, today);
  if (c.change === "suspend") {
    const returnOn = day(c.input.returnOn);
    if (returnOn <= effectiveOn) fieldError("returnOn", "The return date comes after the day the suspension starts.");
    if (returnOn > addDays(effectiveOn, MAX_SUSPENSION_DAYS)) {
      fieldError("returnOn", "A suspension lasts at most a year: resume or cancel the training by then.");
    }
    return { effectiveOn, reason: c.input.reason, cancellationReason: null, inProbation: null, returnOn };
  }
  const { probationMonths } = await getCurrentStandards(tx);
  return {
    effectiveOn,
    reason: c.input.note || null,
    cancellationReason: c.input.cancellationReason,
    inProbation: inProbation(startDate, probationMonths, effectiveOn),
    returnOn: null,
  };
}

/** What the email says about the change, and what happens next. */
function describe(to: TrainingStatus, row: ChangeRow) {
  const from = `from ${formatLongDate(row.effectiveOn)}`;
  if (to === "SUSPENDED") {
    return {
      detail: `${from} until ${formatLongDate(row.returnOn!)}: ${row.reason}`,
      whatNext:
        "nothing new is logged, signed off or recorded on the training record until the employer resumes it (or cancels it).",
    };
  }
  if (to === "ACTIVE") {
    return { detail: from, whatNext: "hours, sign-offs, courses and raises are recorded again from today." };
  }
  if (to === "COMPLETED") {
    return {
      detail: `on ${formatLongDate(row.effectiveOn)}, as AAMI verified`,
      whatNext:
        "AAMI's certificate of completion can be downloaded from the training record's status page, and anyone can confirm it at the address printed on it. AAMI reports the completion to the Registration Agency in RAPIDS; the agency issues the Department of Labor's Certificate of Completion of Apprenticeship, which AAMI adds to the record when it arrives.",
    };
  }
  return {
    detail: `${from} (${CANCELLATION_REASONS[row.cancellationReason!].toLowerCase()}${row.reason ? `: ${row.reason}` : ""}), ${row.inProbation ? "within" : "after"} the probationary period`,
    whatNext:
      "the training record stays readable and nothing new is recorded on it. AAMI reports the cancellation, with its date and reason, to the Registration Agency in RAPIDS.",
  };
}

/** A change of status as the caller's transaction writes it; the apprentice is locked and the change allowed. */
export type StatusChange = {
  apprenticeId: string;
  organizationId: string;
  actorId: string;
  /** Who made the change, as the email names them: the organization, or AAMI. */
  changedBy: string;
  from: TrainingStatus;
  to: TrainingStatus;
  row: ChangeRow;
  ip: string | null;
};

/**
 * Writes a status change in the caller's transaction: the apprentice's status, the history row (never changed, a
 * trigger), the audit event and the email to the apprentice, their mentor and the owners and admins. The employer's
 * changes (below) and AAMI's verification of a completion (lib/training/completion/decide.ts) both go through it.
 */
export async function recordStatusChange(tx: Tx, c: StatusChange) {
  await tx.apprentice.update({ where: { id: c.apprenticeId }, data: { trainingStatus: c.to } });
  const change = await tx.trainingStatusChange.create({
    data: {
      organizationId: c.organizationId,
      apprenticeId: c.apprenticeId,
      fromStatus: c.from,
      toStatus: c.to,
      changedById: c.actorId,
      ...c.row,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    kind: "training.status_changed",
    organizationId: c.organizationId,
    actorId: c.actorId,
    subject: { type: "TrainingStatusChange", id: change.id },
    payload: {
      apprenticeId: c.apprenticeId,
      from: c.from,
      to: c.to,
      effectiveOn: isoDay(c.row.effectiveOn),
      reason: c.row.reason,
      cancellationReason: c.row.cancellationReason,
      inProbation: c.row.inProbation,
      returnOn: c.row.returnOn && isoDay(c.row.returnOn),
    },
    ip: c.ip,
  });
  const people = await tx.apprentice.findUniqueOrThrow({
    where: { id: c.apprenticeId },
    select: {
      firstName: true,
      lastName: true,
      email: true,
      user: { select: { email: true } },
      mentor: { select: { user: { select: { email: true } } } },
    },
  });
  const addresses = [
    ...(await employerRecipients(tx, c.organizationId)),
    people.user?.email ?? people.email,
    people.mentor?.user?.email,
  ].filter((a): a is string => !!a);
  await enqueueMailToMany(tx, {
    template: "training-status-changed",
    recipients: [...new Set(addresses.map((a) => a.toLowerCase()))].map((to) => ({
      to,
      organizationId: c.organizationId,
    })),
    props: {
      apprenticeName: `${people.firstName} ${people.lastName}`,
      changedBy: c.changedBy,
      status: STATUS_LABEL[c.to],
      ...describe(c.to, c.row),
      recordUrl: `${env().APP_URL}/training/${c.apprenticeId}/status`,
    },
  });
}

/** An owner or admin suspends, resumes or cancels the apprentice's training. */
export async function changeTrainingStatus(
  access: TrainingAccess,
  c: ChangeInput,
  ip: string | null,
  now = new Date(),
) {
  requireTrainingManager(access, "change an apprentice's status");
  const { from, to } = STATUS_CHANGES[c.change satisfies StatusChangeName];
  const today = dayOf(now);
  await db.$transaction(async (tx) => {
    const apprentice = await lockApprentice(tx, access, { anyStatus: true });
    if (!(from as readonly TrainingStatus[]).includes(apprentice.trainingStatus)) {
      throw new AppError(
        "CONFLICT",
        `${apprentice.firstName}'s training is ${STATUS_LABEL[apprentice.trainingStatus].toLowerCase()} now, so it cannot be changed that way. Reload the page.`,
      );
    }
    const organization = await tx.organization.findUniqueOrThrow({
      where: { id: access.organizationId },
      select: { legalName: true },
    });
    await recordStatusChange(tx, {
      apprenticeId: access.apprenticeId,
      organizationId: access.organizationId,
      actorId: access.user.id,
      changedBy: organization.legalName,
      from: apprentice.trainingStatus,
      to,
      row: await changeRow(tx, c, apprentice.startDate, today),
      ip,
    });
  });
}
