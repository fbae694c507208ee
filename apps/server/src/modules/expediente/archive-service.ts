import { randomUUID } from 'node:crypto';

import {
  actosPlan,
  appendAudit,
  evidencias,
  expedienteDocumentos,
  itemsProceso,
  type Tx,
} from '@ruta-pot/db';
import { parseIsoDate } from '@ruta-pot/domain';
import { and, desc, eq, max } from 'drizzle-orm';

import { notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import type { Actor } from './service';

export const DOCUMENT_KINDS = [
  'documento',
  'estudio',
  'cartografia',
  'informe',
  'acta',
  'otro',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface DocumentInput {
  /** A new version of an existing document series; absent for a new document. */
  serie?: string | undefined;
  tipo: DocumentKind;
  titulo: string;
  descripcion?: string | undefined;
  fecha: string;
  autor?: string | null | undefined;
  /** Where the document is: a radicado, a shelf, a link. */
  referencia?: string | null | undefined;
}

/**
 * Adds a document to the archivo técnico e histórico. A new version of a series is a new row with
 * the next number: the earlier versions stay as they were (nothing the office saved is lost).
 */
export async function addDocument(
  deps: Deps,
  input: { codigo: string; actor: Actor; documento: DocumentInput },
) {
  parseIsoDate(input.documento.fecha);
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, (tx) =>
    insertDocumentVersion(tx, { ...input, now: deps.clock.now(), archivo: null }),
  );
}

/** The version's file, already stored in the file store (null: reference only). */
export interface StoredArchiveFile {
  sha256: string;
  nombre: string;
}

/** Writes one version of a series (the next number) in the caller's transaction; audited. */
export async function insertDocumentVersion(
  tx: Tx,
  input: {
    codigo: string;
    actor: Actor;
    documento: DocumentInput;
    now: Date;
    archivo: StoredArchiveFile | null;
  },
) {
  const d = input.documento;
  const now = input.now;
  let version = 1;
  if (d.serie) {
    const [last] = await tx
      .select({ version: max(expedienteDocumentos.version) })
      .from(expedienteDocumentos)
      .where(
        and(
          eq(expedienteDocumentos.municipalityId, input.codigo),
          eq(expedienteDocumentos.serie, d.serie),
        ),
      );
    if (!last?.version) throw notFound();
    version = last.version + 1;
  }
  const id = randomUUID();
  const serie = d.serie ?? id;
  await tx.insert(expedienteDocumentos).values({
    municipalityId: input.codigo,
    id,
    serie,
    version,
    tipo: d.tipo,
    titulo: d.titulo,
    descripcion: d.descripcion ?? '',
    fecha: d.fecha,
    autor: d.autor ?? null,
    referencia: d.referencia ?? null,
    archivoSha256: input.archivo?.sha256 ?? null,
    archivoNombre: input.archivo?.nombre ?? null,
    registradoPor: input.actor.id,
    registradoEn: now,
  });
  await appendAudit(tx, {
    municipalityId: input.codigo,
    actorId: input.actor.id,
    actor: input.actor.email,
    accion: 'expediente.documento',
    objeto: `documento:${serie}`,
    detalle: { titulo: d.titulo, version, archivo: input.archivo },
    ocurridoEn: now,
  });
  return { id, serie, version, archivo: input.archivo?.nombre ?? null };
}

export interface ArchiveEntry {
  origen: 'archivo' | 'acto' | 'evidencia';
  id: string;
  tipo: string;
  titulo: string;
  descripcion: string;
  fecha: string;
  version: number;
  referencia: string | null;
  /** The file of this version (archive documents and evidence), when one was attached. */
  archivo: string | null;
  /** The series a new version is added to (archive documents only). */
  serie: string | null;
}

const fold = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The archive in one list: the documents registered here, the plan's acts (Estado del POT) and the
 * evidence files of La Ruta, newest first, filtered by words (accents and case ignored). One
 * municipality's archive is hundreds of entries, so it is filtered after reading.
 */
export async function searchArchive(
  deps: Deps,
  input: { codigo: string; q?: string | undefined; limite: number },
) {
  const rows = await deps.db.withContext({ municipio: input.codigo }, async (tx) => {
    const docs = await tx
      .select()
      .from(expedienteDocumentos)
      .where(eq(expedienteDocumentos.municipalityId, input.codigo))
      .orderBy(desc(expedienteDocumentos.fecha));
    const acts = await tx
      .select()
      .from(actosPlan)
      .where(eq(actosPlan.municipalityId, input.codigo));
    const files = await tx
      .select({
        id: evidencias.id,
        nombre: evidencias.nombreArchivo,
        version: evidencias.version,
        subidoEn: evidencias.subidoEn,
        item: itemsProceso.nombre,
      })
      .from(evidencias)
      .innerJoin(
        itemsProceso,
        and(
          eq(itemsProceso.municipalityId, evidencias.municipalityId),
          eq(itemsProceso.procesoId, evidencias.procesoId),
          eq(itemsProceso.id, evidencias.itemId),
        ),
      )
      .where(eq(evidencias.municipalityId, input.codigo));
    return { docs, acts, files };
  });
  const entries: ArchiveEntry[] = [
    ...rows.docs.map((d) => ({
      origen: 'archivo' as const,
      id: d.id,
      tipo: d.tipo,
      titulo: d.titulo,
      descripcion: d.descripcion,
      fecha: d.fecha,
      version: d.version,
      referencia: d.referencia,
      archivo: d.archivoNombre,
      serie: d.serie,
    })),
    ...rows.acts.map((a) => ({
      origen: 'acto' as const,
      id: a.id,
      tipo: a.tipo,
      titulo: a.instrumento,
      descripcion: a.objeto ?? '',
      fecha: a.fecha,
      version: 1,
      referencia: a.emisor,
      archivo: null,
      serie: null,
    })),
    ...rows.files.map((f) => ({
      origen: 'evidencia' as const,
      id: f.id,
      tipo: 'evidencia',
      titulo: f.nombre,
      descripcion: f.item,
      fecha: f.subidoEn.toISOString().slice(0, 10),
      version: f.version,
      referencia: null,
      archivo: f.nombre,
      serie: null,
    })),
  ];
  const words = fold(input.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matching = entries.filter((e) => {
    const text = fold(`${e.titulo} ${e.descripcion} ${e.tipo} ${e.archivo ?? ''}`);
    return words.every((w) => text.includes(w));
  });
  matching.sort((a, b) => b.fecha.localeCompare(a.fecha));
  return { total: matching.length, entradas: matching.slice(0, input.limite) };
}
