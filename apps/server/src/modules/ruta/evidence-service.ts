import { randomUUID } from 'node:crypto';

import { appendAudit, archivos, evidenceFile, evidencias } from '@ruta-pot/db';
import { and, eq, sql } from 'drizzle-orm';

import { notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { lockItem } from './item-service';
import type { Requester } from './process-service';
import { storedFileName } from './sniff';
import { storeCheckedUpload } from './stored-upload';

/**
 * A display name with no path, no control characters and no bidirectional or invisible format
 * characters (U+202E shows «exe.jpg» for «gpj.exe»; issue 12). The bytes are stored by hash.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'archivo';
  const clean = base
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}"<>|:*?]/gu, '_')
    .trim()
    .slice(0, 200);
  return clean || 'archivo';
}

/**
 * Stores an evidence file for a checklist item as a new version. The type is decided from the
 * bytes; size and ZIP limits apply before anything is written; a rejected upload leaves nothing.
 */
export async function uploadEvidence(
  deps: Deps,
  input: {
    requester: Requester;
    procesoId: string;
    itemId: string;
    file: { name: string; bytes: Uint8Array };
  },
) {
  const { requester } = input;
  return storeCheckedUpload(
    deps,
    { context: { municipio: requester.codigo, usuario: requester.userId }, file: input.file },
    async (tx, upload) => {
      // Serialises uploads to one item, so two uploads never take the same version number.
      await lockItem(tx, {
        codigo: requester.codigo,
        procesoId: input.procesoId,
        itemId: input.itemId,
      });
      const [{ next } = { next: 1 }] = await tx
        .select({ next: sql<number>`coalesce(max(${evidencias.version}), 0)::int + 1` })
        .from(evidencias)
        .where(
          and(
            eq(evidencias.municipalityId, requester.codigo),
            eq(evidencias.procesoId, input.procesoId),
            eq(evidencias.itemId, input.itemId),
          ),
        );
      const { sha256, now } = await upload.store();
      const evidence = {
        municipalityId: requester.codigo,
        id: randomUUID(),
        procesoId: input.procesoId,
        itemId: input.itemId,
        version: next,
        nombreArchivo: storedFileName(upload.name, upload.kind),
        sha256,
        subidoPor: requester.userId,
        subidoEn: now,
      };
      await tx.insert(evidencias).values(evidence);
      await appendAudit(tx, {
        municipalityId: requester.codigo,
        actorId: requester.userId,
        actor: requester.email,
        accion: 'evidencia.cargar',
        objeto: `item:${input.procesoId}/${input.itemId}`,
        detalle: {
          archivo: evidence.nombreArchivo,
          sha256,
          version: next,
          bytes: upload.bytes.length,
          tipo: upload.mime,
        },
        ocurridoEn: now,
      });
      return {
        ...evidence,
        bytes: upload.bytes.length,
        tipoMime: upload.mime,
        subidoEn: now.toISOString(),
      };
    },
  );
}

/** An evidence file's bytes and metadata, within the municipality's scope. */
export async function readEvidence(
  deps: Deps,
  input: { requester: Requester; evidenciaId: string },
) {
  const { requester } = input;
  if (!/^[0-9a-f-]{36}$/.test(input.evidenciaId)) throw notFound();
  const [row] = await deps.db.withContext(
    { municipio: requester.codigo, usuario: requester.userId },
    (tx) =>
      tx
        .select({
          nombre: evidencias.nombreArchivo,
          sha256: evidencias.sha256,
          mime: archivos.tipoMime,
        })
        .from(evidencias)
        .innerJoin(archivos, evidenceFile)
        .where(
          and(
            eq(evidencias.municipalityId, requester.codigo),
            eq(evidencias.id, input.evidenciaId),
          ),
        ),
  );
  if (!row) throw notFound();
  return { ...row, bytes: deps.files.read(requester.codigo, row.sha256) };
}
