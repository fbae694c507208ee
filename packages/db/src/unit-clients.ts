import { AsyncLocalStorage } from 'node:async_hooks';

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

const running = new AsyncLocalStorage<DriverClient>();
const units = new WeakMap<Tx, Unit>();

/** The client of the unit of work a reusable query is running for. */
export const dispatchingClient: DriverClient = {
  query(...args: never[]) {
    const client = running.getStore();
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
  return running.run(unit.client, () => work(unit.shared));
}
