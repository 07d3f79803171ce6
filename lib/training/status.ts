import type { ApprenticeStatus } from "@prisma/client";

/**
 * The apprentices who train: AAMI approved their registration (they are in the packet filed with the Registration
 * Agency) or RAPIDS registered them. Before that, there is no training record to sign in to or log hours on.
 */
export const IN_TRAINING: readonly ApprenticeStatus[] = ["APPROVED", "REGISTERED"];
