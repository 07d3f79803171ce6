import { z } from "zod";
import { email, listOf, optionalText, phone, requiredText, usState, zipCode } from "@/lib/forms/fields";
import {
  DISABILITY_OPTIONS,
  EDUCATION_OPTIONS,
  ETHNICITY_OPTIONS,
  EXPERIENCE_OPTIONS,
  MAX_EXPERIENCE_NOTES,
  RACE_OPTIONS,
  SEX_OPTIONS,
  SITUATION_OPTIONS,
  VETERAN_OPTIONS,
  valuesOf,
} from "@/lib/candidates/options";
import { REGIONS } from "@/lib/regions";
import { isStateCode } from "@/lib/us-states";

// The public interest form (/apprentices/interest): one schema for the browser and the action. Every field has
// a length limit; optional answers left blank are undefined. The voluntary self-identification answers are a
// separate object, stored apart from the profile and never required.

const choice = <T extends string>(values: [T, ...T[]], message: string) => z.enum(values, { message });
const optionalChoice = <T extends string>(values: [T, ...T[]]) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values).optional());

export const InterestFormSchema = z.object({
  firstName: requiredText("your first name", 55),
  lastName: requiredText("your last name", 55),
  email,
  phone: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), phone.optional()),
  city: requiredText("your city", 100),
  state: usState,
  postalCode: zipCode,
  willingToRelocate: z.enum(["yes", "no"], { message: "Say whether you would move for an apprenticeship." }),
  statesOfInterest: listOf(z.string().toUpperCase().refine(isStateCode, "Choose states from the list.")).refine(
    (list) => list.length <= 60,
    "Choose states from the list.",
  ),
  regionsOfInterest: listOf(
    z.string().refine((r) => REGIONS.some((x) => x.key === r), "Choose regions from the list."),
  ).refine((list) => list.length <= REGIONS.length, "Choose regions from the list."),
  educationLevel: choice(valuesOf(EDUCATION_OPTIONS), "Choose your highest level of education."),
  situation: choice(valuesOf(SITUATION_OPTIONS), "Choose what best describes you now."),
  experienceTags: listOf(z.enum(valuesOf(EXPERIENCE_OPTIONS), { message: "Choose experience from the list." })),
  experienceNotes: optionalText("your experience", MAX_EXPERIENCE_NOTES),
  heardAbout: optionalText("how you heard about the program", 120),
  consentToShare: z.literal("yes", {
    message: "Tick the box so AAMI may share your profile with employer partners; without it nobody can contact you.",
  }),
  /** Left empty by people; bots fill every field. Checked by the action, which then pretends to succeed. */
  website: z.string().max(200).optional(),
  selfId: z
    .object({
      sex: optionalChoice(valuesOf(SEX_OPTIONS)),
      ethnicity: optionalChoice(valuesOf(ETHNICITY_OPTIONS)),
      races: listOf(z.enum(valuesOf(RACE_OPTIONS))),
      veteranStatus: optionalChoice(valuesOf(VETERAN_OPTIONS)),
      disability: optionalChoice(valuesOf(DISABILITY_OPTIONS)),
    })
    .optional(),
});

export type InterestForm = z.output<typeof InterestFormSchema>;

/** Whether any voluntary self-identification question was answered (nothing is stored otherwise). */
export const answeredSelfId = (s: InterestForm["selfId"]): s is NonNullable<InterestForm["selfId"]> =>
  Boolean(s && (s.sex || s.ethnicity || s.veteranStatus || s.disability || s.races.length > 0));
