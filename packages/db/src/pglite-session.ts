import type { PGlite, QueryOptions } from '@electric-sql/pglite';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle, PgliteSession, PgliteTransaction } from 'drizzle-orm/pglite';

import { contextStatement, relationalConfig } from './context-transaction';
import type { Database, Orm, Tx } from './database';
import { PgliteWire } from './pglite-wire';
import { schema } from './schema';

/**
 * The embedded engine's request path (docs/adr/0017-request-path.md): Drizzle's
 * statements and transactions go through {@link PgliteWire} while this module holds PGlite's
 * transaction lock, the same lock PGlite's own `query`, `exec` and `transaction` take, so raw
 * SQL elsewhere (migrations, backups, tests) still waits its turn.
 */
export function pgliteRequestPath(client: PGlite): Pick<Database, 'orm' | 'withContext'> {
  const wire = new PgliteWire(client);
  const exclusive = <T>(work: () => Promise<T>) => client._runExclusiveTransaction(work);

  /**
   * What Drizzle's session calls inside a transaction. `BEGIN` and the opening statement wait
   * for the first statement and travel in its call, so a request's unit of work costs one call
   * into PGlite per statement plus the COMMIT. It refuses to run once the transaction has ended.
   */
  function transactionClient(opening: string) {
    let pending: string | undefined = opening ? `BEGIN; ${opening}` : 'BEGIN';
    let ended = false;
    const client = {
      query: (text: string, params?: unknown[], options?: QueryOptions) => {
        if (ended) throw new Error('La transacción ya terminó.');
        const prefix = pending;
        pending = undefined;
        return wire.query({ text, params, options, opening: prefix });
      },
    };
    return {
      client: client as unknown as PGlite,
      /** Whether BEGIN was sent (a failed first call may still have opened the transaction). */
      begun: () => pending === undefined,
      end: () => (ended = true),
    };
  }

  /** Runs `work` in a transaction; one that ran no statement never reaches the database. */
  async function transaction<T>(opening: string, work: (tx: PGlite) => Promise<T>): Promise<T> {
    return exclusive(async () => {
      const tx = transactionClient(opening);
      let open = true;
      try {
        const result = await work(tx.client);
        tx.end();
        // A failed COMMIT already ended the transaction: nothing left to roll back.
        open = false;
        if (tx.begun()) await wire.simple('COMMIT');
        return result;
      } catch (error) {
        tx.end();
        if (open && tx.begun()) await wire.simple('ROLLBACK');
        throw error;
      } finally {
        await client.syncToFs();
      }
    });
  }

  // Statements outside a transaction take the lock one by one, like PGlite's `query`.
  const drizzleClient = {
    query: (text: string, params?: unknown[], options?: QueryOptions) =>
      exclusive(async () => {
        const result = await wire.query({ text, params, options });
        await client.syncToFs();
        return result;
      }),
    transaction: <T>(work: (tx: PGlite) => Promise<T>) => transaction('', work),
  };
  const orm: Orm = drizzle({ client: drizzleClient as unknown as PGlite, schema });

  const dialect = new PgDialect();
  const relational = relationalConfig(orm);
  return {
    orm,
    // async: a context that cannot be written as SQL rejects the promise instead of throwing.
    withContext: async (context, fn) =>
      transaction(contextStatement(context), (txClient) => {
        const session = new PgliteSession(txClient, dialect, relational);
        return fn(new PgliteTransaction(dialect, session, relational) as unknown as Tx);
      }),
  };
}
