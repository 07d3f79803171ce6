import { z } from "zod";
import { IdSchema } from "@/lib/ids";
import { DAY_MS } from "@/lib/training/weeks";
import { isCalendarDate, MAX_PDF_UPLOAD_BYTES, optionalFile, optionalText, requiredText } from "@/lib/forms/fields";

// The forms of skill sign-offs: the mentor signs off a skill (or undoes a sign-off within 7 days), the apprentice
// asks for one. The rules that need the database (the schedule, the start date, who is asking) are in ./sign-off.ts.

/** How long a mentor may undo a sign-off. */
export const UNDO_DAYS = 7;

/** The last moment a sign-off made at `signedAt` can be undone (the database trigger holds the same line). */
const undoDeadline = (signedAt: Date) => new Date(signedAt.getTime() + UNDO_DAYS * DAY_MS);

/**
 * Until when a standing sign-off can be undone by the mentor of the employer the apprentice is with; null when it
 * cannot. Only where it was made: after a transfer, the receiving employer's mentor does not take back what the
 * sending employer's mentor attested (AAMI corrects it if it must be).
 */
export function undoableUntil(
  signOff: { createdAt: Date; undoneAt: Date | null; organizationId: string },
  organizationId: string,
  now: Date,
): Date | null {
  const deadline = undoDeadline(signOff.createdAt);
  return !signOff.undoneAt && signOff.organizationId === organizationId && now <= deadline ? deadline : null;
}

/** A skill's code in the published schedule ("1.04"): what URLs and forms carry. */
export const SKILL_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

const skillCode = z.string().trim().regex(SKILL_CODE, "This page is out of date. Reload it and try again.");

export const SignOffSkillSchema = z.object({
  apprenticeId: IdSchema,
  skillCode,
  demonstratedOn: z
    .string({ message: "Enter the day the apprentice showed the skill." })
    .trim()
    // abort: a blank day is told once, not also that it is no date.
    .min(1, { message: "Enter the day the apprentice showed the skill.", abort: true })
    .refine((v) => isCalendarDate(v), "Enter the day as a date, like 2027-03-15."),
  note: optionalText("the note", 1000),
  evidence: optionalFile(MAX_PDF_UPLOAD_BYTES, "The evidence file is larger than 10 MB. Attach a smaller one."),
});
export type SignOffSkillInput = z.output<typeof SignOffSkillSchema>;

export const UndoSignOffSchema = z.object({
  apprenticeId: IdSchema,
  signOffId: IdSchema,
  reason: requiredText("why the sign-off is undone", 500),
});

export const RequestSignOffSchema = z.object({
  apprenticeId: IdSchema,
  skillCode,
  note: optionalText("the note", 500),
});
