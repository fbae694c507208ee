import type { PGlite, QueryOptions, Results } from '@electric-sql/pglite';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle, PgliteSession, PgliteTransaction } from 'drizzle-orm/pglite';

import { contextSettings, relationalConfig } from './context-transaction';
import type { Database, Orm, Tx, UnitOptions } from './database';
import { whileSessionIsOurs } from './pglite-lock';
import { PgliteWire } from './pglite-wire';
import { schema } from './schema';
import { dispatchingClient, registerUnit } from './unit-clients';
import { type UnitConnection, UnitOfWork } from './unit-of-work';

/**
 * The embedded engine's request path (docs/adr/0017-request-path.md): Drizzle's statements and
 * transactions go through {@link PgliteWire} while this module holds PGlite's session
 * (pglite-lock.ts), so raw SQL elsewhere (migrations, backups, tests) still waits its turn.
 * Holding it for the whole unit of work also means nothing else writes between the unit's
 * read-only statements.
 */
export function pgliteRequestPath(client: PGlite): Pick<Database, 'orm' | 'withContext'> {
  const wire = new PgliteWire(client);
  const exclusive = <T>(work: () => Promise<T>) => whileSessionIsOurs(client, work);

  type Statement = { text: string; params: unknown[]; options: QueryOptions | undefined };
  const connection: UnitConnection<Statement, Results> = {
    carries: (s) => wire.plannable(s.text, s.params),
    send: (s, opening) => wire.query({ ...s, opening }),
    run: async (text) => void (await wire.simple(text)),
  };

  /** Runs `work` as one unit of work (unit-of-work.ts) while holding PGlite's session. */
  function transaction<T>(
    context: string,
    work: (tx: PGlite) => Promise<T>,
    options?: UnitOptions,
  ): Promise<T> {
    return exclusive(async () => {
      const unit = new UnitOfWork(connection, context, options);
      // What Drizzle's session calls: every statement goes through the unit.
      const txClient = {
        query: (text: string, params: unknown[] = [], options?: QueryOptions) =>
          unit.statement({ text, params, options }, text),
      } as unknown as PGlite;
      try {
        return await unit.run(() => work(txClient));
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
  const relational = relationalConfig(schema);
  const transactionOver = (txClient: object): Tx => {
    const session = new PgliteSession(txClient as PGlite, dialect, relational);
    return new PgliteTransaction(dialect, session, relational) as unknown as Tx;
  };
  /** Where reusable queries are prepared (unit-clients.ts). */
  const shared = transactionOver(dispatchingClient);
  return {
    orm,
    // async: a context that cannot be written as SQL rejects the promise instead of throwing.
    withContext: async (context, fn, options) =>
      transaction(
        contextSettings(context),
        (txClient) => {
          const tx = transactionOver(txClient);
          registerUnit(tx, txClient, shared);
          return fn(tx);
        },
        options,
      ),
  };
}
