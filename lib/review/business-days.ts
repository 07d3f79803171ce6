// Review targets are promised in business days. Weekends do not count; public holidays are not modelled (a
// submission over a holiday weekend stands out a day early, which errs on the side of answering sooner).

const DAY = 86_400_000;

/** Whole business days (Monday–Friday, UTC) that have passed between `from` and `to`. */
export function businessDaysBetween(from: Date, to: Date): number {
  if (to <= from) return 0;
  const start = Math.floor(from.getTime() / DAY);
  const end = Math.floor(to.getTime() / DAY);
  let days = 0;
  for (let day = start + 1; day <= end; day++) {
    const weekday = new Date(day * DAY).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

/** A submission waiting on AAMI longer than the target. */
export const isOverdue = (submittedAt: Date, now: Date, targetBusinessDays: number) =>
  businessDaysBetween(submittedAt, now) > targetBusinessDays;
