import { randomUUID } from 'node:crypto';

import { z } from '@hono/zod-openapi';
import { rowsOf, type Tx } from '@ruta-pot/db';
import { DATA_POLICY } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import {
  type ImportProblem,
  importRefused,
  mapColumns,
  readTable,
} from '../expediente/table-import';
import { sniffUpload } from '../ruta/sniff';
import { UPLOAD_LIMITS } from '../ruta/upload-limits';
import { lockEvent } from './workspace-events';
import { checkFile, keepEvidence, withFiles } from './workspace-files';
import { audit, context, parseForm, requireRole, type WorkspaceActor } from './workspace-shared';

const MAX_ROWS = 5000;

const person = z
  .object({
    nombre: z.string().trim().min(2).max(200),
    organizacion: z.string().trim().max(200).optional(),
    contacto: z.string().trim().max(200).optional(),
  })
  .strict();
export const attendanceBody = z
  .object({
    asistentes: z.array(person).min(1).max(MAX_ROWS),
    /** The office confirms the people whose contact is listed accepted the data policy. */
    consentimiento: z.boolean().optional(),
  })
  .strict();
type Person = z.infer<typeof person>;

const noConsent = () =>
  new AppError(
    'entrada_invalida',
    'La lista trae contactos: confirme que esas personas aceptaron la política de tratamiento de datos personales (Ley 1581 de 2012), o envíela sin contactos.',
  );

/** Attendance = the listed people plus the typed totals of scanned signed sheets. */
async function recount(tx: Tx, codigo: string, eventoId: string) {
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`UPDATE participacion_eventos SET asistentes =
      (SELECT count(*)::int FROM participacion_asistencia WHERE municipality_id = ${codigo} AND evento_id = ${eventoId})
      + (SELECT coalesce(sum(total), 0)::int FROM participacion_archivos WHERE municipality_id = ${codigo}
         AND objeto = ${`evento:${eventoId}`} AND clase = 'asistencia')
      WHERE municipality_id = ${codigo} AND id = ${eventoId} RETURNING asistentes AS n`),
  );
  return row?.n ?? 0;
}

async function insertPeople(
  tx: Tx,
  a: WorkspaceActor,
  { eventoId, people }: { eventoId: string; people: Person[] },
) {
  for (const p of people)
    await tx.execute(sql`INSERT INTO participacion_asistencia (municipality_id, evento_id, id, nombre,
      organizacion, contacto, consentimiento_version) VALUES (${a.codigo}, ${eventoId}, ${randomUUID()},
      ${p.nombre}, ${p.organizacion || null}, ${p.contacto || null}, ${p.contacto ? DATA_POLICY.version : null})`);
}

/** Adds people typed by the office to an event's attendance list. */
export async function addAttendance(
  deps: Deps,
  a: WorkspaceActor,
  input: { id: string; body: z.infer<typeof attendanceBody> },
) {
  requireRole(a, 'office');
  const people = input.body.asistentes;
  if (people.some((p) => p.contacto) && input.body.consentimiento !== true) throw noConsent();
  return deps.db.withContext(context(a), async (tx) => {
    await lockEvent(tx, a.codigo, input.id);
    await insertPeople(tx, a, { eventoId: input.id, people });
    const asistentes = await recount(tx, a.codigo, input.id);
    await audit(
      tx,
      { deps, a, accion: 'asistencia.registrar', objeto: `evento:${input.id}` },
      {
        personas: people.length,
        asistentes,
      },
    );
    return { agregados: people.length, asistentes };
  });
}

/** Checks the rows of an imported table; every problem is reported, nothing is written. */
async function importedPeople(bytes: Uint8Array, consent: boolean): Promise<Person[]> {
  const rows = await readTable(bytes);
  if (rows.length === 0) throw new AppError('entrada_invalida', 'El archivo no tiene filas.');
  if (rows.length > MAX_ROWS)
    throw new AppError('entrada_invalida', `El archivo supera ${MAX_ROWS} filas; divídalo.`);
  const { rows: typed, problems } = mapColumns(rows, [
    { nombre: 'nombre', requerida: true, tipo: 'texto', alias: ['nombres', 'nombre_completo'] },
    { nombre: 'organizacion', requerida: false, tipo: 'texto', alias: ['entidad'] },
    { nombre: 'contacto', requerida: false, tipo: 'texto', alias: ['correo', 'telefono'] },
  ]);
  const people: Person[] = [];
  const more: ImportProblem[] = [...problems];
  for (const row of typed) {
    const p = {
      nombre: String(row.valores.nombre ?? ''),
      organizacion: row.valores.organizacion ? String(row.valores.organizacion) : undefined,
      contacto: row.valores.contacto ? String(row.valores.contacto) : undefined,
    };
    const checked = person.safeParse(p);
    if (!checked.success && p.nombre)
      more.push({
        linea: row.linea,
        columna: checked.error.issues[0]?.path.join('.') ?? 'nombre',
        mensaje: `La columna «${String(checked.error.issues[0]?.path[0] ?? 'nombre')}» debe tener entre 2 y 200 caracteres.`,
      });
    if (p.contacto && !consent)
      more.push({
        linea: row.linea,
        columna: 'contacto',
        mensaje:
          'La columna «contacto» tiene datos y no se confirmó el consentimiento de tratamiento de datos (campo «consentimiento»).',
      });
    if (checked.success) people.push(checked.data);
  }
  if (more.length > 0) throw importRefused(more.sort((x, y) => x.linea - y.linea));
  return people;
}

const fileFields = z
  .object({
    total: z
      .string()
      .regex(/^\d{1,6}$/, 'el total de asistentes es un número entero')
      .optional(),
    consentimiento: z.enum(['si', 'true']).optional(),
  })
  .strict();

/**
 * Attendance from a file: a CSV/XLSX list (columns nombre, organizacion, contacto) is imported
 * row by row; a scanned signed sheet (PDF, JPEG, PNG) is kept as evidence with its typed total.
 */
export async function attendanceFile(
  deps: Deps,
  a: WorkspaceActor,
  input: { id: string; fields: Record<string, string>; file: File },
) {
  requireRole(a, 'office');
  const form = parseForm(fileFields, input.fields);
  if (input.file.size > UPLOAD_LIMITS.maxBytes)
    throw new AppError('carga_rechazada', 'El archivo supera 25 MB.');
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const sniffed = await sniffUpload(bytes);
  const scanned = sniffed.ok && ['pdf', 'jpeg', 'png'].includes(sniffed.kind);
  if (!scanned) {
    const looksText = bytes.length > 0 && !bytes.subarray(0, 4096).includes(0);
    if (!(sniffed.ok && sniffed.kind === 'xlsx') && !(looksText && !sniffed.ok))
      throw new AppError(
        'carga_rechazada',
        'La asistencia se carga como CSV o XLSX (columnas nombre, organizacion, contacto) o como planilla firmada escaneada (PDF, JPEG o PNG) con el total de asistentes.',
      );
    const people = await importedPeople(bytes, form.consentimiento !== undefined);
    return deps.db.withContext(context(a), async (tx) => {
      await lockEvent(tx, a.codigo, input.id);
      await insertPeople(tx, a, { eventoId: input.id, people });
      const asistentes = await recount(tx, a.codigo, input.id);
      await audit(
        tx,
        { deps, a, accion: 'asistencia.importar', objeto: `evento:${input.id}` },
        {
          archivo: input.file.name.slice(0, 200),
          personas: people.length,
          asistentes,
        },
      );
      return { agregados: people.length, asistentes, planilla: null };
    });
  }
  const total = form.total ? Number(form.total) : 0;
  if (total < 1)
    throw new AppError(
      'entrada_invalida',
      'Para una planilla escaneada escriba el total de asistentes (campo «total», al menos 1).',
    );
  const file = await checkFile(input.file, ['pdf', 'jpeg', 'png'], 'La planilla');
  return withFiles(deps, a, async (tx, store) => {
    await lockEvent(tx, a.codigo, input.id);
    const sha256 = await keepEvidence(
      tx,
      { deps, a, store },
      {
        objeto: `evento:${input.id}`,
        clase: 'asistencia',
        file,
        total,
      },
    );
    const asistentes = await recount(tx, a.codigo, input.id);
    await audit(
      tx,
      { deps, a, accion: 'asistencia.planilla', objeto: `evento:${input.id}` },
      {
        archivo: file.nombre,
        sha256,
        total,
        asistentes,
      },
    );
    return { agregados: total, asistentes, planilla: { sha256, nombre: file.nombre, total } };
  });
}
