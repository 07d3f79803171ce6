import "server-only";

// Values kept in this server process's memory for a bounded time, so busy pages do not read on every request what
// rarely changes. Each process has its own copy. The writes that change a value forget it in their process at once
// (forgetCached, called after their transaction commits), so what a write changed shows on the next page; another
// process (a second app instance) sees it once its copy is older than the value's maximum age.
// Callers authorize BEFORE asking: a hit runs no loader, so no check inside one.

const entries = new Map<string, { value: Promise<unknown>; asOf: Date }>();

/**
 * The value under `key` and when it was loaded, loaded at most once per `maxAgeMs` (concurrent callers share one
 * load). Every caller gets the same object: loaders return values nobody changes.
 */
export async function cachedInProcess<T>(
  key: string,
  maxAgeMs: number,
  load: () => Promise<T>,
): Promise<{ value: T; asOf: Date }> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.asOf.getTime() < maxAgeMs) return { value: (await hit.value) as T, asOf: hit.asOf };
  const entry = { value: load(), asOf: new Date(now) };
  entries.set(key, entry);
  // A failed load is not remembered: the next caller tries again.
  entry.value.catch(() => entries.get(key) === entry && entries.delete(key));
  return { value: await entry.value, asOf: entry.asOf };
}

/**
 * Forgets the value under `key`, so the next caller loads it again. A load already running when this is called is
 * forgotten too: it may have read the database before the write committed.
 */
export function forgetCached(key: string) {
  entries.delete(key);
}

/** Forgets every value: for tests, which change the database behind the app's back between two views. */
export function clearProcessCache() {
  entries.clear();
}

/**
 * `value` with every object and array in it frozen, for a loader whose value every request shares: code that
 * changed it by mistake would change other requests' pages, and instead throws.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
