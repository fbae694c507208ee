import { archivos, expedienteDocumentos } from '@ruta-pot/db';
import { parseIsoDate } from '@ruta-pot/domain';
import { and, eq } from 'drizzle-orm';

import { notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { storedFileName } from '../ruta/sniff';
import { storeCheckedUpload } from '../ruta/stored-upload';
import { type DocumentInput, insertDocumentVersion } from './archive-service';
import type { Actor } from './service';

/**
 * Stores a document version of the archivo técnico together with its file (PDF, DOCX, XLSX,
 * images, zipped shapefiles…). The file passes La Ruta's evidence checks first — size, type
 * decided from the bytes, ZIP entry count, expansion and ratio (ruta/sniff.ts, upload-limits.ts) —
 * so a refused file leaves nothing: no row, no audit entry, no stored bytes. Files are
 * content-addressed, so a new version of the series never touches the earlier version's file.
 */
export async function addDocumentWithFile(
  deps: Deps,
  input: {
    codigo: string;
    actor: Actor;
    documento: DocumentInput;
    file: { name: string; bytes: Uint8Array };
  },
) {
  parseIsoDate(input.documento.fecha);
  return storeCheckedUpload(
    deps,
    { context: { municipio: input.codigo, usuario: input.actor.id }, file: input.file },
    async (tx, upload) => {
      const { sha256, now } = await upload.store();
      return insertDocumentVersion(tx, {
        codigo: input.codigo,
        actor: input.actor,
        documento: input.documento,
        now,
        archivo: { sha256, nombre: storedFileName(upload.name, upload.kind) },
      });
    },
  );
}

/** A document version's file within the municipality's scope; 404 elsewhere or without file. */
export async function readArchiveFile(deps: Deps, input: { codigo: string; id: string }) {
  const [row] = await deps.db.withContext({ municipio: input.codigo }, (tx) =>
    tx
      .select({
        nombre: expedienteDocumentos.archivoNombre,
        sha256: expedienteDocumentos.archivoSha256,
        mime: archivos.tipoMime,
      })
      .from(expedienteDocumentos)
      .innerJoin(
        archivos,
        and(
          eq(archivos.municipalityId, expedienteDocumentos.municipalityId),
          eq(archivos.sha256, expedienteDocumentos.archivoSha256),
        ),
      )
      .where(
        and(
          eq(expedienteDocumentos.municipalityId, input.codigo),
          eq(expedienteDocumentos.id, input.id),
        ),
      ),
  );
  if (!row?.sha256 || !row.nombre) throw notFound();
  return { nombre: row.nombre, mime: row.mime, bytes: deps.files.read(input.codigo, row.sha256) };
}
