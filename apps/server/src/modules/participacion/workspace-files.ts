import { randomUUID } from 'node:crypto';

import { rowsOf, type Tx } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { sniffUpload, storedFileName } from '../ruta/sniff';
import { withStoredFiles } from '../ruta/stored-upload';
import { UPLOAD_LIMITS } from '../ruta/upload-limits';
import { context, type WorkspaceActor } from './workspace-shared';

/** An upload checked before anything is written: size, type from the bytes, a clean name. */
export interface CheckedFile {
  bytes: Uint8Array;
  nombre: string;
  tipo: string;
  kind: string;
}

export async function checkFile(
  file: File,
  allowed?: readonly string[],
  what = 'El archivo',
): Promise<CheckedFile> {
  if (file.size > UPLOAD_LIMITS.maxBytes)
    throw new AppError(
      'carga_rechazada',
      `${what} supera 25 MB. Divídalo o comprímalo y vuelva a intentarlo.`,
    );
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = await sniffUpload(bytes);
  if (!sniffed.ok) throw new AppError('carga_rechazada', sniffed.reason);
  if (allowed && !allowed.includes(sniffed.kind))
    throw new AppError(
      'carga_rechazada',
      `${what} debe ser ${allowed.map((k) => k.toUpperCase()).join(', ')}.`,
    );
  return {
    bytes,
    nombre: storedFileName(file.name, sniffed.kind),
    tipo: sniffed.mime,
    kind: sniffed.kind,
  };
}

/**
 * Runs a transaction that stores files (ruta/stored-upload.ts): each is written to the
 * content-addressed store and registered in `archivos` under its advisory lock, and a file this
 * request created is removed again when the transaction does not commit — unless a concurrent
 * upload of the same bytes committed it — so a refused write leaves nothing behind.
 */
export function withFiles<T>(
  deps: Deps,
  a: WorkspaceActor,
  work: (tx: Tx, store: (f: CheckedFile) => Promise<string>) => Promise<T>,
): Promise<T> {
  return withStoredFiles(deps, context(a), (tx, store) =>
    work(tx, async (f) => (await store({ bytes: f.bytes, mime: f.tipo })).sha256),
  );
}

/** Records a stored file as evidence of a workspace object; returns its SHA-256. */
export async function keepEvidence(
  tx: Tx,
  { deps, a, store }: { deps: Deps; a: WorkspaceActor; store: (f: CheckedFile) => Promise<string> },
  input: { objeto: string; clase: string; file: CheckedFile; total?: number | null },
) {
  const sha256 = await store(input.file);
  await tx.execute(sql`INSERT INTO participacion_archivos (municipality_id, id, objeto, clase, sha256,
    nombre_archivo, tipo, bytes, total, subido_por, subido_en) VALUES (${a.codigo}, ${randomUUID()},
    ${input.objeto}, ${input.clase}, ${sha256}, ${input.file.nombre}, ${input.file.tipo},
    ${input.file.bytes.length}, ${input.total ?? null}, ${a.user.id}, ${deps.clock.now()})`);
  return sha256;
}

/** The evidence files kept for a set of objects, by object. */
export async function evidenceOf(tx: Tx, codigo: string, objetos: readonly string[]) {
  if (objetos.length === 0) return new Map<string, EvidenceFile[]>();
  const rows = rowsOf<EvidenceFile & { objeto: string }>(
    await tx.execute(sql`SELECT objeto, clase, sha256, nombre_archivo AS nombre, tipo,
    bytes::int AS bytes, total, subido_en AS "subidoEn" FROM participacion_archivos
    WHERE municipality_id = ${codigo} AND objeto IN (${sql.join(
      objetos.map((o) => sql`${o}`),
      sql`, `,
    )}) ORDER BY subido_en`),
  );
  const out = new Map<string, EvidenceFile[]>();
  for (const { objeto, ...f } of rows) {
    const subidoEn = new Date(f.subidoEn).toISOString();
    out.set(objeto, [...(out.get(objeto) ?? []), { ...f, subidoEn }]);
  }
  return out;
}

export interface EvidenceFile {
  clase: string;
  sha256: string;
  nombre: string;
  tipo: string;
  bytes: number;
  total: number | null;
  subidoEn: string;
}

/** Reads a multipart form: its text fields and its files (by field), nothing else. */
export async function readForm(c: { req: { parseBody: (o: { all: true }) => Promise<unknown> } }) {
  const body = (await c.req.parseBody({ all: true }).catch(() => {
    throw new AppError(
      'entrada_invalida',
      'Envíe los datos como formulario multipart/form-data con el archivo adjunto.',
    );
  })) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  const files: Record<string, File[]> = {};
  for (const [key, value] of Object.entries(body)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v instanceof File) files[key] = [...(files[key] ?? []), v];
      else if (typeof v === 'string') fields[key] = v;
    }
  }
  return { fields, files };
}

export const oneFile = (files: Record<string, File[]>, field: string, required: boolean) => {
  const list = files[field] ?? [];
  if (list.length > 1)
    throw new AppError('entrada_invalida', `Adjunte un solo archivo en «${field}».`);
  if (required && list.length === 0)
    throw new AppError(
      'entrada_invalida',
      `Adjunte el archivo en el campo «${field}» (multipart/form-data).`,
    );
  return list[0];
};
