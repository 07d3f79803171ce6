import type { CsvValue } from "@/lib/csv";

// The arithmetic and the CSV layout of the staff's training figures (/staff/training), apart from the queries so
// they are unit-tested. Months are calendar months in UTC.

/** How many months the chart of approved hours covers, this one included. */
export const CHART_MONTHS = 12;

const monthLabel = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** The first day of the month `offset` months from the one that holds `now` (0: this month). */
export const monthStart = (now: Date, offset = 0) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));

export type MonthHours = { start: Date; label: string; hours: number };

/** The last CHART_MONTHS months, oldest first, each with its approved hours (none when it has no row). */
export function monthlyHours(now: Date, minutes: ReadonlyArray<{ month: Date; minutes: number }>): MonthHours[] {
  return Array.from({ length: CHART_MONTHS }, (_, i) => {
    const start = monthStart(now, i - CHART_MONTHS + 1);
    const total = minutes.filter((m) => m.month.getTime() === start.getTime()).reduce((n, m) => n + m.minutes, 0);
    return { start, label: monthLabel.format(start), hours: Math.round(total / 60) };
  });
}

/** Completed apprentices over those who left the program (completed or cancelled); null while nobody has. */
export const completionRate = (completed: number, cancelled: number) =>
  completed + cancelled === 0 ? null : completed / (completed + cancelled);

export type EmployerFigures = {
  organizationId: string;
  legalName: string;
  state: string;
  activeApprentices: number;
  hoursApprovedThisMonth: number;
  weeksWaiting: number;
  skillsSignedOffThisMonth: number;
  overdueRaises: number;
};

export const EMPLOYER_FIGURES_CSV_HEADER = [
  "Employer",
  "State",
  "Apprentices in training",
  "Hours approved (month to date)",
  "Weeks waiting for approval",
  "Skills signed off (month to date)",
  "Raises overdue",
] as const;

export const employerFiguresCsvRow = (e: EmployerFigures): CsvValue[] => [
  e.legalName,
  e.state,
  e.activeApprentices,
  e.hoursApprovedThisMonth,
  e.weeksWaiting,
  e.skillsSignedOffThisMonth,
  e.overdueRaises,
];
