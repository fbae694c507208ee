import type { PGlite, QueryOptions } from '@electric-sql/pglite';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle, PgliteSession, PgliteTransaction } from 'drizzle-orm/pglite';

import { contextStatement, relationalConfig } from './context-transaction';
import type { Database, Orm, Tx } from './database';
import { PgliteWire } from './pglite-wire';
import { schema } from './schema';

/** A plain read: it can run in its own implicit, read-only transaction. */
const READ_ONLY = /^\s*select\b/i;
/** Row locks are refused in read-only transactions; such reads open the real transaction. */
const LOCKING = /\bfor\s+(no\s+key\s+update|update|key\s+share|share)\b/i;

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
   * What Drizzle's session calls inside a unit of work; it refuses to run once the unit ended.
   *
   * While the unit has only read, each plain SELECT travels with the context in one message:
   * PostgreSQL runs a multi-statement message as one implicit transaction, so the
   * transaction-local context lasts exactly that statement, and `transaction_read_only` makes a
   * SELECT that tried to write fail instead of escaping a later rollback. Separate read
   * transactions are equivalent here: PGlite holds its lock for the whole unit, so nothing else
   * writes in between, and under READ COMMITTED each statement takes a fresh snapshot anyway.
   * The first other statement opens the real transaction (BEGIN and the context in its message),
   * which then holds every later statement until COMMIT or ROLLBACK.
   */
  function unitClient(context: string) {
    const readOnlyOpening = [`SELECT set_config('transaction_read_only', 'on', true)`, context]
      .filter(Boolean)
      .join('; ');
    let open = false;
    let ended = false;
    const client = {
      query: (text: string, params: unknown[] = [], options?: QueryOptions) => {
        if (ended) throw new Error('La transacción ya terminó.');
        if (open) return wire.query({ text, params, options });
        if (READ_ONLY.test(text) && !LOCKING.test(text) && wire.plannable(text, params)) {
          return wire.query({ text, params, options, opening: readOnlyOpening });
        }
        open = true;
        return wire.query({
          text,
          params,
          options,
          opening: context ? `BEGIN; ${context}` : 'BEGIN',
        });
      },
    };
    return {
      client: client as unknown as PGlite,
      /** Whether BEGIN was sent (a failed first call may still have opened the transaction). */
      open: () => open,
      end: () => (ended = true),
    };
  }

  /** Runs `work` as one unit of work; one that ran no statement never reaches the database. */
  async function transaction<T>(context: string, work: (tx: PGlite) => Promise<T>): Promise<T> {
    return exclusive(async () => {
      const unit = unitClient(context);
      let committing = false;
      try {
        const result = await work(unit.client);
        unit.end();
        // A failed COMMIT already ended the transaction: nothing left to roll back.
        committing = true;
        if (unit.open()) await wire.simple('COMMIT');
        return result;
      } catch (error) {
        unit.end();
        if (!committing && unit.open()) await wire.simple('ROLLBACK');
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
