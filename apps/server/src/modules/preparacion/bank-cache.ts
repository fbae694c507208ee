import type { Database } from '@ruta-pot/db';

/**
 * Public bank searches are kept this long (documented staleness, ADR 0020): the bank changes a
 * few times a day, searches arrive in bursts. Writes through this process invalidate at once;
 * an import by the CLI in another process shows within this time.
 */
export const BANK_TTL_MS = 10_000;
const MAX_ENTRIES = 500;

/** Per database (tests run two engines in one process), per normalised query. */
const cache = new WeakMap<Database, Map<string, { expira: number; valor: Promise<unknown> }>>();

/** The cached result of `key`, or `compute()` shared by concurrent callers of the same key. */
export function cachedSearch<T>(db: Database, key: string, compute: () => Promise<T>): Promise<T> {
  let entries = cache.get(db);
  if (!entries) {
    entries = new Map();
    cache.set(db, entries);
  }
  const now = performance.now();
  const hit = entries.get(key);
  if (hit && hit.expira > now) return hit.valor as Promise<T>;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const valor = compute();
  const own = entries;
  own.set(key, { expira: now + BANK_TTL_MS, valor });
  valor.catch(() => own.delete(key));
  return valor;
}

/** Drops every cached search of a database (after an import, a new case or a publication). */
export function invalidateBankCache(db: Database): void {
  cache.delete(db);
}
