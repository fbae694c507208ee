import { randomUUID } from 'node:crypto';

import { z } from '@hono/zod-openapi';
import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import { notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { checkFile, withFiles } from './workspace-files';
import {
  audit,
  context,
  isUuid,
  parseForm,
  requireRole,
  type WorkspaceActor,
} from './workspace-shared';

const documentForm = z
  .object({
    titulo: z.string().trim().min(3).max(300),
    resumen: z.string().trim().max(2000).optional(),
    /** «no» keeps the version as a draft; published by default. */
    publicar: z.enum(['si', 'no']).optional(),
  })
  .strict();

interface DocumentRow {
  id: string;
  titulo: string;
  version: number;
  resumen: string;
  sha256: string;
  nombreArchivo: string;
  tipo: string;
  bytes: number;
  publicadoEn: string | null;
  retiradoEn: string | null;
}

const COLUMNS = sql`id, titulo, version, resumen, sha256, nombre_archivo AS "nombreArchivo", tipo,
  bytes::int AS bytes, publicado_en AS "publicadoEn", retirado_en AS "retiradoEn"`;

const iso = (v: unknown) =>
  v === null || v === undefined ? null : new Date(v as string).toISOString();
const shape = (r: DocumentRow): DocumentRow => ({
  ...r,
  publicadoEn: iso(r.publicadoEn),
  retiradoEn: iso(r.retiradoEn),
});

/** Every version of every document, newest first within each title (staff). */
export async function listDocuments(deps: Deps, a: WorkspaceActor) {
  const rows = await deps.db.withContext(context(a), async (tx) =>
    rowsOf<DocumentRow>(
      await tx.execute(sql`SELECT ${COLUMNS} FROM participacion_documentos
        WHERE municipality_id = ${a.codigo} ORDER BY titulo, version DESC`),
    ),
  );
  return { documentos: rows.map(shape) };
}

/** Uploads a new version of a document (never overwriting an earlier one). */
export async function uploadDocument(
  deps: Deps,
  a: WorkspaceActor,
  input: { fields: Record<string, string>; file: File },
) {
  requireRole(a, 'office');
  const form = parseForm(documentForm, input.fields);
  const file = await checkFile(input.file, ['pdf', 'docx', 'xlsx', 'png', 'jpeg'], 'El documento');
  const now = deps.clock.now();
  return withFiles(deps, a, async (tx, store) => {
    // Serialises uploads of one title, so two versions never take the same number.
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`participacion_documentos:${a.codigo}:${form.titulo}`}))`,
    );
    const [{ next } = { next: 1 }] = rowsOf<{ next: number }>(
      await tx.execute(sql`SELECT coalesce(max(version), 0)::int + 1 AS next FROM participacion_documentos
        WHERE municipality_id = ${a.codigo} AND titulo = ${form.titulo}`),
    );
    const sha256 = await store(file);
    const id = randomUUID();
    await tx.execute(sql`INSERT INTO participacion_documentos (municipality_id, id, titulo, version, resumen,
      sha256, nombre_archivo, tipo, bytes, publicado_en, subido_por, creado_en) VALUES (${a.codigo}, ${id},
      ${form.titulo}, ${next}, ${form.resumen ?? ''}, ${sha256}, ${file.nombre}, ${file.tipo},
      ${file.bytes.length}, ${form.publicar === 'no' ? null : now}, ${a.user.id}, ${now})`);
    await audit(
      tx,
      { deps, a, accion: 'documento.version', objeto: `documento:${id}` },
      {
        titulo: form.titulo,
        version: next,
        archivo: file.nombre,
        sha256,
        publicado: form.publicar !== 'no',
      },
    );
    const [row] = rowsOf<DocumentRow>(
      await tx.execute(sql`SELECT ${COLUMNS} FROM participacion_documentos
        WHERE municipality_id = ${a.codigo} AND id = ${id}`),
    );
    return shape(row!);
  });
}

/** Published, not withdrawn versions (public, no sign-in); 404 for an unknown municipality. */
export async function publicDocuments(deps: Deps, codigo: string) {
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    const [m] = rowsOf<{ codigo: string }>(
      await tx.execute(sql`SELECT codigo FROM municipios WHERE codigo = ${codigo}`),
    );
    if (!m) throw notFound();
    const rows = rowsOf<DocumentRow>(
      await tx.execute(sql`SELECT ${COLUMNS} FROM participacion_documentos
        WHERE municipality_id = ${codigo} AND publicado_en IS NOT NULL AND retirado_en IS NULL
        ORDER BY titulo, version DESC`),
    );
    return {
      documentos: rows.map(({ retiradoEn: _, ...r }) => ({
        ...r,
        publicadoEn: iso(r.publicadoEn),
      })),
    };
  });
}

/** The bytes of a published version (public). */
export async function publicDocumentFile(deps: Deps, codigo: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const [row] = await deps.db.withContext({ municipio: codigo }, async (tx) =>
    rowsOf<{ sha256: string; nombre: string; tipo: string }>(
      await tx.execute(sql`SELECT sha256, nombre_archivo AS nombre, tipo FROM participacion_documentos
        WHERE municipality_id = ${codigo} AND id = ${id} AND publicado_en IS NOT NULL AND retirado_en IS NULL`),
    ),
  );
  if (!row) throw notFound();
  return { ...row, bytes: deps.files.read(codigo, row.sha256) };
}
