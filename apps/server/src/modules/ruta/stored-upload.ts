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
  const codigo = input.context.municipio;
  const created: string[] = [];
  try {
    return await deps.db.withContext(input.context, (tx) =>
      work(tx, {
        ...checked,
        async store() {
          const sha256 = FileStore.sha256(checked.bytes);
          await lockFile(tx, codigo, sha256);
          const stored = deps.files.put(codigo, checked.bytes, sha256);
          if (stored.created) created.push(stored.sha256);
          const now = deps.clock.now();
          await tx
            .insert(archivos)
            .values({
              municipalityId: codigo,
              sha256: stored.sha256,
              bytes: checked.bytes.length,
              tipoMime: checked.mime,
              creadoEn: now,
            })
            .onConflictDoNothing();
          return { sha256: stored.sha256, now };
        },
      }),
    );
  } catch (error) {
    for (const sha256 of created) await discardUnlessRegistered(deps, codigo, sha256);
    throw error;
  }
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
