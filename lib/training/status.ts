import type { ApprenticeStatus, Prisma } from "@prisma/client";

/**
 * The apprentices who train: AAMI approved their registration (they are in the packet filed with the Registration
 * Agency) or RAPIDS registered them. Before that, there is no training record to sign in to or log hours on.
 */
export const IN_TRAINING: readonly ApprenticeStatus[] = ["APPROVED", "REGISTERED"];

/**
 * Apprentices still training with their mentor, so holding a place under the apprentice-to-journeyworker ratio:
 * active or suspended (they come back to the same mentor); a cancelled, transferred or completed one frees it.
 */
export const HOLDING_A_MENTOR_PLACE = {
  status: { in: [...IN_TRAINING] },
  trainingStatus: { in: ["ACTIVE", "SUSPENDED"] },
} satisfies Prisma.ApprenticeWhereInput;

/** Apprentices whose training is under way: the reminders and the raises owed concern only them. */
export const TRAINING_ACTIVE = {
  status: { in: [...IN_TRAINING] },
  trainingStatus: "ACTIVE",
} satisfies Prisma.ApprenticeWhereInput;
