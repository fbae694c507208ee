import { LRUCache } from 'lru-cache';

/**
 * The in-memory cache of session and role look-ups, which would otherwise cost several statements
 * on every request (ADR 0013). Expiry and the size bound are lru-cache's; this class adds the
 * bulk deletions sign-out needs (by key prefix, by value).
 *
 * lru-cache's edges (ADR 0023): an entry is stale once *more* than `ttlMs` has passed, and a full
 * cache drops the least recently *used* entry, not the oldest inserted one.
 */
export class TtlCache<V extends NonNullable<unknown>> {
  private readonly entries: LRUCache<string, V>;

  constructor(ttlMs: number, maxEntries = 10_000, now?: () => number) {
    this.entries = new LRUCache<string, V>({
      max: maxEntries,
      ttl: ttlMs,
      // Read the clock on every check instead of lru-cache's default of once per millisecond
      // (a timer), so an injected clock is seen at once and no timer is left behind.
      ttlResolution: 0,
      // lru-cache takes a start time of 0 to mean «no expiry»; a test clock may start at 0, so it
      // is read one millisecond later (elapsed times are unchanged).
      ...(now ? { perf: { now: () => now() + 1 } } : {}),
    });
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    this.entries.set(key, value);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops every entry whose key starts with `prefix` (e.g. all roles of one user). */
  deletePrefix(prefix: string): void {
    // Collected first: lru-cache's iterators are not meant to survive deletions.
    for (const key of [...this.entries.keys()])
      if (key.startsWith(prefix)) this.entries.delete(key);
  }

  /** Drops every entry whose value matches (e.g. all sessions of one user). */
  deleteWhere(matches: (value: V) => boolean): void {
    for (const [key, value] of [...this.entries.entries()])
      if (matches(value)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
