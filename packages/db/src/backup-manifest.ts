import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DatabaseKind } from './database';

/** Written last: a backup folder without it is incomplete and `restoreBackup` refuses it. */
const MANIFEST_NAME = 'manifiesto.json';
/** Evidence files inside a backup folder: `archivos/<municipio>/<sha256>`. */
const BACKUP_FILES_FOLDER = 'archivos';

export interface BackupFileEntry {
  municipio: string;
  sha256: string;
  bytes: number;
}

export interface AuditHead {
  municipio: string;
  ultimaSecuencia: number;
  ultimoHash: string;
}

/**
 * What a backup folder holds. Keys are Spanish because operators read this file (ADR 0006); the
 * restore checks every file against it before touching the target.
 */
export interface BackupManifest {
  formato: 'ruta-pot-respaldo';
  version: 1;
  creadoEn: string;
  motor: DatabaseKind;
  baseDeDatos: { archivo: string; sha256: string; bytes: number };
  filas: Record<string, number>;
  entradasAuditoria: number;
  cabezasAuditoria: AuditHead[];
  archivos: BackupFileEntry[];
}

/** A backup or restore that found problems; the message lists them so the CLI can print it as is. */
export class BackupProblemsError extends Error {
  constructor(
    summary: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 50).map((p) => `  - ${p}`);
    if (problems.length > 50) shown.push(`  … y ${problems.length - 50} problemas más.`);
    super([summary, ...shown].join('\n'));
  }
}

export function backupFilePath(folder: string, entry: { municipio: string; sha256: string }) {
  return join(folder, BACKUP_FILES_FOLDER, entry.municipio, entry.sha256);
}

export function writeManifest(folder: string, manifest: BackupManifest): void {
  writeFileSync(join(folder, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
}

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isSha = (value: unknown) => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

// The manifest decides which paths the restore reads and writes, so a hand-edited one must not be
// able to name anything outside the backup folder or the file store.
function isFileEntry(value: unknown): value is BackupFileEntry {
  const entry = value as Partial<BackupFileEntry> | null;
  return (
    typeof entry?.municipio === 'string' &&
    /^\d{5}$/.test(entry.municipio) &&
    isSha(entry.sha256) &&
    isCount(entry.bytes)
  );
}

function isManifest(value: unknown): value is BackupManifest {
  const m = value as Partial<BackupManifest> | null;
  return (
    m?.formato === 'ruta-pot-respaldo' &&
    m.version === 1 &&
    (m.motor === 'pglite' || m.motor === 'postgresql') &&
    typeof m.baseDeDatos?.archivo === 'string' &&
    /^[\w.-]+$/.test(m.baseDeDatos.archivo) &&
    isSha(m.baseDeDatos.sha256) &&
    typeof m.filas === 'object' &&
    Object.values(m.filas ?? {}).every(isCount) &&
    Array.isArray(m.cabezasAuditoria) &&
    Array.isArray(m.archivos) &&
    m.archivos.every(isFileEntry)
  );
}

/** Reads and checks a backup folder's manifest; Spanish errors say what is wrong with the folder. */
export function readManifest(folder: string): BackupManifest {
  const path = join(folder, MANIFEST_NAME);
  if (!existsSync(path)) {
    throw new Error(
      `«${folder}» no es un respaldo completo de Ruta POT: falta ${MANIFEST_NAME}. ` +
        'Un respaldo interrumpido o que no pasó la verificación no tiene manifiesto.',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`El manifiesto del respaldo «${path}» no es JSON válido.`);
  }
  if (!isManifest(parsed)) {
    throw new Error(
      `El manifiesto «${path}» no tiene el formato de un respaldo de Ruta POT (versión 1).`,
    );
  }
  return parsed;
}
