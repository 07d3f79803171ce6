import { z } from "zod";
import { IdSchema } from "@/lib/ids";
import { blankOr, optionalText, requiredText, tickedRecords } from "@/lib/forms/fields";
import { DAY_NAMES, parseWeek } from "@/lib/training/weeks";

// The forms of the on-the-job hours log. One schema per form, parsed by the browser and by the action; the rules
// that need the database (the start date, the other entries of the week, the schedule) are in ./log.ts.

export const MAX_DAY_HOURS = 24;
export const MAX_WEEK_HOURS = 84;

/** The seven day fields, Monday first: day0 … day6. */
export const DAY_FIELDS = ["day0", "day1", "day2", "day3", "day4", "day5", "day6"] as const;

/** Hours on one day as typed ("8", "7.5", blank for none), kept as whole minutes. */
const hoursOfDay = (day: string) =>
  z
    .string()
    .trim()
    .max(6, `Enter ${day}'s hours as a number, like 8 or 7.5.`)
    .optional()
    .transform((v) => (v ? v : "0"))
    .refine((v) => !v.startsWith("-"), `Hours cannot be negative: enter ${day}'s hours, or leave it blank.`)
    .refine(
      (v) => v.startsWith("-") || /^\d{1,2}(\.\d{1,2})?$/.test(v),
      `Enter ${day}'s hours as a number, like 8 or 7.5.`,
    )
    .transform((v) => Math.round(Number(v) * 60))
    .refine((minutes) => minutes <= MAX_DAY_HOURS * 60, `A day has ${MAX_DAY_HOURS} hours: ${day} cannot have more.`);

const week = z
  .string({ message: "Choose the week." })
  .trim()
  .refine((v) => parseWeek(v) !== null, "Choose the week from the list.");

const dayFields = Object.fromEntries(DAY_FIELDS.map((field, i) => [field, hoursOfDay(DAY_NAMES[i]!)])) as Record<
  (typeof DAY_FIELDS)[number],
  ReturnType<typeof hoursOfDay>
>;

export const LogHoursSchema = z
  .object({
    apprenticeId: IdSchema,
    weekStart: week,
    skillSetKey: z.string({ message: "Choose the skill set." }).trim().min(1, "Choose the skill set.").max(64),
    /** The entry being edited (one still waiting for the mentor, or returned). */
    entryId: blankOr(IdSchema),
    /** The approved entry this new one corrects. */
    correctsId: blankOr(IdSchema),
    /** The version of the edited entry the form was drawn from. */
    rowVersion: blankOr(z.coerce.number().int().min(0).max(1_000_000)),
    ...dayFields,
    note: optionalText("the note", 500),
  })
  .superRefine((input, ctx) => {
    // Zod runs this even when a day was refused, with that day still the text typed: the week's total is only
    // meaningful once every day is a number (otherwise "8" and "100" would add up as text to a nonsense total).
    if (DAY_FIELDS.some((field) => typeof input[field] !== "number")) return;
    const minutes = DAY_FIELDS.reduce((sum, field) => sum + input[field], 0);
    if (minutes === 0)
      ctx.addIssue({ code: "custom", path: ["hours"], message: "Enter the hours of at least one day." });
    if (minutes > MAX_WEEK_HOURS * 60) {
      ctx.addIssue({
        code: "custom",
        path: ["hours"],
        message: `That is ${minutes / 60} hours; a week can have at most ${MAX_WEEK_HOURS}.`,
      });
    }
  });
export type LogHoursInput = z.output<typeof LogHoursSchema>;

/** "Same as last week": copies the previous week's entries into an empty week. */
export const CopyLastWeekSchema = z.object({ apprenticeId: IdSchema, weekStart: week });

export const MAX_BATCH = 100;

export const ApproveHoursSchema = z.object({
  entries: tickedRecords(
    { noneTicked: "Tick the weeks to approve.", tooMany: `Approve at most ${MAX_BATCH} entries at once.` },
    MAX_BATCH,
  ),
});

export const ReturnHoursSchema = z.object({
  entryId: IdSchema,
  rowVersion: z.coerce.number().int().min(0).max(1_000_000),
  comment: requiredText("what the apprentice should change", 1000),
});
