// The arithmetic behind the staff pages' numbers, kept apart from the queries so it is unit-tested.

/** A bar's length as a percentage of the whole, 0–100; an empty whole draws no bar rather than dividing by 0. */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.min(100, Math.max(0, (part / whole) * 100));
}
