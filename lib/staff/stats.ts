import type { StepKey, StepStatus } from "@prisma/client";
import { STEP_KEY_BY_NAME } from "@/lib/onboarding/checklist";
import { STEPS } from "@/lib/program";

// The arithmetic behind the staff pages' numbers, kept apart from the queries so it is unit-tested.

/** Median review time looks back this far, so it says how review is going now rather than since launch. */
export const REVIEW_WINDOW_DAYS = 90;

export type CalendarQuarter = { start: Date; end: Date; label: string };

/** The calendar quarter (in UTC) that contains `now`, as the half-open range [start, end). */
export function calendarQuarter(now: Date): CalendarQuarter {
  const year = now.getUTCFullYear();
  const index = Math.floor(now.getUTCMonth() / 3);
  return {
    start: new Date(Date.UTC(year, index * 3, 1)),
    end: new Date(Date.UTC(year, index * 3 + 3, 1)),
    label: `Q${index + 1} ${year}`,
  };
}

/** "2.5 days", "1 day", "under a day"; null (nothing decided) is "No decisions yet". */
export function formatMedianDays(days: number | null): string {
  if (days === null) return "No decisions yet";
  if (days < 1) return "under a day";
  const rounded = Math.round(days * 10) / 10;
  return `${rounded} ${rounded === 1 ? "day" : "days"}`;
}

/** A bar's length as a percentage of the whole, 0–100; an empty whole draws no bar rather than dividing by 0. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(100, Math.max(0, (part / whole) * 100));
}

/** The statuses of the pipeline chart, in the order its columns and bar segments run. */
export const PIPELINE_STATUSES = [
  "COMPLETE",
  "IN_PROGRESS",
  "CHANGES_REQUESTED",
  "NOT_STARTED",
] as const satisfies readonly StepStatus[];

export type StepStatusCount = { step: StepKey; status: StepStatus; count: number };
export type PipelineRow = { step: StepKey; number: number; title: string; counts: Record<StepStatus, number> };

/**
 * Organizations per checklist step and status, in checklist order. Organizations have no row for a step they
 * have not reached, so "not started" is what is left of the total once the other statuses are counted.
 */
export function pipelineRows(counts: readonly StepStatusCount[], organizationCount: number): PipelineRow[] {
  return STEPS.map((s) => {
    const step = STEP_KEY_BY_NAME[s.key];
    const countOf = (status: StepStatus) =>
      counts.filter((c) => c.step === step && c.status === status).reduce((sum, c) => sum + c.count, 0);
    const complete = countOf("COMPLETE");
    const inProgress = countOf("IN_PROGRESS");
    const changesRequested = countOf("CHANGES_REQUESTED");
    return {
      step,
      number: s.number,
      title: s.title,
      counts: {
        COMPLETE: complete,
        IN_PROGRESS: inProgress,
        CHANGES_REQUESTED: changesRequested,
        NOT_STARTED: Math.max(0, organizationCount - complete - inProgress - changesRequested),
      },
    };
  });
}
