import { join } from 'node:path';

import type { PGlite } from '@electric-sql/pglite';
import {
  acquireDataDirLock,
  backupPglite,
  backupPostgres,
  type BackupReport,
  type Database,
  restoreBackup,
  type RestoreReport,
} from '@ruta-pot/db';
import pg from 'pg';

import { readConfig } from '../config/env';
import { FileStore } from '../modules/ruta/file-store';
import { openPlatform } from '../platform';
import { type ParsedArgs, stringFlag, UsageError } from './args';

const USAGE =
  'Uso: ruta-pot respaldo [--salida carpeta] | ruta-pot respaldo restaurar <carpeta> [--sobrescribir]';

function megabytes(bytes: number) {
  if (bytes < 1_048_576) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / 1_048_576).toLocaleString('es-CO', { maximumFractionDigits: 1 })} MB`;
}

function countsLine(counts: Record<string, number>) {
  return Object.entries(counts)
    .map(([table, n]) => `${table}=${n}`)
    .join(', ');
}

function printBackup(report: BackupReport, out: (line: string) => void) {
  const { manifest } = report;
  const files = manifest.archivos.reduce((sum, f) => sum + f.bytes, 0);
  out(`Respaldo verificado: ${report.folder}`);
  out(
    `  Base de datos: ${manifest.baseDeDatos.archivo} (${manifest.baseDeDatos.bytes} bytes, sha256 ${manifest.baseDeDatos.sha256}).`,
  );
  out(
    `  Filas: ${countsLine(manifest.filas)}; auditoría: ${manifest.entradasAuditoria} entradas íntegras.`,
  );
  out(
    `  Archivos de evidencia: ${manifest.archivos.length} (${megabytes(files)}), cada uno comprobado por su SHA-256.`,
  );
}

/**
 * `respaldo`: the database dump plus every evidence file it references, in one folder with a
 * manifest (docs/adr/0014-evidence-files.md). A missing or damaged file stops it with exit code 1.
 */
async function writeBackup(args: ParsedArgs, out: (line: string) => void) {
  const config = readConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const folder = stringFlag(args, 'salida') ?? `respaldo-${stamp}`;
  const platform = await openPlatform(config);
  try {
    let report: BackupReport;
    if (config.databaseUrl) {
      const admin = new pg.Client({ connectionString: config.databaseUrl });
      await admin.connect();
      try {
        report = await backupPostgres({
          url: config.databaseUrl,
          folder,
          admin: {
            exec: async (t) => void (await admin.query(t)),
            query: async <R>(t: string) => (await admin.query(t)).rows as R[],
          },
          store: platform.deps.files,
        });
      } finally {
        await admin.end();
      }
    } else {
      report = await backupPglite({
        client: (platform.deps.db as Database & { client: PGlite }).client,
        folder,
        store: platform.deps.files,
      });
    }
    printBackup(report, out);
    return 0;
  } finally {
    await platform.close();
  }
}

function printRestore(report: RestoreReport, out: (line: string) => void) {
  out(`Respaldo restaurado (creado ${report.manifest.creadoEn}, motor ${report.manifest.motor}).`);
  out(
    `  Filas verificadas: ${countsLine(report.manifest.filas)}; auditoría: ${report.manifest.entradasAuditoria} entradas íntegras.`,
  );
  out(`  Archivos de evidencia restaurados: ${report.files} (${megabytes(report.bytes)}).`);
  for (const path of report.setAside) out(`  Los datos anteriores se conservaron en ${path}.`);
  if (report.replacedDatabase) out('  Se reemplazó el esquema public de la base de datos.');
}

/**
 * `respaldo restaurar <carpeta>`: into the configured data folder (or DATABASE_URL) and file
 * store. It does not open the platform: that would migrate and so fill the empty target first.
 */
async function restore(args: ParsedArgs, out: (line: string) => void) {
  const folder = args.positional[2];
  if (!folder) throw new UsageError(USAGE);
  const config = readConfig();
  const store = new FileStore(config.filesDir);
  const overwrite = args.flags.has('sobrescribir');
  let report: RestoreReport;
  if (config.databaseUrl) {
    report = await restoreBackup({
      folder,
      target: { kind: 'postgresql', url: config.databaseUrl },
      store,
      overwrite,
    });
  } else {
    // The server must not run on the folder being replaced (docs/adr/0011-embedded-mode-safety.md).
    const lock = acquireDataDirLock(config.dataDir);
    try {
      report = await restoreBackup({
        folder,
        target: { kind: 'pglite', pgdataDir: join(config.dataDir, 'pgdata') },
        store,
        overwrite,
      });
    } finally {
      lock.release();
    }
  }
  printRestore(report, out);
  return 0;
}

export async function backupCommand(args: ParsedArgs, out: (line: string) => void) {
  const sub = args.positional[1];
  if (sub === 'restaurar') return restore(args, out);
  if (sub !== undefined) throw new UsageError(USAGE);
  return writeBackup(args, out);
}
