import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';

import { verifyAuditChains } from './audit';
import type { SqlRunner } from './sql-runner';

const run = promisify(execFile);

/** Tables whose row counts must match between the live database and its backup. */
const CHECKED_TABLES = ['municipios', 'usuarios', 'membresias', 'planes_vigentes', 'auditoria'];

export interface BackupReport {
  file: string;
  sha256: string;
  bytes: number;
  counts: Record<string, number>;
  auditEntries: number;
}

async function countRows(runner: SqlRunner): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of CHECKED_TABLES) {
    const rows = await runner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}

function sha256File(file: string) {
  const bytes = readFileSync(file);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

function assertSameCounts(live: Record<string, number>, restored: Record<string, number>) {
  for (const table of CHECKED_TABLES) {
    if (live[table] !== restored[table]) {
      throw new Error(
        `El respaldo no coincide: la tabla ${table} tiene ${live[table]} filas y el respaldo ${restored[table]}.`,
      );
    }
  }
}

/**
 * Embedded backup: dumps the PGlite data folder to a .tar.gz, then proves it by restoring it into
 * a fresh in-memory instance and comparing row counts and the audit chains.
 */
export async function backupPglite(input: { client: PGlite; file: string }): Promise<BackupReport> {
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
  writeFileSync(input.file, new Uint8Array(await dump.arrayBuffer()));
  const restored = await PGlite.create({ loadDataDir: dump, extensions: { postgis } });
  try {
    const restoredRunner: SqlRunner = {
      exec: async (text) => void (await restored.exec(text)),
      query: async <Row>(text: string, params?: unknown[]) =>
        (await restored.query<Row>(text, params)).rows,
    };
    const counts = await countRows(restoredRunner);
    assertSameCounts(live, counts);
    const chain = await verifyAuditChains(restoredRunner);
    if (chain.problems.length > 0) throw new Error('La bitácora restaurada no verifica.');
    writeFileSync(`${input.file}.sha256`, `${sha256File(input.file).sha256}  ${input.file}\n`);
    return { file: input.file, ...sha256File(input.file), counts, auditEntries: chain.entries };
  } finally {
    await restored.close();
  }
}

/**
 * PostgreSQL backup with pg_dump (custom format), verified by restoring into a scratch database
 * and comparing row counts and audit chains; the scratch database is dropped afterwards.
 */
export async function backupPostgres(input: {
  url: string;
  file: string;
  admin: SqlRunner;
}): Promise<BackupReport> {
  await run('pg_dump', ['--format=custom', `--file=${input.file}`, input.url]);
  const live = await countRows(input.admin);
  const scratch = `ruta_respaldo_${Date.now()}`;
  await input.admin.exec(`CREATE DATABASE ${scratch}`);
  const scratchUrl = new URL(input.url);
  scratchUrl.pathname = `/${scratch}`;
  try {
    await run('pg_restore', ['--no-owner', `--dbname=${scratchUrl.toString()}`, input.file]);
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: scratchUrl.toString() });
    await client.connect();
    try {
      const runner: SqlRunner = {
        exec: async (text) => void (await client.query(text)),
        query: async <Row>(text: string, params?: unknown[]) =>
          (await client.query(text, params)).rows as Row[],
      };
      const counts = await countRows(runner);
      assertSameCounts(live, counts);
      const chain = await verifyAuditChains(runner);
      if (chain.problems.length > 0) throw new Error('La bitácora restaurada no verifica.');
      writeFileSync(`${input.file}.sha256`, `${sha256File(input.file).sha256}  ${input.file}\n`);
      return { file: input.file, ...sha256File(input.file), counts, auditEntries: chain.entries };
    } finally {
      await client.end();
    }
  } finally {
    await input.admin.exec(`DROP DATABASE IF EXISTS ${scratch}`);
  }
}
