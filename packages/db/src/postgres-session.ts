import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';

import { contextStatement, relationalConfig } from './context-transaction';
import type { Database, Tx } from './database';
import { PreparedStatements, unnamedQuery } from './plan-cache';
import type { schema } from './schema';
import { type UnitConnection, UnitOfWork } from './unit-of-work';

/** A statement as Drizzle's node-postgres session hands it over. */
interface PgStatement {
  config: { text: string; name?: string; rowMode?: 'array'; types?: pg.CustomTypesConfig };
  params: unknown[];
}

/**
 * PostgreSQL's request path (docs/adr/0017-request-path.md): one pooled connection per unit of
 * work (unit-of-work.ts). A statement that travels behind the context runs as
 * `EXECUTE rs_…('literal', …)` of a statement this connection prepared with SQL `PREPARE`, in one
 * simple-query round trip; every other statement goes as Drizzle sent it, under node-postgres's
 * own named statements (plan-cache.ts). A read-only request is one round trip instead of four.
 */
export function postgresWithContext(
  pool: pg.Pool,
  orm: NodePgDatabase<typeof schema>,
): Database['withContext'] {
  const dialect = new PgDialect();
  const relational = relationalConfig(orm);
  const prepared = new WeakMap<pg.PoolClient, PreparedStatements>();

  function connectionFor(client: pg.PoolClient, lost: (error: unknown) => void) {
    const unnamed = unnamedQuery(client) as (config: unknown) => Promise<unknown>;
    let statements = prepared.get(client);
    if (!statements) {
      statements = new PreparedStatements('rs_');
      prepared.set(client, statements);
    }
    const registry = statements;
    const connection: UnitConnection<PgStatement, unknown> = {
      carries: ({ config, params }) => registry.accepts(config.text, params),
      async send({ config, params }, opening) {
        if (opening === undefined) return client.query(config, params);
        const { rowMode, types } = config;
        // With an opening, `execute` either runs the statement or throws.
        const results = await registry.execute({ text: config.text, params, opening }, (sql) =>
          unnamed({ text: sql, ...(rowMode ? { rowMode } : {}), ...(types ? { types } : {}) }),
        );
        // Several statements in one message answer one result each; the statement's is last.
        return Array.isArray(results) ? (results.at(-1) as unknown) : results;
      },
      run: async (text) => void (await unnamed(text)),
      lost,
    };
    return connection;
  }

  return async (context, fn) => {
    const opening = contextStatement(context);
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const unit = new UnitOfWork(
        connectionFor(client, (error) => {
          broken = error instanceof Error ? error : new Error('ROLLBACK falló');
        }),
        opening,
      );
      const unitClient = {
        query: (config: PgStatement['config'], params?: unknown[]) =>
          unit.statement({ config, params: params ?? [] }, config.text),
      };
      const session = new NodePgSession(
        unitClient as unknown as pg.PoolClient,
        dialect,
        relational,
        {},
      );
      const tx = new NodePgTransaction(dialect, session, relational);
      return await unit.run(() => fn(tx as unknown as Tx));
    } finally {
      // A connection whose ROLLBACK failed is discarded rather than handed to the next request.
      client.release(broken);
    }
  };
}
