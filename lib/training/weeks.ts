// Training weeks run Monday to Sunday, in UTC like every stored date in the portal (lib/dates.ts). Pure, so the
// forms, the rules and the pages count the same days.

export const DAY_MS = 86_400_000;

export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** The Monday of the week a day falls in. */
export function mondayOf(day: Date): Date {
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

export const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);

/** The same day of the month `months` later (JavaScript rolls a missing day, like 31 February, into March). */
export const addMonths = (day: Date, months: number) =>
  new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, day.getUTCDate()));

/** Midnight UTC of the day `moment` falls on: the day stored dates (@db.Date) are compared with. */
export const dayOf = (moment: Date) => new Date(`${isoDay(moment)}T00:00:00.000Z`);

/** YYYY-MM-DD, the form every week travels in (URLs, hidden fields). */
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/** A YYYY-MM-DD that is a real Monday, as a date; null otherwise. */
export function parseWeek(value: string | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const day = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(day.getTime()) && isoDay(day) === value && day.getUTCDay() === 1 ? day : null;
}

const weekLabelFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/** "Week of Nov 30, 2026". */
export const weekLabel = (weekStart: Date) => `Week of ${weekLabelFormat.format(weekStart)}`;

/** The weeks an apprentice can log, newest first: from the week of their start date to the current week. */
export function loggableWeeks(startDate: Date, today: Date): Date[] {
  const weeks: Date[] = [];
  for (let week = mondayOf(today); week >= mondayOf(startDate); week = addDays(week, -7)) weeks.push(week);
  return weeks;
}
