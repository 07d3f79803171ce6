import "server-only";
import { MANAGER_ROLES } from "@/lib/authz";
import { requireTrainingManager, type TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/dates";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors";
import { enqueueMail, enqueueMailToMany } from "@/lib/mail/outbox";
import { employerRecipients } from "@/lib/organizations/recipients";
import { isUniqueViolation } from "@/lib/prisma-errors";
import type { RateLimitRule } from "@/lib/rate-limit";
import { PARTNER_SUBMISSION } from "@/lib/review/transitions";
import { lockApprentice, stintStartOf } from "@/lib/training/lock";
import { requireSettledRecord } from "@/lib/training/transfers/settled";
import type { ProposeTransferInput } from "@/lib/training/transfers/schemas";
import { addDays, dayOf } from "@/lib/training/weeks";

// The sending employer's owner or admin proposes moving an active apprentice to another employer partner of the
// program, once the apprentice has agreed. The receiving employer is named by the address one of its owners or admins
// signs in with: the two employers have talked, and no employer browses the others. Under the apprentice's lock the
// record must be settled (lib/training/transfers/settled.ts); one proposal stands at a time (a partial unique index).

/** How far ahead a transfer may be planned. */
export const MAX_DAYS_AHEAD = 90;

/**
 * Proposals per sending organization and hour (not per account, which an owner could multiply by adding admins).
 * Each one looks an address up among the partners' owners and admins and says whether it answers for one; the limit
 * keeps that from being a way to read the directory, and is far above what an employer transferring apprentices needs.
 */
export const TRANSFER_PROPOSAL_LIMIT = {
  name: "transfer-proposal",
  limit: 10,
  windowSeconds: 3600,
} satisfies RateLimitRule;
export const TOO_MANY_PROPOSALS =
  "Your organization has proposed transfers to several addresses in the last hour. Check the address with the receiving employer and try again in an hour; what you typed is still here.";

/** The employer partner (AAMI approved it) an owner or admin with that address answers for, other than `except`. */
async function receivingEmployer(receiverEmail: string, except: string) {
  const partners = await db.organization.findMany({
    where: {
      id: { not: except },
      memberships: {
        some: { role: { in: [...MANAGER_ROLES] }, user: { email: { equals: receiverEmail, mode: "insensitive" } } },
      },
      submissions: { some: PARTNER_SUBMISSION },
    },
    select: { id: true, legalName: true },
    take: 2,
  });
  if (partners.length === 0) {
    fieldError(
      "receiverEmail",
      "No owner or admin of another AAMI employer partner signs in with that address. Ask the receiving employer for the address of their owner or admin.",
    );
  }
  if (partners.length > 1) {
    fieldError(
      "receiverEmail",
      "That address answers for more than one employer partner. Ask the receiving employer for the address of someone who answers only for theirs.",
    );
  }
  return partners[0]!;
}

export async function proposeTransfer(
  access: TrainingAccess,
  input: ProposeTransferInput,
  ip: string | null,
  now = new Date(),
) {
  requireTrainingManager(access, "transfer an apprentice");
  const effectiveOn = new Date(`${input.effectiveOn}T00:00:00.000Z`);
  if (effectiveOn > addDays(dayOf(now), MAX_DAYS_AHEAD)) {
    fieldError("effectiveOn", `Propose a transfer at most ${MAX_DAYS_AHEAD} days before it takes effect.`);
  }
  const receiver = await receivingEmployer(input.receiverEmail, access.organizationId);
  try {
    await db.$transaction(async (tx) => {
      const apprentice = await lockApprentice(tx, access);
      // After the first day of the apprentice's time here, so the times with each employer follow one another.
      if (effectiveOn <= stintStartOf(apprentice)) {
        fieldError(
          "effectiveOn",
          apprentice.transferredOn
            ? "The transfer takes effect after the apprentice's first day with your organization."
            : "The transfer takes effect after the apprentice's start date.",
        );
      }
      await requireSettledRecord(tx, access.apprenticeId, apprentice.firstName);
      const transfer = await tx.trainingTransfer.create({
        data: {
          apprenticeId: access.apprenticeId,
          fromOrganizationId: access.organizationId,
          toOrganizationId: receiver.id,
          effectiveOn,
          note: input.note ?? null,
          proposedById: access.user.id,
        },
        select: {
          id: true,
          fromOrganization: { select: { legalName: true } },
          apprentice: { select: { firstName: true, lastName: true, email: true, user: { select: { email: true } } } },
        },
      });
      await recordAudit(tx, {
        kind: "training.transfer_proposed",
        organizationId: access.organizationId,
        actorId: access.user.id,
        subject: { type: "TrainingTransfer", id: transfer.id },
        payload: { apprenticeId: access.apprenticeId, toOrganizationId: receiver.id, effectiveOn: input.effectiveOn },
        ip,
      });
      const { apprentice: person } = transfer;
      const apprenticeName = `${person.firstName} ${person.lastName}`;
      const props = {
        apprenticeName,
        event: "proposed" as const,
        from: transfer.fromOrganization.legalName,
        to: receiver.legalName,
        effectiveOn: formatLongDate(effectiveOn),
        detail: input.note ?? null,
      };
      await enqueueMailToMany(tx, {
        template: "training-transfer",
        recipients: (await employerRecipients(tx, receiver.id, [input.receiverEmail])).map((to) => ({
          to,
          organizationId: receiver.id,
        })),
        props: {
          ...props,
          whatNext: `an owner or admin of ${receiver.legalName} reads ${person.firstName}'s record so far and accepts the transfer, with the position and the wage ${person.firstName} starts at, or declines it. Nothing moves until then.`,
          url: `${env().APP_URL}/training/transfers/${transfer.id}`,
        },
      });
      const apprenticeAddress = person.user?.email ?? person.email;
      if (apprenticeAddress) {
        await enqueueMail(tx, {
          template: "training-transfer",
          to: apprenticeAddress,
          organizationId: access.organizationId,
          props: {
            ...props,
            whatNext: `${receiver.legalName} accepts or declines it. Your hours, skills signed off, courses and credentials go with you.`,
            url: `${env().APP_URL}/training/${access.apprenticeId}/status`,
          },
        });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "A transfer of this apprentice is already proposed. Reload the page to see it.");
    }
    throw error;
  }
}
