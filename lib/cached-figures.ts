import "server-only";
import { cachedInProcess } from "@/lib/process-cache";

// Figures that may be a minute old (the staff home's counts, the review queue's status counts), kept per server
// process (lib/process-cache.ts) for FIGURES_MAX_AGE_MS so a busy page does not re-run whole-table aggregates on
// every view. Nothing relies on them for correctness: no write forgets them, every page that shows cached figures
// says how old they are (components/staff/figures-as-of.tsx), and lists and decisions always read the database.

export const FIGURES_MAX_AGE_MS = 60_000;

export type Figures<T> = { value: T; asOf: Date };

/** The figures under `key`, loaded at most once per FIGURES_MAX_AGE_MS (concurrent callers share one load). */
export function cachedFigures<T>(key: string, load: () => Promise<T>): Promise<Figures<T>> {
  return cachedInProcess(`figures:${key}`, FIGURES_MAX_AGE_MS, load);
}
