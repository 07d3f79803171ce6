import { z } from "zod";
import { chosenFile, isCalendarDate, NO_NUL, noNulMessage, ticked, wholeNumber } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";
import { MAX_SCHEDULE_FILE_BYTES } from "@/lib/program/standards/import";
import { termIssues } from "@/lib/program/standards/model";

// The forms of /staff/standards, each shared by the page's form and its action.

/** Every change to a draft names the draft and the version of it the form showed. */
const draftRef = {
  standardsId: IdSchema,
  rowVersion: z.coerce.number({ message: "Reload the page and try again." }).int().min(0),
};

/** A new draft copies the current version; `basedOn` is the version the page showed, so a stale page is refused. */
export const CreateStandardsDraftSchema = z.object({ basedOn: z.coerce.number().int().min(1) });

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const SaveStandardsDraftSchema = z
  .object({
    ...draftRef,
    registrationNumber: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .max(40, "Keep the registration number under 40 characters.")
        .regex(NO_NUL, noNulMessage("the registration number"))
        .nullable(),
    ),
    registeredOn: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .refine(isCalendarDate, "Enter the registration date as a date, like 2021-06-15.")
        .refine((v) => v <= new Date().toISOString().slice(0, 10), "The registration date cannot be in the future.")
        .nullable(),
    ),
    termOjlHours: wholeNumber("the term's on-the-job hours", 1, 10_000),
    termMonths: wholeNumber("the term's length in months", 1, 72),
    probationMonths: wholeNumber("the probationary period", 1, 12),
    ratioApprentices: wholeNumber("the apprentices of the ratio", 1, 20),
    ratioJourneyworkers: wholeNumber("the journeyworkers of the ratio", 1, 20),
    riHoursPerYear: wholeNumber("the related-instruction hours a year", 1, 2_000),
    maxCreditHours: wholeNumber("the most credit for prior experience", 0, 10_000),
  })
  .superRefine((v, ctx) => {
    for (const issue of termIssues(v)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });

export type SaveStandardsDraftInput = z.output<typeof SaveStandardsDraftSchema>;

const scheduleFileName = (f: File) => /\.(csv|json)$/i.test(f.name);

export const ImportScheduleSchema = z.object({
  ...draftRef,
  file: chosenFile(MAX_SCHEDULE_FILE_BYTES, scheduleFileName, {
    missing: "Choose the schedule file (.csv or .json).",
    tooLarge: `The file is larger than ${MAX_SCHEDULE_FILE_BYTES / 1024} KB. A schedule is a few hundred rows of text.`,
    wrongKind: "Choose a .csv or .json file.",
  }),
});

export const ConfirmImportSchema = z.object({
  ...draftRef,
  decision: z.enum(["replace", "discard"], { message: "Choose whether to use the imported schedule." }),
});

export const PublishStandardsSchema = z.object({
  ...draftRef,
  confirm: ticked("Tick the box to confirm that this version becomes the program's standards."),
});
