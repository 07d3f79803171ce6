import { z } from "zod";
import { IdSchema } from "@/lib/ids";
import { blankOr, isCalendarDate, requiredText, tickedRecords } from "@/lib/forms/fields";

// The forms of related instruction: a course (added or corrected while unconfirmed), removing an unconfirmed one,
// and confirming courses. The rules that need the database (the start date, who may do what) are in ./courses.ts.

/** The most hours one course entry may hold: a full-time semester is about 500 hours of instruction. */
export const MAX_COURSE_HOURS = 1000;

export const CourseSchema = z.object({
  apprenticeId: IdSchema,
  /** The course being corrected (unconfirmed), or blank for a new one. */
  courseId: blankOr(IdSchema),
  rowVersion: blankOr(z.coerce.number().int().min(0).max(1_000_000)),
  title: requiredText("the course's name", 200),
  provider: requiredText("who taught it", 200),
  hours: z
    .string({ message: "Enter the course's hours." })
    .trim()
    .min(1, "Enter the course's hours.")
    .refine((v) => /^\d{1,4}(\.\d{1,2})?$/.test(v), "Enter the hours as a number, like 45 or 7.5.")
    .transform((v) => Math.round(Number(v) * 60))
    .refine((m) => m > 0, "Enter the course's hours.")
    .refine((m) => m <= MAX_COURSE_HOURS * 60, `One course can hold at most ${MAX_COURSE_HOURS} hours.`),
  completedOn: z
    .string({ message: "Enter the day the course was completed." })
    .trim()
    .min(1, "Enter the day the course was completed.")
    .refine((v) => isCalendarDate(v), "Enter the day as a date, like 2027-05-20."),
});
export type CourseInput = z.output<typeof CourseSchema>;

export const RemoveCourseSchema = z.object({
  apprenticeId: IdSchema,
  courseId: IdSchema,
  rowVersion: z.coerce.number().int().min(0).max(1_000_000),
});

export const ConfirmCoursesSchema = z.object({
  apprenticeId: IdSchema,
  courses: tickedRecords({
    noneTicked: "Tick the courses to confirm.",
    tooMany: "Confirm at most 100 courses at once.",
  }),
});
