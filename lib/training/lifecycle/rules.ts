import type { CancellationReason, TrainingStatus } from "@prisma/client";
import { addMonths } from "@/lib/training/weeks";

// The lifecycle of a training record after registration, pure: which status may follow which, the words each status
// and cancellation reason goes by, and whether a cancellation falls within the probationary period (29 CFR
// 29.5(b)(8) and (20): during probation either party may end the agreement without cause, and the Registration
// Agency is told either way).

export const STATUS_LABEL: Record<TrainingStatus, string> = {
  ACTIVE: "Active",
  SUSPENDED: "Suspended",
  CANCELLED: "Cancelled",
  TRANSFERRED: "Transferred",
  COMPLETED: "Completed",
};

export const CANCELLATION_REASONS: Record<CancellationReason, string> = {
  VOLUNTARY_QUIT: "Left voluntarily",
  DISCHARGED: "Discharged or terminated",
  LAID_OFF: "Laid off (lack of work)",
  OTHER_EMPLOYMENT: "Took other employment",
  MILITARY_SERVICE: "Entered military service",
  MOVED: "Moved out of the area",
  HEALTH: "Health or medical reasons",
  DECEASED: "Deceased",
  UNSATISFACTORY_PROGRESS: "Unsatisfactory progress or performance",
  OTHER: "Other (say what in the note)",
};

export const CANCELLATION_REASON_KEYS = Object.keys(CANCELLATION_REASONS) as [
  CancellationReason,
  ...CancellationReason[],
];

/** The changes people make on the status page, each from the statuses it may follow. */
export const STATUS_CHANGES = {
  suspend: { from: ["ACTIVE"], to: "SUSPENDED" },
  resume: { from: ["SUSPENDED"], to: "ACTIVE" },
  cancel: { from: ["ACTIVE", "SUSPENDED"], to: "CANCELLED" },
} as const satisfies Record<string, { from: readonly TrainingStatus[]; to: TrainingStatus }>;
export type StatusChangeName = keyof typeof STATUS_CHANGES;

/** The last day of the probationary period: `probationMonths` after the start date, the day before. */
export const probationEndsOn = (startDate: Date, probationMonths: number) =>
  new Date(addMonths(startDate, probationMonths).getTime() - 86_400_000);

/** Whether a day falls within the probationary period. */
export const inProbation = (startDate: Date, probationMonths: number, day: Date) =>
  day.getTime() <= probationEndsOn(startDate, probationMonths).getTime();

/** A suspension lasts at most this long before the employer decides: resume, or cancel. */
export const MAX_SUSPENSION_DAYS = 366;
