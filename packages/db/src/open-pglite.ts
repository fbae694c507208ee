import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { drizzle } from 'drizzle-orm/pglite';

import { assertOrdinaryRole, type Database, withContextFor } from './database';
import { migrate } from './migrate';
import { schema } from './schema';
import type { SqlRunner } from './sql-runner';

export interface PgliteOptions {
  /** Folder holding the data; undefined keeps everything in memory (tests). */
  dataDir?: string | undefined;
  /** Role the application runs as after migrating; tests pass 'postgres' to prove the refusal. */
  appRole?: string;
  /** Start from a dumped data folder (tests reuse one migrated template instead of re-creating PostGIS). */
  loadDataDir?: Blob | undefined;
}

function runnerFor(client: PGlite): SqlRunner {
  return {
    async exec(text) {
      await client.exec(text);
    },
    async query<Row>(text: string, params?: unknown[]) {
      return (await client.query<Row>(text, params)).rows;
    },
  };
}

/**
 * Opens the embedded database. PGlite is one in-process connection that starts as a superuser, so
 * we migrate first and then switch the session to the ordinary role before any request runs
 * (docs/adr/0009-tenancy.md explains what this does and does not protect against).
 */
export async function openPglite(
  options: PgliteOptions = {},
): Promise<Database & { client: PGlite }> {
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { postgis },
  });
  const runner = runnerFor(client);
  await migrate(runner);
  const role = options.appRole ?? 'ruta_app';
  await client.exec(`SET ROLE ${role === 'postgres' ? 'postgres' : 'ruta_app'}`);
  try {
    await assertOrdinaryRole(runner);
  } catch (error) {
    await client.close();
    throw error;
  }
  const orm = drizzle({ client, schema });
  return {
    kind: 'pglite',
    client,
    orm,
    raw: runner,
    withContext: withContextFor(orm),
    close: () => client.close(),
  };
}
