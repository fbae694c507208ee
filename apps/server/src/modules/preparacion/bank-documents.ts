import { appendAudit, archivos, bancoCasos, type DocumentoCaso } from '@ruta-pot/db';
import { and, eq } from 'drizzle-orm';

import { notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { safeFileName } from '../ruta/evidence-service';
import { storedFileName } from '../ruta/sniff';
import { storeCheckedUpload } from '../ruta/stored-upload';
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
  const result = await storeCheckedUpload(
    deps,
    { context: { municipio: input.codigo, usuario: input.actor.id }, file: input.file },
    async (tx, upload) => {
      const where = and(eq(bancoCasos.id, input.id), eq(bancoCasos.municipalityId, input.codigo));
      const [row] = await tx.select().from(bancoCasos).where(where).for('update');
      if (!row) throw notFound();
      const { sha256, now } = await upload.store();
      const nombre = storedFileName(safeFileName(upload.name), upload.kind);
      const titulo = input.titulo?.trim() || nombre;
      const documentos: DocumentoArchivo[] = [
        ...row.documentos,
        { tipo: input.tipo, titulo, referencia: 'archivo', sha256, archivo: nombre },
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
        detalle: { archivo: nombre, titulo, sha256, tipo: upload.mime },
        ocurridoEn: now,
      });
      return { indice: documentos.length - 1, titulo };
    },
  );
  invalidateBankCache(deps.db);
  return result;
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
