import { z } from "zod";
import { dollarsToCents, wholeNumber } from "@/lib/forms/fields";
import type { MinimumWage } from "@/lib/onboarding/wages/minimum-wage";
import {
  BASIS_UNIT,
  MAXIMUM_TERM,
  checkWageSchedule,
  type ProgramTerm,
  type WageScheduleInput,
  type WageStepInput,
} from "@/lib/onboarding/wages/rules";

export const BASIS_OPTIONS = [
  { value: "MONTHS", label: "Months on the job", help: "Raises after a number of months of employment." },
  { value: "HOURS", label: "Hours of on-the-job learning", help: "Raises after a number of hours worked." },
  {
    value: "COMPETENCIES",
    label: "Competency milestones",
    help: "Raises after a number of Training Objectives competencies are signed off.",
  },
] as const;

export const AMOUNT_KIND_OPTIONS = [
  { value: "PERCENT", label: "% of journeyworker rate" },
  { value: "DOLLARS", label: "$ per hour" },
] as const;

/** The builder offers this many step rows at most (and at least a few blank ones, so it works without JavaScript). */
export const MAX_WAGE_STEPS = 12;

const DOLLARS = /^\$?\d{1,4}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,2})?%?$/;

/** One row of the steps table. A row left blank is no step (null), so spare rows can be offered and ignored. */
const StepRowSchema = z
  .object({
    threshold: z.string().trim().max(10).default(""),
    amountKind: z.enum(["PERCENT", "DOLLARS"], { message: "Choose dollars or percent." }).default("PERCENT"),
    amount: z.string().trim().max(12).default(""),
  })
  .optional()
  .transform((row, ctx): WageStepInput | null => {
    if (!row || (!row.threshold && !row.amount)) return null;
    const threshold = Number(row.threshold);
    if (!/^\d+$/.test(row.threshold) || threshold < 1 || threshold > 10_000) {
      ctx.addIssue({
        code: "custom",
        path: ["threshold"],
        message: "Enter when this raise starts, as a whole number (for example 6).",
      });
    }
    const pattern = row.amountKind === "DOLLARS" ? DOLLARS : PERCENT;
    const amount = row.amount.replace(/[$%,\s]/g, "");
    if (!pattern.test(row.amount.replace(/[,\s]/g, "")) || Number(amount) <= 0) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message:
          row.amountKind === "DOLLARS"
            ? "Enter the hourly wage in dollars, like 24.50."
            : "Enter a percentage of the journeyworker rate, like 65.",
      });
    }
    // Dollars are kept as cents, percentages as basis points: both whole numbers.
    return { threshold, amountKind: row.amountKind, amountValue: Math.round(Number(amount) * 100) };
  });

/**
 * Step 6's wage schedule form. The rules need the minimum wage where the organization is and the program's term, so
 * the schema is built for them: the builder builds it with the figures the page passed, the action with the ones it
 * looks up itself.
 */
export const wageScheduleSchema = (minimum: MinimumWage, term: ProgramTerm) =>
  z
    .object({
      journeyworkerRate: dollarsToCents("the journeyworker rate", 500).refine(
        (c) => c > 0,
        "Enter the journeyworker rate in dollars, like 38.00.",
      ),
      entryWage: dollarsToCents("the entry wage", 500),
      basis: z.enum(["MONTHS", "HOURS", "COMPETENCIES"], { message: "Choose how apprentices progress." }),
      termLength: wholeNumber("the length of the term", 1, 10_000),
      steps: z.array(StepRowSchema).max(MAX_WAGE_STEPS, `Use at most ${MAX_WAGE_STEPS} steps.`).default([]),
    })
    .superRefine((v, ctx) => {
      if (v.termLength > MAXIMUM_TERM[v.basis]) {
        ctx.addIssue({
          code: "custom",
          path: ["termLength"],
          message: `Keep the term to at most ${MAXIMUM_TERM[v.basis].toLocaleString("en-US")} ${BASIS_UNIT[v.basis].many}.`,
        });
      }
      // Issues name steps by their place among the filled rows; the form needs the row they were typed in.
      const rowOf = v.steps.flatMap((step, row) => (step ? [row] : []));
      for (const issue of checkWageSchedule(toWageSchedule(v), minimum, term)) {
        const [head, index, ...rest] = issue.path.split(".");
        const path = head === "steps" && index !== undefined ? ["steps", rowOf[Number(index)]!, ...rest] : [head!];
        ctx.addIssue({ code: "custom", path, message: issue.message });
      }
    })
    .transform(toWageSchedule);

function toWageSchedule(v: {
  journeyworkerRate: number;
  entryWage: number;
  basis: WageScheduleInput["basis"];
  termLength: number;
  steps: Array<WageStepInput | null>;
}): WageScheduleInput {
  return {
    journeyworkerRateCents: v.journeyworkerRate,
    entryWageCents: v.entryWage,
    basis: v.basis,
    termLength: v.termLength,
    steps: v.steps.filter((s): s is WageStepInput => s !== null),
  };
}

export type WageScheduleFormInput = z.input<ReturnType<typeof wageScheduleSchema>>;
