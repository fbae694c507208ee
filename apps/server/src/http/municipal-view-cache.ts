import type { Database } from '@ruta-pot/db';

import { prebuildJson, type PrebuiltJson } from './prebuilt-json';

/** How long a municipal read model (the dashboard) may be served from memory. */
const MUNICIPAL_VIEW_TTL_MS = 5_000;

interface Entry {
  expires: number;
  value: Promise<unknown>;
}

const views = new WeakMap<Database, Map<string, Entry>>();

/**
 * Serves an expensive municipal read model from memory for a few seconds. Concurrent requests
 * share one computation, and any successful write to the municipality through the API drops the
 * entry at once (see the middleware in app.ts), so users never see their own change missing.
 */
export function cachedMunicipalView<T>(input: {
  db: Database;
  key: string;
  compute: () => Promise<T>;
}): Promise<T> {
  let byKey = views.get(input.db);
  if (!byKey) {
    byKey = new Map();
    views.set(input.db, byKey);
  }
  const now = Date.now();
  const hit = byKey.get(input.key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  if (byKey.size > 5_000) byKey.clear();
  const value = input.compute();
  byKey.set(input.key, { expires: now + MUNICIPAL_VIEW_TTL_MS, value });
  value.catch(() => byKey.delete(input.key));
  return value;
}

/** Drops every cached view of one municipality (keys start with its DANE code). */
export function invalidateMunicipalViews(db: Database, codigo: string): void {
  const byKey = views.get(db);
  if (!byKey) return;
  for (const key of byKey.keys()) if (key.startsWith(`${codigo}:`)) byKey.delete(key);
}

/**
 * A municipal view cached as its JSON text and gzip: with hundreds of rows, serialising and
 * compressing on every request cost more than the rest of the request (benches «expediente»,
 * «equipo»). The key must start with the DANE code so writes to the municipality drop it.
 */
export function cachedMunicipalJson<T>(input: {
  db: Database;
  key: string;
  compute: () => Promise<T>;
}): Promise<PrebuiltJson & { value: T }> {
  return cachedMunicipalView({
    db: input.db,
    key: input.key,
    compute: async () => {
      const value = await input.compute();
      return { value, ...prebuildJson(value) };
    },
  });
}
