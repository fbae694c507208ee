import type { Tx } from './database';

/** A Drizzle builder (select, insert, update, delete) that can be prepared. */
interface Preparable<R> {
  prepare(name: string): { execute(values?: Record<string, unknown>): Promise<R> };
}

const names = new Set<string>();

/**
 * A query whose SQL Drizzle builds once, on its first run, and then reuses in every transaction
 * (docs/adr/0018-read-pipeline.md). Building the SQL (walking the builder, `is()` checks,
 * joining chunks) was a fifth of the server's CPU on a scoped list; Drizzle's own prepared
 * queries skip it, but bind themselves to the session that built them. This runs the prepared
 * query against each call's transaction instead, so the request context and row-level security
 * apply exactly as for a builder run in that transaction.
 *
 * Values that vary between calls go in as `sql.placeholder('name')` and are passed to the call;
 * anything else in the builder is fixed at the first run. `name` names the statement on
 * node-postgres connections and must be unique for the process.
 */
export function reusableQuery<R>(name: string, build: (tx: Tx) => Preparable<R>) {
  if (names.has(name)) throw new Error(`Consulta reutilizable repetida: «${name}».`);
  names.add(name);
  type Prepared = ReturnType<Preparable<R>['prepare']>;
  let template: Prepared | undefined;
  return (tx: Tx, values?: Record<string, unknown>): Promise<R> => {
    template ??= build(tx).prepare(name);
    // The prepared query reads its driver client from `this.client` when it runs; everything
    // else (SQL, parameters, row mapping) is shared through the prototype.
    const query = Object.create(template) as Prepared & { client: unknown };
    query.client = sessionClient(tx);
    return query.execute(values);
  };
}

/** The driver client behind a transaction's session (both Drizzle sessions keep it as `client`). */
function sessionClient(tx: Tx): unknown {
  const client = (tx._.session as unknown as { client?: unknown }).client;
  if (!client) throw new Error('La sesión de Drizzle no expone su cliente.');
  return client;
}
