import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';

/**
 * The stored files the participation record cites (calls, actas, photos, the CTP concept, the
 * Concejo's records, the CAR acta) and the published versions of the documents under discussion,
 * for the evidence pack. Signed attendance sheets and citizens' attachments are personal data and
 * stay out of the pack (Ley 1581 de 2012); the memoria gives their totals. A file the store lost
 * is listed by name in `missing` instead of failing the pack.
 */
export async function citedEvidence(deps: Deps, codigo: string) {
  const rows = await deps.db.withContext({ municipio: codigo }, async (tx) => [
    ...rowsOf<{ carpeta: string; clase: string; sha256: string; nombre: string }>(
      await tx.execute(sql`SELECT 'evidencias' AS carpeta, clase, sha256, nombre_archivo AS nombre
        FROM participacion_archivos WHERE municipality_id = ${codigo} AND clase <> 'asistencia'
        ORDER BY subido_en, id`),
    ),
    ...rowsOf<{ carpeta: string; clase: string; sha256: string; nombre: string }>(
      await tx.execute(sql`SELECT 'documentos' AS carpeta, 'v' || version AS clase, sha256, nombre_archivo AS nombre
        FROM participacion_documentos WHERE municipality_id = ${codigo} AND publicado_en IS NOT NULL
        ORDER BY titulo, version`),
    ),
  ]);
  const files: [string, Uint8Array][] = [];
  const missing: string[] = [];
  const taken = new Set<string>();
  for (const [i, r] of rows.entries()) {
    let name = `${r.carpeta}/${r.clase}-${r.nombre}`;
    if (taken.has(name)) name = `${r.carpeta}/${r.clase}-${i + 1}-${r.nombre}`;
    taken.add(name);
    try {
      files.push([name, deps.files.read(codigo, r.sha256)]);
    } catch {
      missing.push(`${r.nombre} (${r.sha256})`);
    }
  }
  return { files, missing };
}
