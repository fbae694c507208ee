import { archivos, type RequestContext, type Tx } from '@ruta-pot/db';
import { and, eq, sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { FileStore } from './file-store';
import { type SniffedType, sniffUpload } from './sniff';
import { UPLOAD_LIMITS } from './upload-limits';

/** An uploaded file that passed La Ruta's evidence checks: its type is decided from its bytes. */
export interface CheckedUpload {
  name: string;
  bytes: Uint8Array;
  mime: string;
  kind: Extract<SniffedType, { ok: true }>['kind'];
}

/** What `store()` gives back: the file's hash and the instant it was registered in `archivos`. */
export interface StoredUpload {
  sha256: string;
  now: Date;
}

/**
 * La Ruta's evidence checks — size, type decided from the bytes, ZIP entry count, expansion and
 * ratio (sniff.ts, upload-limits.ts) — before anything is written; a refused file is a 422
 * `carga_rechazada` with the reason in Spanish.
 */
async function checkUpload(file: { name: string; bytes: Uint8Array }): Promise<CheckedUpload> {
  if (file.bytes.length > UPLOAD_LIMITS.maxBytes)
    throw new AppError(
      'carga_rechazada',
      'El archivo supera 25 MB. Divídalo o comprímalo y vuelva a intentarlo.',
    );
  const sniffed = await sniffUpload(file.bytes);
  if (!sniffed.ok) throw new AppError('carga_rechazada', sniffed.reason);
  return { name: file.name, bytes: file.bytes, mime: sniffed.mime, kind: sniffed.kind };
}

/**
 * Serialises everything that writes or discards one content-addressed file of a municipality:
 * held until the transaction that took it ends (ADR 0017: it opens the real transaction).
 */
function lockFile(tx: Tx, codigo: string, sha256: string) {
  return tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`archivos:${codigo}:${sha256}`}))`);
}

/**
 * Checks an uploaded file, then runs `work` as one unit of work whose `store()` writes the file to
 * the content-addressed store and registers it in `archivos` (so backups carry it). The caller
 * keeps its own business logic — its rows, its audit entry, its messages — and calls `store()`
 * once it knows the upload is wanted, inside its transaction.
 *
 * A refused file leaves nothing. When the transaction does not commit, a file this call created
 * is removed again — unless a committed row registers the same bytes by then: another upload of
 * the same file may have found it already in place and committed in the meantime. Writing and
 * discarding hold the same per-file advisory lock, so the check and the removal cannot interleave
 * with a concurrent upload of those bytes. When the check itself cannot run (the database is
 * gone, perhaps after a commit whose answer was lost) the file is kept: a leftover file is
 * harmless, a lost one is not.
 */
export async function storeCheckedUpload<T>(
  deps: Deps,
  input: {
    context: RequestContext & { municipio: string };
    file: { name: string; bytes: Uint8Array };
  },
  work: (tx: Tx, upload: CheckedUpload & { store(): Promise<StoredUpload> }) => Promise<T>,
): Promise<T> {
  const checked = await checkUpload(input.file);
  return withStoredFiles(deps, input.context, (tx, store) =>
    work(tx, { ...checked, store: () => store(checked) }),
  );
}

/** A file that passed its module's checks, ready to store: its bytes and its decided type. */
export interface FileToStore {
  bytes: Uint8Array;
  mime: string;
}

/**
 * For modules that check their uploads themselves (their own limits and messages): runs `work` in
 * one transaction whose `store(file)` does what `storeCheckedUpload`'s `store()` does, with the
 * same guarantees when the transaction does not commit. Each `store` locks its own file: a request
 * that stores several files at once does better with `discardOnRollback` and one `storeFiles`
 * call, which locks them all in one order.
 */
export function withStoredFiles<T>(
  deps: Deps,
  context: RequestContext & { municipio: string },
  work: (tx: Tx, store: (file: FileToStore) => Promise<StoredUpload>) => Promise<T>,
): Promise<T> {
  const codigo = context.municipio;
  return discardOnRollback(deps, codigo, (created) =>
    deps.db.withContext(context, (tx) =>
      work(
        tx,
        async (file) => (await storeFiles(deps, tx, { codigo, files: [file], created }))[0]!,
      ),
    ),
  );
}

/**
 * Runs `work`, which opens a transaction itself and stores files in it with `storeFiles` (passing
 * `created`); when it fails, each file it created is removed unless a committed row registers the
 * same bytes (see `storeCheckedUpload`). For callers whose transaction is opened elsewhere.
 */
export async function discardOnRollback<T>(
  deps: Deps,
  codigo: string,
  work: (created: string[]) => Promise<T>,
): Promise<T> {
  const created: string[] = [];
  try {
    return await work(created);
  } catch (error) {
    for (const sha256 of created) await discardUnlessRegistered(deps, codigo, sha256);
    throw error;
  }
}

/**
 * Writes files to the content-addressed store and registers them in `archivos` inside `tx`,
 * holding each file's advisory lock until the transaction ends; the files this call created are
 * added to `created` (for `discardOnRollback`). The locks are taken in one order before anything
 * is written, so two requests storing the same files never wait on each other in a cycle. `at`
 * is when the files are registered (the clock's time when absent). Answers in `files`' order.
 */
export async function storeFiles(
  deps: Deps,
  tx: Tx,
  input: { codigo: string; files: readonly FileToStore[]; at?: Date; created: string[] },
): Promise<StoredUpload[]> {
  const { codigo, created } = input;
  const hashes = input.files.map((file) => FileStore.sha256(file.bytes));
  for (const sha256 of [...new Set(hashes)].sort()) await lockFile(tx, codigo, sha256);
  const stored: StoredUpload[] = [];
  for (const [i, file] of input.files.entries()) {
    const put = deps.files.put(codigo, file.bytes, hashes[i]);
    if (put.created) created.push(put.sha256);
    const now = input.at ?? deps.clock.now();
    await tx
      .insert(archivos)
      .values({
        municipalityId: codigo,
        sha256: put.sha256,
        bytes: file.bytes.length,
        tipoMime: file.mime,
        creadoEn: now,
      })
      .onConflictDoNothing();
    stored.push({ sha256: put.sha256, now });
  }
  return stored;
}

/** Removes a file the failed transaction created, unless a committed row registers it. */
async function discardUnlessRegistered(deps: Deps, codigo: string, sha256: string) {
  try {
    await deps.db.withContext({ municipio: codigo }, async (tx) => {
      await lockFile(tx, codigo, sha256);
      const [kept] = await tx
        .select({ sha256: archivos.sha256 })
        .from(archivos)
        .where(and(eq(archivos.municipalityId, codigo), eq(archivos.sha256, sha256)));
      if (!kept) deps.files.discard(codigo, sha256);
    });
  } catch {
    // Without the check the file stays: it may belong to a commit whose answer was lost.
  }
}
