import "server-only";
import { requireTrainingManager, type TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/dates";
import { AppError, fieldError } from "@/lib/errors";
import { formatCents } from "@/lib/forms/fields";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { raisesFor } from "@/lib/training/raises/data";
import { recordable } from "@/lib/training/raises/rules";
import type { RecordRaiseInput } from "@/lib/training/raises/schemas";
import { lockApprentice, stintStartOf } from "@/lib/training/lock";
import { addDays } from "@/lib/training/weeks";

// An owner or admin records a raise they gave. Under the apprentice's lock the raises are worked out again, so the
// step must be one that is due (or within the two weeks before), and the wage at least the schedule's for that
// step. A step is recorded once per time with the employer (a unique key): a second owner recording it at the same
// moment is refused.

/** How far ahead of today a raise may be recorded to take effect (payroll runs ahead). */
const MAX_DAYS_AHEAD = 31;

export async function recordRaise(
  access: TrainingAccess,
  input: RecordRaiseInput,
  ip: string | null,
  today = new Date(),
) {
  requireTrainingManager(access, "record raises");
  const effectiveOn = new Date(`${input.effectiveOn}T00:00:00.000Z`);
  try {
    await db.$transaction(async (tx) => {
      const apprentice = await lockApprentice(tx, access);
      const owed = await raisesFor(access, today, tx);
      const raise = owed?.raises.find((r) => r.step === input.step);
      if (!raise) fieldError("step", "Choose one of the raises on the wage schedule.");
      if (raise.standing === "recorded")
        throw new AppError("CONFLICT", "This raise is already recorded. Reload the page.");
      if (!recordable(raise)) {
        fieldError(
          "step",
          raise.dueOn
            ? `This raise falls due on ${formatLongDate(raise.dueOn)}: record it from two weeks before.`
            : "This raise is not reached yet: the hours or skills it waits for are not approved.",
        );
      }
      const stintStartedOn = stintStartOf(apprentice);
      if (effectiveOn < stintStartedOn) {
        fieldError(
          "effectiveOn",
          apprentice.transferredOn
            ? "That is before the apprentice's first day with your organization."
            : "That is before the apprentice's start date.",
        );
      }
      if (effectiveOn > addDays(today, MAX_DAYS_AHEAD)) {
        fieldError("effectiveOn", `Record a raise at most ${MAX_DAYS_AHEAD} days before it takes effect.`);
      }
      if (input.wage < raise.period.cents) {
        fieldError(
          "wage",
          `The schedule sets this raise at ${formatCents(raise.period.cents)} an hour: the wage cannot be lower.`,
        );
      }
      const created = await tx.wageRaise.create({
        data: {
          organizationId: access.organizationId,
          apprenticeId: access.apprenticeId,
          step: input.step,
          stintStartedOn,
          effectiveOn,
          wageCents: input.wage,
          recordedById: access.user.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        kind: "training.raise_recorded",
        organizationId: access.organizationId,
        actorId: access.user.id,
        subject: { type: "WageRaise", id: created.id },
        payload: {
          apprenticeId: access.apprenticeId,
          step: input.step,
          effectiveOn: input.effectiveOn,
          wageCents: input.wage,
          scheduleCents: raise.period.cents,
          dueOn: raise.dueOn?.toISOString().slice(0, 10) ?? null,
        },
        ip,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "This raise is already recorded. Reload the page.");
    throw error;
  }
}
