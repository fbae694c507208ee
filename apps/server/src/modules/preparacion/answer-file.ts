import { appendAudit, archivos, solicitudesEntidades } from '@ruta-pot/db';
import { and, desc, eq, isNotNull } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { safeFileName } from '../ruta/evidence-service';
import { storeCheckedUpload } from '../ruta/stored-upload';
import type { Requester } from './petition-service';

/**
 * Attaches the entity's answer file to a radicated or answered request. The same checks as
 * evidence (size, type from the bytes, ZIP limits) run before anything is written; the file is
 * content-addressed and registered in `archivos`, so backups carry it; a failed write leaves nothing.
 */
export async function attachAnswerFile(
  deps: Deps,
  input: { requester: Requester; id: string; file: { name: string; bytes: Uint8Array } },
) {
  const { requester: r } = input;
  return storeCheckedUpload(
    deps,
    { context: { municipio: r.codigo, usuario: r.id }, file: input.file },
    async (tx, upload) => {
      const where = and(
        eq(solicitudesEntidades.municipalityId, r.codigo),
        eq(solicitudesEntidades.id, input.id),
      );
      const [row] = await tx.select().from(solicitudesEntidades).where(where).for('update');
      if (!row) throw notFound();
      if (row.estado === 'borrador')
        throw new AppError(
          'entrada_invalida',
          'Registre primero el radicado de la solicitud; luego adjunte la respuesta.',
        );
      const { sha256, now } = await upload.store();
      const nombre = safeFileName(upload.name);
      await tx
        .update(solicitudesEntidades)
        .set({ respuestaSha256: sha256, respuestaArchivo: nombre, version: row.version + 1 })
        .where(where);
      await appendAudit(tx, {
        municipalityId: r.codigo,
        actorId: r.id,
        actor: r.email,
        accion: 'solicitud.archivo_respuesta',
        objeto: `solicitud:${input.id}`,
        detalle: {
          archivo: nombre,
          sha256,
          bytes: upload.bytes.length,
          tipo: upload.mime,
        },
        ocurridoEn: now,
      });
      return { archivo: nombre, sha256, version: row.version + 1 };
    },
  );
}

/** The latest answer file for an inventory item, or null when no request has one yet. */
export async function answerFileOf(deps: Deps, input: { codigo: string; itemId: string }) {
  const [row] = await deps.db.withContext({ municipio: input.codigo }, (tx) =>
    tx
      .select({
        sha256: solicitudesEntidades.respuestaSha256,
        nombre: solicitudesEntidades.respuestaArchivo,
        mime: archivos.tipoMime,
      })
      .from(solicitudesEntidades)
      .innerJoin(
        archivos,
        and(
          eq(archivos.municipalityId, solicitudesEntidades.municipalityId),
          eq(archivos.sha256, solicitudesEntidades.respuestaSha256),
        ),
      )
      .where(
        and(
          eq(solicitudesEntidades.municipalityId, input.codigo),
          eq(solicitudesEntidades.itemId, input.itemId),
          isNotNull(solicitudesEntidades.respuestaSha256),
        ),
      )
      .orderBy(desc(solicitudesEntidades.creadoEn))
      .limit(1),
  );
  if (!row?.sha256 || !row.nombre) return null;
  return { nombre: row.nombre, mime: row.mime, bytes: deps.files.read(input.codigo, row.sha256) };
}
