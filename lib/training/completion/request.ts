import "server-only";
import { requireTrainingManager, type TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors";
import { enqueueMailToMany } from "@/lib/mail/outbox";
import { staffRecipients } from "@/lib/organizations/recipients";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { checklistMet } from "@/lib/training/completion/checklist";
import { loadCompletion } from "@/lib/training/completion/data";
import type { RequestCompletionInput } from "@/lib/training/completion/schemas";
import { lockApprentice } from "@/lib/training/lock";
import { dayOf } from "@/lib/training/weeks";

// An owner or admin asks AAMI to verify that the apprentice completed the program. Only when the checklist the page
// computes is met (under the apprentice's lock, so nothing it counts changes meanwhile), once at a time (a partial
// unique index: a second request, or two at once, is refused), audited, and AAMI staff are emailed.

const ALREADY = "A completion request for this apprentice is already with AAMI. Reload the page to see it.";

export async function requestCompletion(
  access: TrainingAccess,
  input: RequestCompletionInput,
  ip: string | null,
  now = new Date(),
) {
  requireTrainingManager(access, "ask AAMI to verify a completion");
  const completedOn = new Date(`${input.completedOn}T00:00:00.000Z`);
  try {
    await db.$transaction(async (tx) => {
      const apprentice = await lockApprentice(tx, access);
      if (completedOn < apprentice.startDate) fieldError("completedOn", "That is before the apprentice's start date.");
      if (completedOn > dayOf(now))
        fieldError("completedOn", "Ask once the apprentice has completed: today or earlier.");
      const { checklist } = await loadCompletion(access, now);
      if (!checklistMet(checklist)) {
        const open = checklist.filter((i) => !i.met).map((i) => `${i.label.toLowerCase()} (${i.detail})`);
        throw new AppError("CONFLICT", `The checklist is not complete yet: ${open.join("; ")}.`);
      }
      const completion = await tx.completion.create({
        data: {
          organizationId: access.organizationId,
          apprenticeId: access.apprenticeId,
          completedOn,
          requestedById: access.user.id,
          checklist,
        },
        select: {
          id: true,
          apprentice: { select: { firstName: true, lastName: true, organization: { select: { legalName: true } } } },
        },
      });
      await recordAudit(tx, {
        kind: "training.completion_requested",
        organizationId: access.organizationId,
        actorId: access.user.id,
        subject: { type: "Completion", id: completion.id },
        payload: { apprenticeId: access.apprenticeId, completedOn: input.completedOn },
        ip,
      });
      await enqueueMailToMany(tx, {
        template: "staff-completion-requested",
        recipients: (await staffRecipients(tx)).map((to) => ({ to, organizationId: null })),
        props: {
          apprenticeName: `${completion.apprentice.firstName} ${completion.apprentice.lastName}`,
          organizationName: completion.apprentice.organization.legalName,
          reviewUrl: `${env().APP_URL}/staff/apprentices/${access.apprenticeId}#completion`,
        },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", ALREADY);
    throw error;
  }
}
