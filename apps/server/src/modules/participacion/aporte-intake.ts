import { randomUUID } from 'node:crypto';

import { rowsOf, type Tx } from '@ruta-pot/db';
import {
  aporteDue,
  type AporteOrigin,
  type AporteState,
  cleanAporteText,
  DATA_POLICY,
  parseIsoDate,
} from '@ruta-pot/domain';
import { type SQL, sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { safeFileName } from '../ruta/evidence-service';
import { sniffUpload, storedFileName } from '../ruta/sniff';
import { discardOnRollback, storeFiles } from '../ruta/stored-upload';
import { nextAporteCode } from './aporte-code';
import { parseDrawnPlace, placeInMunicipality } from './aporte-geometry';
import { addTimeline } from './aporte-store';

/** Files one aporte may carry: a few photos or a document, on a citizen's connection. */
export const ATTACHMENT_LIMITS = { maxFiles: 3, maxBytes: 10 * 1024 * 1024 } as const;

export interface Attachment {
  name: string;
  bytes: Uint8Array;
}

export interface NewAporte {
  origen: AporteOrigin;
  estado: AporteState;
  texto: string;
  autorNombre?: string | undefined;
  autorCorreo?: string | undefined;
  cuentaId?: string | undefined;
  /** The data-policy version the author accepted (required with an e-mail or a name). */
  consentimiento?: string | undefined;
  documento?: string | undefined;
  articulo?: string | undefined;
  capa?: string | undefined;
  geometria?: string | undefined;
  eventoId?: string | undefined;
  peticion?:
    { tipo: 'general' | 'documentos' | 'consulta'; radicado?: string | undefined } | undefined;
  recibidoEn: string;
  confirmacionHash?: string | undefined;
  seguimientoHash?: string | undefined;
  origenRedHash?: string | undefined;
  adjuntos?: readonly Attachment[] | undefined;
}

/** Checks the attachments' count, size and real type before anything is written. */
async function checkAttachments(files: readonly Attachment[]) {
  if (files.length > ATTACHMENT_LIMITS.maxFiles)
    throw new AppError(
      'carga_rechazada',
      `Adjunte como máximo ${ATTACHMENT_LIMITS.maxFiles} archivos.`,
    );
  const checked = [];
  for (const file of files) {
    if (file.bytes.length === 0)
      throw new AppError('carga_rechazada', `«${safeFileName(file.name)}» está vacío.`);
    if (file.bytes.length > ATTACHMENT_LIMITS.maxBytes)
      throw new AppError(
        'carga_rechazada',
        `«${safeFileName(file.name)}» supera 10 MB. Redúzcalo y vuelva a intentarlo.`,
      );
    const sniffed = await sniffUpload(file.bytes);
    if (!sniffed.ok)
      throw new AppError('carga_rechazada', `«${safeFileName(file.name)}»: ${sniffed.reason}`);
    checked.push({ ...file, mime: sniffed.mime, name: storedFileName(file.name, sniffed.kind) });
  }
  return checked;
}

function assertConsent(input: {
  autorCorreo?: string | undefined;
  autorNombre?: string | undefined;
  consentimiento?: string | undefined;
}) {
  if ((input.autorCorreo || input.autorNombre) && input.consentimiento !== DATA_POLICY.version)
    throw new AppError(
      'entrada_invalida',
      `Para dejar su nombre o su correo lea y acepte la política de tratamiento de datos personales vigente (versión ${DATA_POLICY.version}).`,
      { campo: 'consentimiento' },
    );
}

/** Where a new aporte is written: the transaction, the municipality, the instant, and the list
 * that collects the files this write created (removed if it does not commit). */
export interface IntakeContext {
  tx: Tx;
  deps: Deps;
  codigo: string;
  at: Date;
  createdFiles: string[];
}

/**
 * Writes a new aporte, its attachments and the first line of its timeline, in the caller's
 * transaction. Text, consent, place and files are checked first; a refusal writes nothing.
 */
export async function insertAporte(ctx: IntakeContext, input: NewAporte) {
  const { tx, deps, codigo, at, createdFiles } = ctx;
  const texto = cleanAporteText(input.texto);
  assertConsent(input);
  const place = input.geometria ? parseDrawnPlace(input.geometria) : null;
  const files = await checkAttachments(input.adjuntos ?? []);
  const [municipio] = rowsOf<{ nombre: string }>(
    await tx.execute(sql`SELECT nombre FROM municipios WHERE codigo = ${codigo}`),
  );
  if (!municipio) throw notFound();
  const geom: SQL = place
    ? await placeInMunicipality(tx, { codigo, nombre: municipio.nombre, json: place.json })
    : sql`NULL`;
  if (input.eventoId) {
    const [evento] = rowsOf<{ id: string }>(
      await tx.execute(
        sql`SELECT id FROM participacion_eventos WHERE municipality_id = ${codigo} AND id::text = ${input.eventoId}`,
      ),
    );
    if (!evento)
      throw new AppError('entrada_invalida', 'El evento indicado no existe en este municipio.', {
        campo: 'eventoId',
      });
  }
  const venceEn = input.peticion
    ? aporteDue({
        kind: input.peticion.tipo,
        receivedOn: parseIsoDate(input.recibidoEn),
        calendar: deps.calendar,
      }).dueOn
    : null;
  const id = randomUUID();
  const code = await nextAporteCode(tx, codigo);
  await tx.execute(sql`INSERT INTO participacion_aportes (municipality_id, id, codigo, origen, estado, texto,
      autor_nombre, autor_correo, cuenta_id, consentimiento_version, confirmacion_hash, seguimiento_hash,
      origen_red_hash, documento, articulo, capa, geom, evento_id, es_peticion, tipo_peticion, radicado,
      recibido_en, vence_en, creado_en)
    VALUES (${codigo}, ${id}, ${code}, ${input.origen}, ${input.estado}, ${texto},
      ${input.autorNombre ?? null}, ${input.autorCorreo ?? null}, ${input.cuentaId ?? null},
      ${input.autorCorreo || input.autorNombre ? DATA_POLICY.version : null},
      ${input.confirmacionHash ?? null}, ${input.seguimientoHash ?? null}, ${input.origenRedHash ?? null},
      ${input.documento ?? null}, ${input.articulo ?? null}, ${input.capa ?? null}, ${geom},
      ${input.eventoId ?? null}, ${Boolean(input.peticion)}, ${input.peticion?.tipo ?? null},
      ${input.peticion?.radicado ?? null}, ${input.recibidoEn}, ${venceEn}, ${at.toISOString()})`);
  const stored = await storeFiles(deps, tx, { codigo, files, at, created: createdFiles });
  for (const [i, file] of files.entries())
    await tx.execute(sql`INSERT INTO participacion_adjuntos (municipality_id, aporte_id, id, sha256, nombre, tipo_mime, bytes, creado_en)
      VALUES (${codigo}, ${id}, ${randomUUID()}, ${stored[i]!.sha256}, ${file.name}, ${file.mime}, ${file.bytes.length}, ${at.toISOString()})`);
  await addTimeline(tx, { codigo, aporteId: id, kind: 'presentado', at });
  return { id, codigo: code, venceEn };
}

/**
 * Runs a write that may store attachment files (`insertAporte` in the transaction it opens); when
 * its transaction does not commit, the files it created are removed unless a concurrent upload of
 * the same bytes committed them (ruta/stored-upload.ts), so a refused aporte leaves nothing behind.
 */
export function withFileCleanup<T>(
  deps: Deps,
  codigo: string,
  work: (createdFiles: string[]) => Promise<T>,
): Promise<T> {
  return discardOnRollback(deps, codigo, work);
}
