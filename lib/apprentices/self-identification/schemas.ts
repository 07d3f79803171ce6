import { z } from "zod";
import {
  DISABILITY_CODES,
  EDUCATION_CODES,
  ETHNICITY_CODES,
  GENDER_OPTIONS,
  RACE_DECLINED,
  RACE_FLAGS,
  VETERAN_CODES,
  valuesOf,
} from "@/lib/apprentices/codes";
import { listOf } from "@/lib/forms/fields";

// The ETA-671's voluntary self-identification questions (29 CFR 30), as the apprentice answers them on the signing
// page with their signature. Every question is optional: one left unanswered is "did not self-identify", in the
// code RAPIDS uses for it, so the form starts there and an apprentice who skips the section has declined each one.

/** The answer each question starts at and falls back to: RAPIDS' "did not self-identify" (education's is 5). */
export const NOT_ANSWERED = {
  gender: "9",
  ethnicity: "9",
  races: [] as string[],
  veteranStatus: "9",
  disabilityStatus: "9",
  educationLevel: "5",
} as const;

const CHOOSE = "Choose one of the answers, or “I do not wish to answer”.";

/** A radio group: its codes, and nothing chosen (or a blank) is the question's "did not self-identify". */
const answer = <V extends string>(values: [V, ...V[]], declined: V) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? declined : v), z.enum(values, { message: CHOOSE }));

const RACE_ANSWERS = [RACE_DECLINED, ...RACE_FLAGS.map((r) => r.key)] as [string, ...string[]];

/** The questions' fields, merged into the apprentice's signing form. */
export const selfIdentificationFields = {
  gender: answer(valuesOf(GENDER_OPTIONS), NOT_ANSWERED.gender),
  ethnicity: answer(valuesOf(ETHNICITY_CODES), NOT_ANSWERED.ethnicity),
  // Checked as a whole, so the message sits next to the group of boxes rather than one of them.
  races: listOf(z.string())
    .refine((list) => list.every((r) => RACE_ANSWERS.includes(r)), "Choose races from the list.")
    .refine(
      (list) => !(list.includes(RACE_DECLINED) && list.length > 1),
      "Tick the races that apply, or “I do not wish to answer”, not both.",
    ),
  veteranStatus: answer(valuesOf(VETERAN_CODES), NOT_ANSWERED.veteranStatus),
  disabilityStatus: answer(valuesOf(DISABILITY_CODES), NOT_ANSWERED.disabilityStatus),
  educationLevel: answer(valuesOf(EDUCATION_CODES), NOT_ANSWERED.educationLevel),
};

export const SelfIdentificationSchema = z.object(selfIdentificationFields);

export type SelfIdentificationInput = z.output<typeof SelfIdentificationSchema>;
