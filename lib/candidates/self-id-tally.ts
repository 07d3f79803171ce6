import type { SelfIdTallyQuestion } from "@prisma/client";
import { DISABILITY_OPTIONS, ETHNICITY_OPTIONS, RACE_OPTIONS, SEX_OPTIONS } from "@/lib/candidates/options";

// What a deleted candidate leaves of their voluntary self-identification (29 CFR 30 records): one count per
// question and answer, added to their home region and sign-up month (CandidateSelfIdTally). A count never carries
// an id, a name or text anyone typed: only the interest form's own option values, or one of the words below. Pure.

/** They did not answer the question (or, for race, ticked no race). */
export const NOT_ANSWERED = "NOT_ANSWERED";
/** Deleted before these counts were kept (backfilled from CandidateTally by the migration that added them). */
export const NOT_RECORDED = "NOT_RECORDED";
/** A stored answer the form no longer offers: counted, but not as an answer it does not name. */
export const OTHER = "OTHER";

type Option = { value: string; label: string };

const BESIDES_ANSWERS: Option[] = [
  { value: NOT_ANSWERED, label: "Not answered" },
  { value: OTHER, label: "An answer the form no longer offers" },
  { value: NOT_RECORDED, label: "Deleted before answers were counted" },
];
const question = (key: SelfIdTallyQuestion, label: string, options: readonly Option[]) => ({
  question: key,
  label,
  answers: [...options, ...BESIDES_ANSWERS],
});

/** The questions counted, in the order staff read them, with every answer a count can have. */
export const TALLY_QUESTIONS = [
  question("SEX", "Sex", SEX_OPTIONS),
  question("ETHNICITY", "Ethnicity", ETHNICITY_OPTIONS),
  question("RACE", "Race (a person may have ticked several)", RACE_OPTIONS),
  question("DISABILITY", "Disability", DISABILITY_OPTIONS),
];

export type StoredSelfId = {
  sex: string | null;
  ethnicity: string | null;
  races: string[];
  disability: string | null;
} | null;

export type TallyIncrement = { question: SelfIdTallyQuestion; answer: string };

const known = (options: readonly Option[], value: string | null) =>
  value === null ? NOT_ANSWERED : options.some((o) => o.value === value) ? value : OTHER;

/**
 * The counts one deleted candidate adds: one per question (race: one per race ticked, each at most once), from
 * their stored answers, or "not answered" for each when they never answered any.
 */
export function tallyIncrements(stored: StoredSelfId): TallyIncrement[] {
  const races = [...new Set((stored?.races ?? []).map((r) => known(RACE_OPTIONS, r)))];
  return [
    { question: "SEX", answer: known(SEX_OPTIONS, stored?.sex ?? null) },
    { question: "ETHNICITY", answer: known(ETHNICITY_OPTIONS, stored?.ethnicity ?? null) },
    ...(races.length > 0 ? races : [NOT_ANSWERED]).map((answer) => ({ question: "RACE" as const, answer })),
    { question: "DISABILITY", answer: known(DISABILITY_OPTIONS, stored?.disability ?? null) },
  ];
}
