import type { Tx } from './database';
import { runInUnit } from './unit-clients';

/** A Drizzle builder (select, insert, update, delete) that can be prepared. */
interface Preparable<R> {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R> };
}

const names = new Set<string>();

/**
 * A query whose SQL Drizzle builds once per engine, on its first run, and then reuses in every
 * transaction (docs/adr/0018-read-pipeline.md). Building the SQL (walking the builder, `is()`
 * checks, joining chunks) was a fifth of the server's CPU on a scoped list; Drizzle's own
 * prepared queries skip it, but bind themselves to the session that built it. This prepares the
 * query on the engine's shared transaction, whose client sends each run's statements to the
 * calling transaction's unit of work (unit-clients.ts), so the request context and row-level
 * security apply exactly as for a builder run in that transaction.
 *
 * Values that vary between calls go in as `sql.placeholder('name')` and are passed to the call;
 * anything else in the builder is fixed at the first run. `name` names the statement on
 * node-postgres connections and must be unique for the process.
 */
export function reusableQuery<R>(name: string, build: (tx: Tx) => Preparable<R>) {
  if (names.has(name)) throw new Error(`Consulta reutilizable repetida: «${name}».`);
  names.add(name);
  type Prepared = ReturnType<Preparable<R>['prepare']>;
  // One per engine: a prepared query speaks its own driver's dialect.
  const prepared = new WeakMap<Tx, Prepared>();
  return (tx: Tx, values?: Record<string, unknown>): Promise<R> =>
    runInUnit(tx, (shared) => {
      let query = prepared.get(shared);
      if (!query) {
        query = build(shared).prepare(name);
        prepared.set(shared, query);
      }
      return query.execute(values);
    });
}
