import { createRequire } from 'node:module';

import type pg from 'pg';

import { assertOrdinaryRole, assertStandardStrings, type Database } from './database';
import { migrate } from './migrate';
import { namedStatementsClient } from './named-statements-client';
import { postgresWithContext } from './postgres-session';
import { assertPipelineDriver, ReadPipeline } from './read-pipeline';
import { schema } from './schema';
import type { SqlRunner } from './sql-runner';

export interface PostgresOptions {
  /** Owner connection (DATABASE_URL): used only to migrate. */
  url: string;
  /** Login role the application uses; must be ordinary (default ruta_app). */
  appRole?: string;
  /** Password for the application role, when the server requires one. */
  appPassword?: string | undefined;
  poolSize?: number;
  /** Dedicated connections for pipelined reads (ADR 0018); default 2. */
  readConnections?: number;
}

function runnerForPool(pool: pg.Pool | pg.Client): SqlRunner {
  return {
    async exec(text) {
      await pool.query(text);
    },
    async query<Row>(text: string, params?: unknown[]) {
      return (await pool.query(text, params)).rows as Row[];
    },
  };
}

/**
 * Ends `pool` once its connections are closed. pg-pool's own `end()` resolves as soon as it has
 * asked them to close, while their backends may still be running: whoever drops the database or
 * stops the server next would cut them off mid-goodbye.
 */
function endWhenClosed(pool: pg.Pool): () => Promise<void> {
  const open = new Set<Promise<void>>();
  pool.on('connect', (client) => {
    const ended = new Promise<void>((resolve) => client.once('end', resolve));
    open.add(ended);
    void ended.then(() => open.delete(ended));
  });
  return async () => {
    await pool.end();
    await Promise.all(open);
  };
}

/** URL of the same database for another role (trust or password authentication). */
export function urlForRole(url: string, role: string, password?: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = password ?? '';
  return parsed.toString();
}

/**
 * Opens PostgreSQL + PostGIS: migrates with the owner connection, then serves every request
 * through a pool logged in as the ordinary application role.
 */
export async function openPostgres(
  options: PostgresOptions,
): Promise<Database & { pool: pg.Pool }> {
  // Loaded here, not at the top: the embedded start never pays for the PostgreSQL driver (ADR 0016).
  const [{ default: driver }, { drizzle }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
  ]);
  const admin = new driver.Client({ connectionString: options.url });
  // A connection lost mid-migration also rejects the statement in flight, which is what reports
  // it; unheard, the client's 'error' event would be an uncaught exception instead.
  admin.on('error', () => {});
  await admin.connect();
  try {
    await migrate(runnerForPool(admin));
    if (options.appPassword) {
      await admin.query(
        `ALTER ROLE ruta_app PASSWORD '${options.appPassword.replace(/'/g, "''")}'`,
      );
    }
  } finally {
    await admin.end();
  }
  const role = options.appRole ?? 'ruta_app';
  const appUrl = urlForRole(options.url, role, options.appPassword);
  // Drizzle's statements are named on every pooled connection by the pool's own client class.
  const pool = new driver.Pool({
    connectionString: appUrl,
    max: options.poolSize ?? 10,
    Client: namedStatementsClient(driver.Client),
  });
  // An idle connection the server ends (a restart, pg_terminate_backend, DROP DATABASE … WITH
  // (FORCE)) reaches the pool as an 'error' event, and unheard that event is an uncaught exception
  // that takes the whole process down. The pool has already discarded that connection and the next
  // request opens a new one, so there is nothing else to do.
  pool.on('error', () => {});
  const endPool = endWhenClosed(pool);
  const raw = runnerForPool(pool);
  try {
    await assertOrdinaryRole(raw);
    await assertStandardStrings(raw);
  } catch (error) {
    await endPool();
    throw error;
  }
  const orm = drizzle({ client: pool, schema });
  assertPipelineDriver(pgVersion(), driver.Result);
  const pipeline = new ReadPipeline({
    connections: options.readConnections ?? 2,
    Result: driver.Result,
    connect: async () => {
      // Named, so an operator can tell the read connections apart in pg_stat_activity.
      const client = new driver.Client({
        connectionString: appUrl,
        application_name: 'ruta_pot_lecturas',
      });
      await client.connect();
      return client;
    },
  });
  return {
    kind: 'postgresql',
    pool,
    orm,
    raw,
    withContext: postgresWithContext(pool, pipeline),
    close: async () => {
      await pipeline.close();
      await endPool();
    },
  };
}

/** The installed node-postgres's version, from its package.json. */
function pgVersion(): string {
  return (createRequire(import.meta.url)('pg/package.json') as { version: string }).version;
}
