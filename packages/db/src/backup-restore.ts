import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { PGlite } from '@electric-sql/pglite';

import {
  type EvidenceStore,
  isNonEmptyFolder,
  restoreEvidenceFiles,
  verifyBackupFolder,
} from './backup-files';
import { type BackupManifest, BackupProblemsError, readManifest } from './backup-manifest';
import { proveRestored } from './backup-verify';
import { postgisOnDemand } from './postgis-on-demand';
import type { SqlRunner } from './sql-runner';

const run = promisify(execFile);

/** Where the database goes: the embedded `pgdata` folder, or a PostgreSQL database (owner URL). */
export type RestoreTarget =
  { kind: 'pglite'; pgdataDir: string } | { kind: 'postgresql'; url: string };

export interface RestoreReport {
  manifest: BackupManifest;
  files: number;
  bytes: number;
  /** Folders that held data before and were renamed aside (never deleted) by `overwrite`. */
  setAside: string[];
  /** PostgreSQL only: the target database had tables and its public schema was replaced. */
  replacedDatabase: boolean;
}

// Mirrors the first migration: the dump grants privileges to ruta_app, and a new cluster lacks it.
const ENSURE_APP_ROLE = `DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ruta_app') THEN
    CREATE ROLE ruta_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$`;

function describeDatabase(url: string) {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

async function withClient<T>(url: string, fn: (runner: SqlRunner) => Promise<T>): Promise<T> {
  const { default: driver } = await import('pg');
  const client = new driver.Client({ connectionString: url });
  // A lost connection rejects the statement in flight; unheard, its 'error' event would also be an
  // uncaught exception.
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn({
      exec: async (text) => void (await client.query(text)),
      query: async <Row>(text: string, params?: unknown[]) =>
        (await client.query(text, params)).rows as Row[],
    });
  } finally {
    await client.end();
  }
}

async function databaseHasTables(url: string): Promise<boolean> {
  return withClient(url, async (runner) => {
    // PostGIS's own table does not count: an operator may create the extension beforehand.
    const [row] = await runner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys'",
    );
    return (row?.n ?? 0) > 0;
  });
}

/** Renames a folder that holds data out of the way; a restore never deletes embedded data. */
function moveAside(path: string): string {
  const aside = `${path}.anterior-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  renameSync(path, aside);
  return aside;
}

async function restorePglite(input: { pgdataDir: string; dump: string; manifest: BackupManifest }) {
  mkdirSync(input.pgdataDir, { recursive: true });
  try {
    const client = await PGlite.create({
      dataDir: input.pgdataDir,
      loadDataDir: new Blob([readFileSync(input.dump)]),
      extensions: { postgis: postgisOnDemand() },
    });
    try {
      await proveRestored(
        {
          exec: async (text) => void (await client.exec(text)),
          query: async <Row>(text: string, params?: unknown[]) =>
            (await client.query<Row>(text, params)).rows,
        },
        { counts: input.manifest.filas, heads: input.manifest.cabezasAuditoria },
      );
    } finally {
      await client.close();
    }
  } catch (error) {
    // The folder was empty or set aside before: remove what did not verify, so nobody starts on it.
    rmSync(input.pgdataDir, { recursive: true, force: true });
    throw error;
  }
}

async function restorePostgres(input: {
  url: string;
  dump: string;
  manifest: BackupManifest;
}): Promise<boolean> {
  const replace = await databaseHasTables(input.url);
  await withClient(input.url, async (admin) => {
    if (replace) await admin.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await admin.exec(ENSURE_APP_ROLE);
  });
  // One transaction: a restore that fails half-way leaves the database as it was.
  await run('pg_restore', [
    '--no-owner',
    '--single-transaction',
    `--dbname=${input.url}`,
    input.dump,
  ]);
  await withClient(input.url, (runner) =>
    proveRestored(runner, {
      counts: input.manifest.filas,
      heads: input.manifest.cabezasAuditoria,
    }),
  );
  return replace;
}

async function occupiedTargets(target: RestoreTarget, store: EvidenceStore): Promise<string[]> {
  const occupied: string[] = [];
  if (target.kind === 'pglite' && isNonEmptyFolder(target.pgdataDir))
    occupied.push(`la base de datos embebida (${target.pgdataDir})`);
  if (target.kind === 'postgresql' && (await databaseHasTables(target.url)))
    occupied.push(`la base de datos PostgreSQL ${describeDatabase(target.url)}`);
  if (isNonEmptyFolder(store.root)) occupied.push(`el almacén de archivos (${store.root})`);
  return occupied;
}

const ENGINE_NAMES = { pglite: 'PGlite (modo embebido)', postgresql: 'PostgreSQL' };

/**
 * Restores a backup folder: the database and every evidence file. Checks the whole backup by
 * SHA-256 and refuses a target that already holds data unless `overwrite` is set, before touching
 * anything. The restored database is proved like a backup (row counts, audit chains and heads).
 */
export async function restoreBackup(input: {
  folder: string;
  target: RestoreTarget;
  store: EvidenceStore;
  overwrite?: boolean;
}): Promise<RestoreReport> {
  const manifest = readManifest(input.folder);
  if (manifest.motor !== input.target.kind) {
    throw new Error(
      `Este respaldo es de ${ENGINE_NAMES[manifest.motor]} y el destino configurado es ${ENGINE_NAMES[input.target.kind]}. ` +
        (manifest.motor === 'pglite'
          ? 'Quite DATABASE_URL y use RUTA_POT_DATOS para restaurarlo.'
          : 'Defina DATABASE_URL con una base de datos PostgreSQL vacía para restaurarlo.'),
    );
  }
  const occupied = await occupiedTargets(input.target, input.store);
  if (occupied.length > 0 && !input.overwrite) {
    throw new Error(
      `No se restauró nada: el destino ya tiene datos (${occupied.join('; ')}). ` +
        'Para reemplazarlos repita con --sobrescribir: las carpetas existentes se renombran como «….anterior-<fecha>» ' +
        'y, en PostgreSQL, se reemplaza el esquema public de esa base de datos.',
    );
  }
  const problems = await verifyBackupFolder(input.folder, manifest);
  if (problems.length > 0) {
    throw new BackupProblemsError(
      `No se restauró nada: el respaldo «${input.folder}» está incompleto o dañado.`,
      problems,
    );
  }
  const dump = join(input.folder, manifest.baseDeDatos.archivo);
  const setAside: string[] = [];
  let replacedDatabase = false;
  if (input.target.kind === 'pglite') {
    if (isNonEmptyFolder(input.target.pgdataDir)) setAside.push(moveAside(input.target.pgdataDir));
    await restorePglite({ pgdataDir: input.target.pgdataDir, dump, manifest });
  } else {
    replacedDatabase = await restorePostgres({ url: input.target.url, dump, manifest });
  }
  if (isNonEmptyFolder(input.store.root)) setAside.push(moveAside(input.store.root));
  const files = await restoreEvidenceFiles({ folder: input.folder, manifest, store: input.store });
  return { manifest, ...files, setAside, replacedDatabase };
}
