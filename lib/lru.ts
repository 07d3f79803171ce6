/**
 * A bounded in-process cache that forgets the least recently used entry first. For work whose result is a pure
 * function of its key (a font subset, a deterministic PDF), so a miss on another instance only costs time.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: moving a hit to the end keeps the oldest entry first.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V) {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: K) {
    this.entries.delete(key);
  }

  /** The cached value, or the one `make` returns, cached; a promise that rejects is not kept. */
  getOrSet(key: K, make: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    this.set(key, value);
    if (value instanceof Promise) value.catch(() => this.entries.get(key) === value && this.delete(key));
    return value;
  }
}
