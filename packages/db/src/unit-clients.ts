import type { Tx } from './database';

/**
 * Which driver client each unit of work's transaction runs on, for reusable queries
 * (reusable-query.ts, docs/adr/0026-public-driver-apis.md).
 *
 * Drizzle binds a prepared query to the session that built it. Each engine therefore keeps one
 * shared transaction whose session's client is {@link dispatchingClient}: a prepared query built
 * on it sends each statement to the client of the unit of work it is running for, which
 * {@link runInUnit} names for the duration of the call. Everything goes through Drizzle's
 * declared constructors and `prepare`/`execute`; nothing reads Drizzle's internals.
 *
 * The unit is named only while `execute` runs synchronously: Drizzle's prepared queries call
 * their client before their first `await`. Were that to change, the statement would find no unit
 * named and fail loudly ("fuera de una unidad de trabajo"), never reach another unit's client.
 * `AsyncLocalStorage` would not depend on it, but on Node 20 it turns on promise hooks for the
 * whole process: the server spent 0.41–0.46 ms of CPU per request on the member list with it,
 * against 0.26–0.33 ms (ADR 0026).
 */

/** What Drizzle's sessions call on their driver client. */
export interface DriverClient {
  query(...args: never[]): unknown;
}

interface Unit {
  client: DriverClient;
  /** The engine's transaction over {@link dispatchingClient}. */
  shared: Tx;
}

/** The client of the unit whose reusable query is being executed, during that call only. */
let running: DriverClient | undefined;
const units = new WeakMap<Tx, Unit>();

/** The client of the unit of work a reusable query is running for. */
export const dispatchingClient: DriverClient = {
  query(...args: never[]) {
    const client = running;
    if (!client) throw new Error('Consulta reutilizable fuera de una unidad de trabajo.');
    return client.query(...args);
  },
};

/** Records that `tx`, made by an engine for one unit of work, runs on `client`. */
export function registerUnit(tx: Tx, client: DriverClient, shared: Tx): void {
  units.set(tx, { client, shared });
}

/** Runs `work` on the engine's shared transaction, its statements going to `tx`'s unit. */
export function runInUnit<R>(tx: Tx, work: (shared: Tx) => Promise<R>): Promise<R> {
  const unit = units.get(tx);
  if (!unit) {
    return Promise.reject(new Error('La transacción no viene de withContext de esta base.'));
  }
  running = unit.client;
  try {
    return work(unit.shared);
  } finally {
    running = undefined;
  }
}
