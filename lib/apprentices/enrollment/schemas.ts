import { z } from "zod";
import {
  APPRENTICE_TYPE_CODES,
  CAREER_CONNECTION_CODES,
  CAREER_LINKAGE_CODES,
  EMPLOYMENT_STATUS_OPTIONS,
  STUDENT_STATUS_CODES,
  SUFFIX_OPTIONS,
  WAGE_UNITS,
  valuesOf,
} from "@/lib/apprentices/codes";
import {
  blankOr,
  dollarsToCents,
  email,
  isCalendarDate,
  listOf,
  optionalBox,
  phone,
  usState,
  wholeNumber,
} from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";
import { PROGRAM } from "@/lib/program";
import type { CreditStandards } from "@/lib/program/standards/model";
import { ID_PATTERN } from "@/lib/ids";

// The enrollment form (/onboarding/apprentices): one schema for the browser and the action, with every rule of
// DOL's RAPIDS apprentice upload enforced where the employer types, so the file AAMI uploads is never refused.
// The voluntary self-identification questions are not here: they are the apprentice's to answer, when signing
// (lib/apprentices/self-identification), and an employer's form posting them has them dropped unread.
// Rules that depend on the organization (its program's registration date) and on today's date are parameters,
// so the browser checks exactly what the server checks.

export type EnrollmentLimits = {
  /** YYYY-MM-DD: the day the Registration Agency accepted the organization into AAMI's program; null until then. */
  agencyAcceptedOn: string | null;
  /** YYYY-MM-DD, in UTC: the server's today, so the browser's clock cannot move the limits. */
  today: string;
  /** The current standards' skill sets, term and credit cap (fast-track credit). */
  standards: CreditStandards;
};

/** Spreadsheets run a cell starting with one of these as a formula; RAPIDS files must carry names as typed. */
const FORMULA_START = /^[=+\-@]/;
const NO_NUL = /^[^\u0000]*$/;

const text = (what: string, max: number) =>
  z
    .string({ message: `Enter ${what}.` })
    .trim()
    .max(max, `Keep ${what} to ${max} characters or fewer (DOL's limit).`)
    .regex(NO_NUL, `Remove the invisible control characters from ${what}.`)
    .refine((v) => !FORMULA_START.test(v), `${what[0]!.toUpperCase()}${what.slice(1)} cannot start with = + - or @.`);
const requiredRapidsText = (what: string, max: number) => text(what, max).refine((v) => v.length > 0, `Enter ${what}.`);
const optionalRapidsText = (what: string, max: number) =>
  text(what, max)
    .optional()
    .transform((v) => (v ? v : undefined));

const code = <V extends string>(values: [V, ...V[]], message: string) => z.enum(values, { message });
const optionalCode = <V extends string>(values: [V, ...V[]], message: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values, { message }).optional());

const day = (v: string) => new Date(`${v}T00:00:00.000Z`);
const dateText = (what: string) =>
  z
    .string({ message: `Enter ${what}.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what} as a date, like 2027-01-15.`)
    .refine(isCalendarDate, `Enter ${what} as a real date.`);

/** Whole years between two days (a birthday on the start day counts). */
export function ageOn(birth: Date, on: Date): number {
  const years = on.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate());
  return years - (beforeBirthday ? 1 : 0);
}

/** 9 digits, with or without dashes; SSA never issues area 000, 666 or 9xx, group 00 or serial 0000. */
export const ssnDigits = (v: string) => v.replace(/[\s-]/g, "");
export const isPlausibleSsn = (v: string) => {
  const d = ssnDigits(v);
  return /^\d{9}$/.test(d) && !/^(000|666|9)/.test(d) && d.slice(3, 5) !== "00" && d.slice(5) !== "0000";
};

/** Evidence fields are named evidence.<KEY>, so each message sits under its own skill set. */
const evidenceShape = (keys: readonly string[]) =>
  Object.fromEntries(
    keys.map((key) => [
      key,
      z
        .string()
        .trim()
        .max(1000, "Keep the evidence under 1,000 characters.")
        .regex(NO_NUL, "Remove the invisible control characters from the evidence.")
        .optional(),
    ]),
  ) as Record<string, z.ZodOptional<z.ZodString>>;

export function enrollmentSchema(limits: EnrollmentLimits) {
  const today = day(limits.today);
  const earliestStart = limits.agencyAcceptedOn ? day(limits.agencyAcceptedOn) : null;
  const latestStart = new Date(today.getTime() + 366 * 86_400_000);
  const skillKeys = limits.standards.skillSets.map((s) => s.key);
  return z
    .object({
      apprenticeId: blankOr(IdSchema),
      /** Editing: the version the form was opened at, so a save over someone else's newer one is refused. */
      rowVersion: blankOr(z.coerce.number().int().min(0)),
      candidateId: blankOr(IdSchema),
      positionId: blankOr(IdSchema),
      employmentStatus: code(valuesOf(EMPLOYMENT_STATUS_OPTIONS), "Choose whether this is a new hire or an incumbent."),
      firstName: requiredRapidsText("the first name", 55),
      middleName: optionalRapidsText("the middle name", 55),
      lastName: requiredRapidsText("the last name", 55),
      suffix: optionalCode(valuesOf(SUFFIX_OPTIONS), "Choose a suffix from the list, or none."),
      dateOfBirth: dateText("the date of birth").refine(
        (v) => day(v).getUTCFullYear() >= 1900 && day(v) < today,
        "Enter a date of birth in the past.",
      ),
      startDate: dateText("the start date"),
      ssn: blankOr(
        z
          .string()
          .trim()
          .refine(isPlausibleSsn, "Enter the 9-digit Social Security number, like 123-45-6789, or leave it blank."),
      ),
      /** Editing: "yes" removes the stored SSN. */
      removeSsn: optionalBox,
      email,
      phone: blankOr(phone),
      streetAddress: requiredRapidsText("the street address", 55),
      city: requiredRapidsText("the city", 55),
      state: usState,
      postalCode: z
        .string({ message: "Enter the 5-digit ZIP code." })
        .trim()
        .regex(/^\d{5}$/, "Enter the 5-digit ZIP code, like 53703."),
      rtiProviderId: z.string({ message: "Choose the related-instruction provider." }).trim().regex(ID_PATTERN, {
        message: "Choose the related-instruction provider.",
      }),
      creditPreviousTrainingHours: wholeNumber("the previous related-training hours", 0, 2000),
      priorWage: dollarsToCents("the prior wage", 1_000_000),
      priorWageUnit: code(valuesOf(WAGE_UNITS), "Choose the prior wage's unit."),
      careerConnection: optionalCode(valuesOf(CAREER_CONNECTION_CODES), "Choose a career connection from the list."),
      apprenticeType: optionalCode(valuesOf(APPRENTICE_TYPE_CODES), "Choose a type from the list."),
      careerLinkageOrDirectEntry: optionalCode(valuesOf(CAREER_LINKAGE_CODES), "Choose an entry type from the list."),
      careerLatticeLevels: optionalRapidsText("the career lattice levels", 255),
      ojtFundingSources: optionalRapidsText("the on-the-job training funding sources", 255),
      wioaParticipant: optionalBox,
      taaParticipant: optionalBox,
      studentStatus: code(valuesOf(STUDENT_STATUS_CODES), "Choose the student status."),
      masteredSkillSets: listOf(z.string()).refine(
        (list) => list.every((k) => skillKeys.includes(k)),
        "Choose skill sets from the list.",
      ),
      evidence: z.object(evidenceShape(skillKeys)).default({}),
    })
    .superRefine((input, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: path.split("."), message });
      if (!isCalendarDate(input.startDate) || !isCalendarDate(input.dateOfBirth)) return;
      const start = day(input.startDate);
      if (earliestStart && start < earliestStart) {
        issue(
          "startDate",
          `The start date cannot be before the Registration Agency accepted your organization into the program (${limits.agencyAcceptedOn}).`,
        );
      } else if (!earliestStart && start < today) {
        issue(
          "startDate",
          "The Registration Agency has not accepted your organization yet: choose today or a later start date.",
        );
      } else if (start > latestStart) {
        issue("startDate", "Choose a start date within the next year.");
      }
      const age = ageOn(day(input.dateOfBirth), start);
      if (age < PROGRAM.minimumAge) {
        issue("dateOfBirth", `Apprentices must be at least ${PROGRAM.minimumAge} on their start date.`);
      } else if (age > 100) {
        issue("dateOfBirth", "Check the date of birth: that is over 100 years before the start date.");
      }
      if (input.masteredSkillSets.length === skillKeys.length) {
        issue("masteredSkillSets", "Leave at least one skill set to train: credit cannot cover the whole program.");
      }
      for (const key of input.masteredSkillSets) {
        if (!input.evidence[key]) {
          issue(`evidence.${key}`, "Say how the apprentice showed mastery (a certificate, prior job, assessment).");
        }
      }
    });
}

export type EnrollmentInput = z.output<ReturnType<typeof enrollmentSchema>>;

export const ApprenticeIdSchema = z.object({ apprenticeId: IdSchema });
