import { randomUUID } from 'node:crypto';

import { z } from '@hono/zod-openapi';
import { rowsOf, type Tx } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import { isoDate } from '../../http/dates';
import { notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { checkFile, evidenceOf, keepEvidence, withFiles } from './workspace-files';
import {
  audit,
  checkId,
  context,
  isOffice,
  parseForm,
  requireRole,
  type WorkspaceActor,
} from './workspace-shared';

const EVENT_TYPES = [
  'taller',
  'mesa',
  'audiencia_publica',
  'exhibicion',
  'cabildo_abierto',
  'consejo_gobierno',
  'otro',
] as const;

export const eventBody = z
  .object({
    tipo: z.enum(EVENT_TYPES),
    titulo: z.string().trim().min(3).max(300),
    fecha: isoDate('fecha'),
    lugar: z.string().trim().max(300).optional(),
    agenda: z.string().trim().max(5000).optional(),
    convocatoriaPublicadaEn: isoDate('convocatoriaPublicadaEn').nullable().optional(),
  })
  .strict();
export type EventBody = z.infer<typeof eventBody>;

const EVENT_COLUMNS = sql`id, tipo, titulo, fecha::text AS fecha, lugar, agenda,
  convocatoria_publicada_en::text AS "convocatoriaPublicadaEn",
  convocatoria_evidencia AS "convocatoriaEvidencia", acta_evidencia AS "actaEvidencia", asistentes`;

export interface EventRow {
  id: string;
  tipo: string;
  titulo: string;
  fecha: string;
  lugar: string;
  agenda: string;
  convocatoriaPublicadaEn: string | null;
  convocatoriaEvidencia: string | null;
  actaEvidencia: string | null;
  asistentes: number;
}

export async function listEvents(deps: Deps, a: WorkspaceActor) {
  const eventos = await deps.db.withContext(context(a), async (tx) =>
    rowsOf<EventRow>(
      await tx.execute(sql`SELECT ${EVENT_COLUMNS} FROM participacion_eventos
        WHERE municipality_id = ${a.codigo} ORDER BY fecha DESC, titulo`),
    ),
  );
  return { eventos };
}

/** Locks an event for a change (attendance, files), or answers 404. */
export async function lockEvent(tx: Tx, codigo: string, id: string) {
  checkId(id);
  const [row] = rowsOf<EventRow>(
    await tx.execute(sql`SELECT ${EVENT_COLUMNS} FROM participacion_eventos
      WHERE municipality_id = ${codigo} AND id = ${id} FOR UPDATE`),
  );
  if (!row) throw notFound();
  return row;
}

/** One event with its files; the attendance list (personal data) only for the office. */
export async function getEvent(deps: Deps, a: WorkspaceActor, id: string) {
  checkId(id);
  return deps.db.withContext(context(a), async (tx) => {
    const [evento] = rowsOf<EventRow>(
      await tx.execute(sql`SELECT ${EVENT_COLUMNS} FROM participacion_eventos
        WHERE municipality_id = ${a.codigo} AND id = ${id}`),
    );
    if (!evento) throw notFound();
    const archivos = (await evidenceOf(tx, a.codigo, [`evento:${id}`])).get(`evento:${id}`) ?? [];
    const lista = isOffice(a)
      ? rowsOf<{
          id: string;
          nombre: string;
          organizacion: string | null;
          contacto: string | null;
        }>(
          await tx.execute(sql`SELECT id, nombre, organizacion, contacto FROM participacion_asistencia
            WHERE municipality_id = ${a.codigo} AND evento_id = ${id} ORDER BY nombre`),
        )
      : null;
    return { ...evento, archivos, listaAsistencia: lista };
  });
}

export async function saveEvent(
  deps: Deps,
  a: WorkspaceActor,
  { body, id }: { body: EventBody; id: string | null },
) {
  requireRole(a, 'office');
  const eventId = id ? checkId(id) : randomUUID();
  const published = body.convocatoriaPublicadaEn ?? null;
  return deps.db.withContext(context(a), async (tx) => {
    if (id) {
      await lockEvent(tx, a.codigo, eventId);
      await tx.execute(sql`UPDATE participacion_eventos SET tipo = ${body.tipo}, titulo = ${body.titulo},
        fecha = ${body.fecha}, lugar = ${body.lugar ?? ''}, agenda = ${body.agenda ?? ''},
        convocatoria_publicada_en = ${published} WHERE municipality_id = ${a.codigo} AND id = ${eventId}`);
    } else
      await tx.execute(sql`INSERT INTO participacion_eventos (municipality_id, id, tipo, titulo, fecha, lugar,
        agenda, convocatoria_publicada_en, creado_en) VALUES (${a.codigo}, ${eventId}, ${body.tipo},
        ${body.titulo}, ${body.fecha}, ${body.lugar ?? ''}, ${body.agenda ?? ''}, ${published},
        ${deps.clock.now()})`);
    await audit(
      tx,
      { deps, a, accion: id ? 'evento.editar' : 'evento.crear', objeto: `evento:${eventId}` },
      {
        tipo: body.tipo,
        titulo: body.titulo,
        fecha: body.fecha,
      },
    );
    const [saved] = rowsOf<EventRow>(
      await tx.execute(sql`SELECT ${EVENT_COLUMNS} FROM participacion_eventos
        WHERE municipality_id = ${a.codigo} AND id = ${eventId}`),
    );
    return saved!;
  });
}

const fileForm = z
  .object({
    clase: z.enum(['convocatoria', 'acta', 'foto'], 'Indique la clase: convocatoria, acta o foto.'),
  })
  .strict();

/**
 * Keeps a file of an event: the call's publication evidence, the acta (each replaces the one the
 * event cites; earlier files stay on record) or a photo.
 */
export async function addEventFile(
  deps: Deps,
  a: WorkspaceActor,
  input: { id: string; fields: Record<string, string>; file: File },
) {
  requireRole(a, 'office');
  const { clase } = parseForm(fileForm, input.fields);
  const file = await checkFile(
    input.file,
    clase === 'foto' ? ['jpeg', 'png'] : ['pdf', 'jpeg', 'png', 'docx'],
    clase === 'foto' ? 'La foto' : 'El archivo',
  );
  return withFiles(deps, a, async (tx, store) => {
    await lockEvent(tx, a.codigo, input.id);
    const sha256 = await keepEvidence(
      tx,
      { deps, a, store },
      {
        objeto: `evento:${input.id}`,
        clase,
        file,
      },
    );
    if (clase === 'convocatoria')
      await tx.execute(sql`UPDATE participacion_eventos SET convocatoria_evidencia = ${sha256}
        WHERE municipality_id = ${a.codigo} AND id = ${input.id}`);
    if (clase === 'acta')
      await tx.execute(sql`UPDATE participacion_eventos SET acta_evidencia = ${sha256}
        WHERE municipality_id = ${a.codigo} AND id = ${input.id}`);
    await audit(
      tx,
      { deps, a, accion: 'evento.archivo', objeto: `evento:${input.id}` },
      {
        clase,
        archivo: file.nombre,
        sha256,
        bytes: file.bytes.length,
      },
    );
    return { clase, sha256, nombre: file.nombre, tipo: file.tipo, bytes: file.bytes.length };
  });
}
