import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';

import { contextSettings, relationalConfig } from './context-transaction';
import type { Database, Tx } from './database';
import { simpleQueryClient } from './named-statements-client';
import { PreparedStatements } from './plan-cache';
import type { ReadPipeline } from './read-pipeline';
import { schema } from './schema';
import { dispatchingClient, registerUnit } from './unit-clients';
import { type UnitConnection, UnitOfWork } from './unit-of-work';

/** A statement as Drizzle's node-postgres session hands it over. */
interface PgStatement {
  config: { text: string; name?: string; rowMode?: 'array'; types?: pg.CustomTypesConfig };
  params: unknown[];
}

/**
 * PostgreSQL's request path (docs/adr/0017-request-path.md, 0018-read-pipeline.md). A unit of
 * work's reads go to the read pipeline (read-pipeline.ts) as `EXECUTE rs_…('literal', …)` behind
 * the context; a unit that only reads never takes a pooled connection. The first other statement
 * takes one pooled connection for the rest of the unit: a statement behind BEGIN runs as
 * `EXECUTE` of a statement that connection prepared with SQL `PREPARE`, in one simple-query round
 * trip; every other statement goes as Drizzle sent it, under node-postgres's own named statements
 * (named-statements-client.ts).
 */
export function postgresWithContext(
  pool: pg.Pool,
  pipeline: ReadPipeline,
): Database['withContext'] {
  const dialect = new PgDialect();
  const relational = relationalConfig(schema);
  /** Where reusable queries are prepared (unit-clients.ts). */
  const shared = transactionOver(dispatchingClient);

  function transactionOver(client: object): Tx {
    const session = new NodePgSession(client as pg.PoolClient, dialect, relational, {});
    return new NodePgTransaction(dialect, session, relational) as unknown as Tx;
  }
  const prepared = new WeakMap<pg.PoolClient, PreparedStatements>();

  function statementsOf(client: pg.PoolClient): PreparedStatements {
    let statements = prepared.get(client);
    if (!statements) {
      statements = new PreparedStatements('rs_');
      prepared.set(client, statements);
    }
    return statements;
  }

  /** Sends one statement on the unit's pooled connection, behind `opening` when given. */
  async function sendOn(client: pg.PoolClient, { config, params }: PgStatement, opening?: string) {
    if (opening === undefined) return client.query(config, params);
    const { rowMode, types } = config;
    const simple = simpleQueryClient(client);
    // With an opening, `execute` either runs the statement or throws.
    const results = await statementsOf(client).execute(
      { text: config.text, params, opening },
      (sql) =>
        simple.simpleQuery({
          text: sql,
          ...(rowMode ? { rowMode } : {}),
          ...(types ? { types } : {}),
        }),
    );
    // Several statements in one message answer one result each; the statement's is last.
    return Array.isArray(results) ? results.at(-1) : results;
  }

  return async (context, fn, options) => {
    const settings = contextSettings(context);
    let acquired: Promise<pg.PoolClient> | undefined;
    let broken: Error | undefined;
    const pooled = () => (acquired ??= pool.connect());
    const connection: UnitConnection<PgStatement, unknown> = {
      carries: ({ config, params }) => PreparedStatements.accepts(config.text, params),
      read: ({ config, params }, opening) =>
        pipeline.read(
          { text: config.text, params, opening },
          { rowMode: config.rowMode, types: config.types },
        ),
      send: async (statement, opening) => sendOn(await pooled(), statement, opening),
      run: async (text) => {
        const client = await pooled();
        await simpleQueryClient(client).simpleQuery({ text });
      },
      // A connection whose ROLLBACK failed is discarded rather than handed to the next request.
      lost: (error) => {
        broken = error instanceof Error ? error : new Error('ROLLBACK falló');
      },
    };
    try {
      const unit = new UnitOfWork(connection, settings, options);
      const unitClient = {
        query: (config: PgStatement['config'], params?: unknown[]) =>
          unit.statement({ config, params: params ?? [] }, config.text),
      };
      const tx = transactionOver(unitClient);
      registerUnit(tx, unitClient, shared);
      return await unit.run(() => fn(tx));
    } finally {
      if (acquired) (await acquired.catch(() => undefined))?.release(broken);
    }
  };
}
