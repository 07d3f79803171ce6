import { DAY_MS } from "@/lib/training/weeks";

// Related instruction by apprenticeship year: year 1 runs from the start date for twelve months, and so on to the
// end of the term. Each year's confirmed hours are held against the program's minimum per year; the current year
// is "behind" when its confirmed hours trail the part of the minimum its elapsed days would call for. Pure.

export type YearStanding = "met" | "short" | "on-track" | "behind" | "not-started";

export type InstructionYear = {
  year: number;
  from: Date;
  /** The last day of the year. */
  to: Date;
  confirmedHours: number;
  waitingHours: number;
  requiredHours: number;
  standing: YearStanding;
};

const addMonths = (day: Date, months: number) =>
  new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, day.getUTCDate()));

const round = (hours: number) => Math.round(hours * 100) / 100;

export function instructionByYear(
  startDate: Date,
  termMonths: number,
  requiredHoursPerYear: number,
  courses: ReadonlyArray<{ completedOn: Date; minutes: number; confirmed: boolean }>,
  today: Date,
): InstructionYear[] {
  const years = Math.max(1, Math.ceil(termMonths / 12));
  return Array.from({ length: years }, (_, i) => {
    const from = addMonths(startDate, 12 * i);
    const next = addMonths(startDate, 12 * (i + 1));
    const inYear = courses.filter((c) => c.completedOn >= from && c.completedOn < next);
    const sum = (confirmed: boolean) =>
      round(inYear.filter((c) => c.confirmed === confirmed).reduce((n, c) => n + c.minutes, 0) / 60);
    const confirmedHours = sum(true);
    let standing: YearStanding;
    if (confirmedHours >= requiredHoursPerYear) standing = "met";
    else if (today < from) standing = "not-started";
    else if (today >= next) standing = "short";
    else {
      const elapsed = (today.getTime() - from.getTime()) / (next.getTime() - from.getTime());
      standing = confirmedHours >= requiredHoursPerYear * elapsed ? "on-track" : "behind";
    }
    return {
      year: i + 1,
      from,
      to: new Date(next.getTime() - DAY_MS),
      confirmedHours,
      waitingHours: sum(false),
      requiredHours: requiredHoursPerYear,
      standing,
    };
  });
}

/** Whether the apprentice is behind on instruction: the current year behind, or a past year short of the minimum. */
export const fallingBehind = (years: readonly InstructionYear[]) =>
  years.some((y) => y.standing === "behind" || y.standing === "short");
