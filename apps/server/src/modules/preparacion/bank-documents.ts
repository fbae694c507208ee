import { appendAudit, archivos, bancoCasos, type DocumentoCaso } from '@ruta-pot/db';
import { and, eq } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { safeFileName } from '../ruta/evidence-service';
import { sniffUpload, storedFileName } from '../ruta/sniff';
import { UPLOAD_LIMITS } from '../ruta/upload-limits';
import { invalidateBankCache } from './bank-cache';
import { getCase } from './bank-service';

/** A bank case's document stored as a file (ToR, actas, rulings). */
export type DocumentoArchivo = DocumentoCaso & { sha256?: string; archivo?: string };

/**
 * Attaches a document file to a case of `codigo` (advisors and administrators): the evidence
 * checks run first (size, type from the bytes, ZIP limits); a rejected file leaves nothing.
 */
export async function attachCaseDocument(
  deps: Deps,
  input: {
    codigo: string;
    id: string;
    actor: { id: string; email: string };
    tipo: string;
    /** The title shown in the bank; the file's name when absent. */
    titulo?: string | undefined;
    file: { name: string; bytes: Uint8Array };
  },
) {
  const { file } = input;
  if (file.bytes.length > UPLOAD_LIMITS.maxBytes)
    throw new AppError(
      'carga_rechazada',
      'El archivo supera 25 MB. Divídalo o comprímalo y vuelva a intentarlo.',
    );
  const sniffed = await sniffUpload(file.bytes);
  if (!sniffed.ok) throw new AppError('carga_rechazada', sniffed.reason);
  const created: { sha256?: string; created?: boolean } = {};
  try {
    const result = await deps.db.withContext(
      { municipio: input.codigo, usuario: input.actor.id },
      async (tx) => {
        const where = and(eq(bancoCasos.id, input.id), eq(bancoCasos.municipalityId, input.codigo));
        const [row] = await tx.select().from(bancoCasos).where(where).for('update');
        if (!row) throw notFound();
        const stored = deps.files.put(input.codigo, file.bytes);
        Object.assign(created, stored);
        const now = deps.clock.now();
        await tx
          .insert(archivos)
          .values({
            municipalityId: input.codigo,
            sha256: stored.sha256,
            bytes: file.bytes.length,
            tipoMime: sniffed.mime,
            creadoEn: now,
          })
          .onConflictDoNothing();
        const nombre = storedFileName(safeFileName(file.name), sniffed.kind);
        const titulo = input.titulo?.trim() || nombre;
        const documentos: DocumentoArchivo[] = [
          ...row.documentos,
          {
            tipo: input.tipo,
            titulo,
            referencia: 'archivo',
            sha256: stored.sha256,
            archivo: nombre,
          },
        ];
        await tx
          .update(bancoCasos)
          .set({ documentos, version: row.version + 1 })
          .where(where);
        await appendAudit(tx, {
          municipalityId: input.codigo,
          actorId: input.actor.id,
          actor: input.actor.email,
          accion: 'banco.documento',
          objeto: `banco:${input.id}`,
          detalle: { archivo: nombre, titulo, sha256: stored.sha256, tipo: sniffed.mime },
          ocurridoEn: now,
        });
        return { indice: documentos.length - 1, titulo };
      },
    );
    invalidateBankCache(deps.db);
    return result;
  } catch (error) {
    if (created.created && created.sha256) deps.files.discard(input.codigo, created.sha256);
    throw error;
  }
}

/** A published case's document file (public), or 404. */
export async function readCaseDocument(deps: Deps, input: { id: string; indice: number }) {
  const c = await getCase(deps, input.id);
  const doc = c.documentos[input.indice];
  if (!doc?.sha256) throw notFound();
  const sha256 = doc.sha256;
  const [file] = await deps.db.withContext({ municipio: c.codigo }, (tx) =>
    tx
      .select({ mime: archivos.tipoMime })
      .from(archivos)
      .where(and(eq(archivos.municipalityId, c.codigo), eq(archivos.sha256, sha256))),
  );
  if (!file) throw notFound();
  return {
    nombre: doc.archivo ?? doc.titulo,
    mime: file.mime,
    bytes: deps.files.read(c.codigo, sha256),
  };
}
