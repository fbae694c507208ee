import { PGlite } from '@electric-sql/pglite';

import { assertOrdinaryRole, assertStandardStrings, type Database } from './database';
import { migrate } from './migrate';
import { pgliteRequestPath } from './pglite-session';
import { postgisOnDemand } from './postgis-on-demand';
import type { SqlRunner } from './sql-runner';

export interface PgliteOptions {
  /** Folder holding the data; undefined keeps everything in memory (tests). */
  dataDir?: string | undefined;
  /** Role the application runs as after migrating; tests pass 'postgres' to prove the refusal. */
  appRole?: string;
  /** Start from a dumped data folder (tests reuse one migrated template instead of re-creating PostGIS). */
  loadDataDir?: Blob | undefined;
  /** Where the slimmed PostGIS bundle is extracted once (defaults to the system temp folder). */
  cacheDir?: string | undefined;
}

/**
 * PostgreSQL's buffer cache inside the WebAssembly heap. PGlite's default (128 MB) is resident
 * memory on the planning office's computer; a municipality's rows fit in a fraction of it and the
 * operating system caches the data files anyway (ADR 0016 has the measurements).
 */
export const PGLITE_SHARED_BUFFERS = '16MB';

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
    extensions: { postgis: postgisOnDemand(options.cacheDir) },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  const runner = runnerFor(client);
  await migrate(runner);
  const role = options.appRole ?? 'ruta_app';
  await client.exec(`SET ROLE ${role === 'postgres' ? 'postgres' : 'ruta_app'}`);
  try {
    await assertOrdinaryRole(runner);
    await assertStandardStrings(runner);
  } catch (error) {
    await client.close();
    throw error;
  }
  return {
    kind: 'pglite',
    client,
    ...pgliteRequestPath(client),
    raw: runner,
    close: () => client.close(),
  };
}
