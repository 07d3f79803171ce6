import "server-only";

// Figures that may be a minute old (the staff home's counts, the review queue's status counts), kept per server
// process for FIGURES_MAX_AGE_MS so a busy page does not re-run whole-table aggregates on every view. Nothing
// relies on this memory for correctness: each process has its own copy, every page that shows cached figures says
// how old they are (components/staff/figures-as-of.tsx), and lists and decisions always read the database.
// Callers authorize BEFORE asking for cached figures: a hit runs no loader, so no check inside one.

export const FIGURES_MAX_AGE_MS = 60_000;

export type Figures<T> = { value: T; asOf: Date };

const entries = new Map<string, { value: Promise<unknown>; asOf: Date }>();

/** The figures under `key`, loaded at most once per FIGURES_MAX_AGE_MS (concurrent callers share one load). */
export async function cachedFigures<T>(key: string, load: () => Promise<T>): Promise<Figures<T>> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.asOf.getTime() < FIGURES_MAX_AGE_MS) {
    return { value: (await hit.value) as T, asOf: hit.asOf };
  }
  const entry = { value: load(), asOf: new Date(now) };
  entries.set(key, entry);
  // A failed load is not remembered: the next view tries again.
  entry.value.catch(() => entries.get(key) === entry && entries.delete(key));
  return { value: await entry.value, asOf: entry.asOf };
}

/** Forgets every cached figure: for tests, which change the database between two views of a page. */
export function clearCachedFigures() {
  entries.clear();
}
