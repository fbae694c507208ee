import { createHash, randomBytes } from 'node:crypto';
import {
  constants,
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

import { type BackupFileEntry, backupFilePath, type BackupManifest } from './backup-manifest';
import type { SqlRunner } from './sql-runner';

/**
 * Where the live evidence files are. The layout belongs to the server's FileStore, which passes
 * itself in: packages/db must not import apps/server (docs/ARCHITECTURE.md).
 */
export interface EvidenceStore {
  readonly root: string;
  locate(municipio: string, sha256: string): string;
}

interface StoredFile extends BackupFileEntry {
  /** Evidence rows that point at this file; named in problems so the loss is concrete. */
  evidencias: number;
}

/** Hashes a file as a stream: evidence can be 25 MB and a backup holds thousands of them. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** True when the path exists and holds anything: a restore never writes into such a place unasked. */
export function isNonEmptyFolder(path: string): boolean {
  return existsSync(path) && readdirSync(path).length > 0;
}

function fileLabel(file: { municipio: string; sha256: string }) {
  return `${file.municipio}/${file.sha256}`;
}

function usedBy(file: StoredFile) {
  return file.evidencias === 1 ? '1 evidencia' : `${file.evidencias} evidencias`;
}

/**
 * Files the backed-up database knows about, read from the *restored* dump, not the live database:
 * rows committed after the dump must not be expected, and every file the dump names was written
 * before its row committed and is never deleted, so it is in the live store now.
 */
async function listStoredFiles(restored: SqlRunner): Promise<StoredFile[]> {
  const rows = await restored.query<{
    municipality_id: string;
    sha256: string;
    bytes: string | number;
    evidencias: number;
  }>(
    `SELECT a.municipality_id, a.sha256, a.bytes, count(e.id)::int AS evidencias
       FROM archivos a LEFT JOIN evidencias e USING (municipality_id, sha256)
      GROUP BY a.municipality_id, a.sha256, a.bytes
      ORDER BY a.municipality_id, a.sha256`,
  );
  return rows.map((r) => ({
    municipio: r.municipality_id,
    sha256: r.sha256,
    bytes: Number(r.bytes),
    evidencias: r.evidencias,
  }));
}

/** Evidence rows whose file the dump does not list (impossible while the foreign key holds). */
async function countOrphanEvidence(restored: SqlRunner): Promise<number> {
  const rows = await restored.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM evidencias e
      WHERE NOT EXISTS (SELECT 1 FROM archivos a
                         WHERE a.municipality_id = e.municipality_id AND a.sha256 = e.sha256)`,
  );
  return rows[0]?.n ?? 0;
}

async function copyOne(input: { file: StoredFile; store: EvidenceStore; folder: string }) {
  const { file, store } = input;
  const source = store.locate(file.municipio, file.sha256);
  if (!existsSync(source)) {
    return `${fileLabel(file)} (${usedBy(file)}): falta en el almacén de archivos (${source}).`;
  }
  const target = backupFilePath(input.folder, file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target, constants.COPYFILE_EXCL);
  // The copy is what gets hashed: it proves the backup's bytes, and a mismatch means the live
  // file is already damaged (its name is the hash of what was uploaded).
  const actual = await sha256OfFile(target);
  if (actual !== file.sha256 || statSync(target).size !== file.bytes) {
    return `${fileLabel(file)} (${usedBy(file)}): el archivo está dañado, su contenido no coincide con su SHA-256 (${source}).`;
  }
  return undefined;
}

/**
 * Copies every file the restored dump references into the backup folder and checks each copy's
 * SHA-256 against its name. Returns the manifest entries and one Spanish problem per bad file.
 */
export async function copyEvidenceFiles(input: {
  restored: SqlRunner;
  store: EvidenceStore;
  folder: string;
}): Promise<{ entries: BackupFileEntry[]; problems: string[] }> {
  const files = await listStoredFiles(input.restored);
  const problems: string[] = [];
  for (const file of files) {
    const problem = await copyOne({ file, store: input.store, folder: input.folder });
    if (problem) problems.push(problem);
  }
  const orphans = await countOrphanEvidence(input.restored);
  if (orphans > 0) problems.push(`${orphans} evidencias apuntan a archivos no registrados.`);
  const entries = files.map(({ municipio, sha256, bytes }) => ({ municipio, sha256, bytes }));
  return { entries, problems };
}

/** Checks the backup folder itself before a restore: the dump and every listed file, by SHA-256. */
export async function verifyBackupFolder(folder: string, manifest: BackupManifest) {
  const problems: string[] = [];
  const dump = join(folder, manifest.baseDeDatos.archivo);
  if (!existsSync(dump)) problems.push(`Falta la copia de la base de datos (${dump}).`);
  else if ((await sha256OfFile(dump)) !== manifest.baseDeDatos.sha256)
    problems.push(`La copia de la base de datos está dañada: su SHA-256 no coincide (${dump}).`);
  for (const entry of manifest.archivos) {
    const path = backupFilePath(folder, entry);
    if (!existsSync(path)) problems.push(`${fileLabel(entry)}: falta en el respaldo (${path}).`);
    else if ((await sha256OfFile(path)) !== entry.sha256 || statSync(path).size !== entry.bytes)
      problems.push(`${fileLabel(entry)}: está dañado en el respaldo (${path}).`);
  }
  return problems;
}

/**
 * Writes the backup's files into an empty file store, each under a temporary name renamed into
 * place (as FileStore does), and re-hashes what landed on disk.
 */
export async function restoreEvidenceFiles(input: {
  folder: string;
  manifest: BackupManifest;
  store: EvidenceStore;
}): Promise<{ files: number; bytes: number }> {
  let bytes = 0;
  for (const entry of input.manifest.archivos) {
    const target = input.store.locate(entry.municipio, entry.sha256);
    mkdirSync(dirname(target), { recursive: true });
    const partial = `${target}.${randomBytes(6).toString('hex')}.parcial`;
    copyFileSync(backupFilePath(input.folder, entry), partial, constants.COPYFILE_EXCL);
    renameSync(partial, target);
    if ((await sha256OfFile(target)) !== entry.sha256) {
      throw new Error(
        `El archivo ${fileLabel(entry)} no quedó íntegro al restaurarlo en ${target}; revise el disco y repita con --sobrescribir.`,
      );
    }
    bytes += entry.bytes;
  }
  return { files: input.manifest.archivos.length, bytes };
}
