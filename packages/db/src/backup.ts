import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { PGlite } from '@electric-sql/pglite';

import { copyEvidenceFiles, type EvidenceStore, sha256OfFile } from './backup-files';
import { type BackupManifest, BackupProblemsError, writeManifest } from './backup-manifest';
import { countRows, countRowsAsPlatform, proveRestored } from './backup-verify';
import type { DatabaseKind } from './database';
import { postgisOnDemand } from './postgis-on-demand';
import type { SqlRunner } from './sql-runner';

export type { EvidenceStore } from './backup-files';
export { type BackupManifest, BackupProblemsError, readManifest } from './backup-manifest';
export { restoreBackup, type RestoreReport, type RestoreTarget } from './backup-restore';

const run = promisify(execFile);

export interface BackupReport {
  folder: string;
  manifest: BackupManifest;
}

/** One backup in progress: built in `<folder>.parcial` and renamed only once everything verified. */
interface BackupJob {
  folder: string;
  work: string;
  motor: DatabaseKind;
  dumpName: string;
  store: EvidenceStore;
}

function startBackup(input: { folder: string; motor: DatabaseKind; store: EvidenceStore }) {
  if (existsSync(input.folder)) {
    throw new Error(`La carpeta de respaldo «${input.folder}» ya existe; elija otra con --salida.`);
  }
  const work = `${input.folder}.parcial`;
  // A leftover from an interrupted run is ours and never a valid backup (it has no manifest).
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const dumpName = input.motor === 'pglite' ? 'base-de-datos.tar.gz' : 'base-de-datos.dump';
  return { ...input, work, dumpName } satisfies BackupJob;
}

/** Runs the engine-specific part; on any failure nothing that looks like a backup is left behind. */
async function guard<T>(job: BackupJob, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    rmSync(job.work, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Common tail of both engines, given the dump restored somewhere scratch: prove it, copy and
 * verify the evidence files it references, then write the manifest last and publish the folder.
 */
async function finishBackup(
  job: BackupJob,
  restored: SqlRunner,
  live: Record<string, number>,
): Promise<BackupReport> {
  const proof = await proveRestored(restored, { counts: live });
  const files = await copyEvidenceFiles({ restored, store: job.store, folder: job.work });
  if (files.problems.length > 0) {
    throw new BackupProblemsError(
      `No se escribió el respaldo: ${files.problems.length} archivo(s) de evidencia del almacén «${job.store.root}» faltan o están dañados. ` +
        'Recupérelos (por ejemplo de un respaldo anterior) y repita el respaldo.',
      files.problems,
    );
  }
  const dumpPath = join(job.work, job.dumpName);
  const sha256 = await sha256OfFile(dumpPath);
  // Lets an operator check the dump with sha256sum -c, without Ruta POT installed.
  writeFileSync(`${dumpPath}.sha256`, `${sha256}  ${job.dumpName}\n`);
  const manifest: BackupManifest = {
    formato: 'ruta-pot-respaldo',
    version: 1,
    creadoEn: new Date().toISOString(),
    motor: job.motor,
    baseDeDatos: { archivo: job.dumpName, sha256, bytes: statSync(dumpPath).size },
    filas: proof.counts,
    entradasAuditoria: proof.entries,
    cabezasAuditoria: proof.heads,
    archivos: files.entries,
  };
  writeManifest(job.work, manifest);
  renameSync(job.work, job.folder);
  return { folder: job.folder, manifest };
}

function runnerFor(client: PGlite): SqlRunner {
  return {
    exec: async (text) => void (await client.exec(text)),
    query: async <Row>(text: string, params?: unknown[]) =>
      (await client.query<Row>(text, params)).rows,
  };
}

/**
 * Embedded backup: dumps the PGlite data folder to a .tar.gz, proves it by restoring it into a
 * fresh in-memory instance (row counts, audit chains), and adds the evidence files it references.
 */
export async function backupPglite(input: {
  client: PGlite;
  folder: string;
  store: EvidenceStore;
}): Promise<BackupReport> {
  const job = startBackup({ folder: input.folder, motor: 'pglite', store: input.store });
  return guard(job, async () => {
    // Counted as the application role in platform scope: never switch the shared connection back
    // to the superuser while the server may be answering requests on it.
    const live = await input.client.transaction(async (tx) => {
      await tx.query("SELECT set_config('app.plataforma', 'on', true)");
      return countRows({
        exec: async (text) => void (await tx.exec(text)),
        query: async <Row>(text: string, params?: unknown[]) =>
          (await tx.query<Row>(text, params)).rows,
      });
    });
    const dump = await input.client.dumpDataDir('gzip');
    writeFileSync(join(job.work, job.dumpName), new Uint8Array(await dump.arrayBuffer()));
    const restored = await PGlite.create({
      loadDataDir: new Blob([readFileSync(join(job.work, job.dumpName))]),
      extensions: { postgis: postgisOnDemand() },
    });
    try {
      return await finishBackup(job, runnerFor(restored), live);
    } finally {
      await restored.close();
    }
  });
}

/**
 * PostgreSQL backup with pg_dump (custom format), proved by restoring into a scratch database
 * (dropped afterwards), plus the evidence files that dump references.
 */
export async function backupPostgres(input: {
  url: string;
  folder: string;
  /** Owner connection on one session (a client, not a pool): it holds the exported snapshot. */
  admin: SqlRunner;
  store: EvidenceStore;
}): Promise<BackupReport> {
  const job = startBackup({ folder: input.folder, motor: 'postgresql', store: input.store });
  return guard(job, async () => {
    const dumpPath = join(job.work, job.dumpName);
    // The server may keep writing (PostgreSQL mode runs alongside it): counting and dumping in one
    // exported snapshot makes the live counts describe exactly what pg_dump saw.
    await input.admin.exec('BEGIN ISOLATION LEVEL REPEATABLE READ');
    let live: Record<string, number>;
    try {
      const [row] = await input.admin.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
      live = await countRowsAsPlatform(input.admin);
      await run('pg_dump', [
        '--format=custom',
        `--snapshot=${row?.id ?? ''}`,
        `--file=${dumpPath}`,
        input.url,
      ]);
    } finally {
      await input.admin.exec('COMMIT');
    }
    const scratch = `ruta_respaldo_${Date.now()}`;
    await input.admin.exec(`CREATE DATABASE ${scratch}`);
    const scratchUrl = new URL(input.url);
    scratchUrl.pathname = `/${scratch}`;
    try {
      await run('pg_restore', ['--no-owner', `--dbname=${scratchUrl.toString()}`, dumpPath]);
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: scratchUrl.toString() });
      // A lost connection rejects the statement in flight; unheard, its 'error' event would also
      // be an uncaught exception.
      client.on('error', () => {});
      await client.connect();
      try {
        return await finishBackup(
          job,
          {
            exec: async (text) => void (await client.query(text)),
            query: async <Row>(text: string, params?: unknown[]) =>
              (await client.query(text, params)).rows as Row[],
          },
          live,
        );
      } finally {
        await client.end();
      }
    } finally {
      await input.admin.exec(`DROP DATABASE IF EXISTS ${scratch}`);
    }
  });
}
