import type { WageAmountKind, WageStepBasis } from "@prisma/client";
import { formatCents } from "@/lib/forms/fields";
import type { MinimumWage } from "@/lib/onboarding/wages/minimum-wage";
import type { ProgramStandards } from "@/lib/program/standards/model";

// The wage schedule's rules, in one pure module used by the builder (live, in the browser), the save action,
// the agreement PDF and the reviewer's automatic checks. An apprentice starts at the entry wage; each step is a
// raise reached after `threshold` months, hours or competencies, stated in dollars or as a percentage of the
// journeyworker rate.

export type WageStepInput = { threshold: number; amountKind: WageAmountKind; amountValue: number };
export type WageScheduleInput = {
  journeyworkerRateCents: number;
  entryWageCents: number;
  basis: WageStepBasis;
  termLength: number;
  steps: WageStepInput[];
};
/** A rule broken, keyed by the form field it belongs to ("entryWage", "steps.2.amount", …). */
export type WageIssue = { path: string; message: string };
/** One period of the schedule: what the apprentice earns from `from` until `to`. */
export type WagePeriod = { label: string; from: number; to: number; cents: number; percentOfJourneyworker: number };

export const BASIS_UNIT: Record<WageStepBasis, { one: string; many: string }> = {
  MONTHS: { one: "month", many: "months" },
  HOURS: { one: "hour", many: "hours" },
  COMPETENCIES: { one: "competency", many: "competencies" },
};

/** The program's term, from its standards: what a schedule must cover. */
export type ProgramTerm = Pick<ProgramStandards, "termMonths" | "termOjlHours">;

/** The shortest term a schedule may cover, in its own unit: the standards' term. */
export const minimumTerm = (basis: WageStepBasis, term: ProgramTerm) =>
  basis === "MONTHS" ? term.termMonths : basis === "HOURS" ? term.termOjlHours : 1;

export const MAXIMUM_TERM: Record<WageStepBasis, number> = { MONTHS: 60, HOURS: 10_000, COMPETENCIES: 500 };

/** A step's hourly wage in cents (percent amounts are basis points of the journeyworker rate). */
export const stepCents = (step: WageStepInput, journeyworkerRateCents: number) =>
  step.amountKind === "DOLLARS" ? step.amountValue : Math.round((journeyworkerRateCents * step.amountValue) / 10_000);

export const percentOf = (cents: number, journeyworkerRateCents: number) =>
  journeyworkerRateCents > 0 ? Math.round((cents / journeyworkerRateCents) * 1000) / 10 : 0;

const unit = (basis: WageStepBasis, n: number) =>
  `${n.toLocaleString("en-US")} ${BASIS_UNIT[basis][n === 1 ? "one" : "many"]}`;

/** The schedule as periods from the start of the term to its end, in order. */
export function wagePeriods(s: WageScheduleInput): WagePeriod[] {
  const starts = [{ from: 0, cents: s.entryWageCents }].concat(
    s.steps.map((step) => ({ from: step.threshold, cents: stepCents(step, s.journeyworkerRateCents) })),
  );
  return starts.map((start, i) => {
    const to = starts[i + 1]?.from ?? s.termLength;
    const label =
      i === 0
        ? `Entry, until ${unit(s.basis, to)}`
        : `From ${unit(s.basis, start.from)}${to > start.from ? ` to ${unit(s.basis, to)}` : ""}`;
    return {
      label,
      from: start.from,
      to,
      cents: start.cents,
      percentOfJourneyworker: percentOf(start.cents, s.journeyworkerRateCents),
    };
  });
}

/** Every rule the schedule breaks, with the message shown next to the field concerned. Empty when it is valid. */
export function checkWageSchedule(s: WageScheduleInput, minimum: MinimumWage, term: ProgramTerm): WageIssue[] {
  const issues: WageIssue[] = [];
  const jw = s.journeyworkerRateCents;
  const add = (path: string, message: string) => issues.push({ path, message });

  if (s.entryWageCents < minimum.cents) {
    add("entryWage", `The entry wage must be at least ${formatCents(minimum.cents)} an hour, ${minimum.description}.`);
  }
  if (s.entryWageCents > jw) {
    add("entryWage", `The entry wage cannot be more than the journeyworker rate (${formatCents(jw)}).`);
  }
  if (s.termLength < minimumTerm(s.basis, term)) {
    add("termLength", `The schedule must cover the whole term: at least ${unit(s.basis, minimumTerm(s.basis, term))}.`);
  }

  let previousCents = s.entryWageCents;
  let previousThreshold = 0;
  s.steps.forEach((step, i) => {
    const cents = stepCents(step, jw);
    if (step.threshold <= previousThreshold) {
      add(
        `steps.${i}.threshold`,
        i === 0
          ? `A raise must start after the beginning of the term (more than 0 ${BASIS_UNIT[s.basis].many}).`
          : `This raise must start after the one before it (${unit(s.basis, previousThreshold)}).`,
      );
    } else if (step.threshold >= s.termLength) {
      add(
        `steps.${i}.threshold`,
        `This raise starts after the ${unit(s.basis, s.termLength)} term ends, so it would never be paid.`,
      );
    }
    if (cents > jw) {
      add(
        `steps.${i}.amount`,
        `This raise (${formatCents(cents)}) is above the journeyworker rate (${formatCents(jw)}).`,
      );
    } else if (cents < previousCents) {
      add(
        `steps.${i}.amount`,
        `This raise (${formatCents(cents)}) is lower than the wage before it (${formatCents(previousCents)}). Wages may never go down.`,
      );
    }
    previousCents = Math.max(previousCents, cents);
    previousThreshold = Math.max(previousThreshold, step.threshold);
  });

  if (!s.steps.some((step) => stepCents(step, jw) > s.entryWageCents)) {
    add("steps", "Add at least one raise: a step that pays more than the entry wage.");
  }
  return issues;
}
