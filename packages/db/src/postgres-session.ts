import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';

import { contextStatement, inTransaction, relationalConfig } from './context-transaction';
import type { Database, Tx } from './database';
import type { schema } from './schema';

/**
 * PostgreSQL's request path: one pooled connection per unit of work, `BEGIN` and the request
 * context in one simple-query round trip, then a Drizzle transaction bound to that connection
 * (docs/adr/0017-request-path.md). Drizzle's own `transaction` sends them separately.
 */
export function postgresWithContext(
  pool: pg.Pool,
  orm: NodePgDatabase<typeof schema>,
): Database['withContext'] {
  const dialect = new PgDialect();
  const relational = relationalConfig(orm);
  return async (context, fn) => {
    const connection = await pool.connect();
    let broken: unknown;
    try {
      const session = new NodePgSession(connection, dialect, relational, {});
      const tx = new NodePgTransaction(dialect, session, relational);
      return await inTransaction(
        {
          run: async (text) => void (await connection.query(text)),
          lost: (error) => (broken = error),
        },
        contextStatement(context),
        () => fn(tx as unknown as Tx),
      );
    } finally {
      // A connection whose ROLLBACK failed is discarded rather than handed to the next request.
      connection.release(
        broken === undefined
          ? undefined
          : broken instanceof Error
            ? broken
            : new Error('ROLLBACK falló'),
      );
    }
  };
}
