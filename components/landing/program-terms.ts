import { PROGRAM } from "@/lib/program";

const SMALL_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Spells out whole numbers up to ten for running text ("eight steps"); other values stay as digits. */
export function numberInWords(value: number): string {
  return (Number.isInteger(value) ? SMALL_NUMBER_WORDS[value] : undefined) ?? String(value);
}

/** Program length in years, in words for running text, derived from PROGRAM.termMonths so the figure lives in one place. */
export const termYearsInWords = numberInWords(PROGRAM.termMonths / 12);

/** Program term in months, e.g. "N months". */
export const termLabel = `${PROGRAM.termMonths} months`;

/** Recommended related-instruction hours, e.g. "N hours a year". */
export const relatedInstructionLabel = `${PROGRAM.recommendedRiHoursPerYear} hours a year`;

/** On-site ratio, e.g. "N apprentice(s) to N journeyworker(s)". */
export const ratioLabel = `${PROGRAM.ratio.apprentices} apprentice${PROGRAM.ratio.apprentices === 1 ? "" : "s"} to ${
  PROGRAM.ratio.journeyworkers
} journeyworker${PROGRAM.ratio.journeyworkers === 1 ? "" : "s"}`;
