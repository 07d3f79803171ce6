import { ratioLabel, type ProgramStandards } from "@/lib/program/standards/model";

const SMALL_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Spells out whole numbers up to ten for running text ("eight steps"); other values stay as digits. */
export function numberInWords(value: number): string {
  return (Number.isInteger(value) ? SMALL_NUMBER_WORDS[value] : undefined) ?? String(value);
}

/** The published standards' terms as the landing page words them. */
export function programTerms(s: ProgramStandards) {
  return {
    /** Program length in years, in words for running text. */
    termYearsInWords: numberInWords(s.termMonths / 12),
    termLabel: `${s.termMonths} months, at least ${s.termOjlHours.toLocaleString("en-US")} hours of on-the-job learning`,
    relatedInstructionLabel: `${s.riHoursPerYear} hours a year`,
    ratioLabel: ratioLabel(s.ratio),
  };
}

export type ProgramTerms = ReturnType<typeof programTerms>;
