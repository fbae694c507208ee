import { randomUUID } from 'node:crypto';

import { z } from '@hono/zod-openapi';
import { rowsOf } from '@ruta-pot/db';
import { DATA_POLICY } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import {
  audit,
  checkId,
  context,
  isOffice,
  requireRole,
  type WorkspaceActor,
} from './workspace-shared';

const ACTOR_TYPES = [
  'concejal',
  'ctp',
  'jal',
  'jac',
  'gremio',
  'universidad',
  'comunidad_etnica',
  'organizacion_ambiental',
  'organizacion_comunitaria',
  'entidad',
  'otro',
] as const;
const STAGES = ['diagnostico', 'formulacion', 'concertacion', 'adopcion', 'seguimiento'] as const;

export const actorBody = z
  .object({
    tipo: z.enum(ACTOR_TYPES),
    nombre: z.string().trim().min(2).max(200),
    organizacion: z.string().trim().max(200).optional(),
    contacto: z.string().trim().max(200).optional(),
    /** The office confirms the person accepted the data policy in force before giving a contact. */
    consentimiento: z.boolean().optional(),
  })
  .strict();
export type ActorBody = z.infer<typeof actorBody>;

export const strategyBody = z
  .object({
    etapa: z.enum(STAGES),
    que: z.string().trim().min(3).max(2000),
    conQuien: z.string().trim().min(3).max(1000),
    cuando: z.string().trim().min(3).max(200),
  })
  .strict();

interface ActorRow {
  id: string;
  tipo: string;
  nombre: string;
  organizacion: string | null;
  contacto: string | null;
  consentimientoVersion: string | null;
}

/** The actors; contacts (personal data, Ley 1581 de 2012) only for the office. */
export async function listActors(deps: Deps, a: WorkspaceActor) {
  const office = isOffice(a);
  const rows = await deps.db.withContext(context(a), async (tx) =>
    rowsOf<ActorRow>(
      await tx.execute(sql`SELECT id, tipo, nombre, organizacion, contacto,
        consentimiento_version AS "consentimientoVersion" FROM participacion_actores
        WHERE municipality_id = ${a.codigo} ORDER BY tipo, nombre`),
    ),
  );
  return {
    actores: rows.map((r) => ({
      ...r,
      contacto: office ? r.contacto : null,
      consentimientoVersion: office ? r.consentimientoVersion : null,
      tieneContacto: r.contacto !== null,
    })),
  };
}

function consentOf(body: ActorBody, now: Date) {
  const contacto = body.contacto || null;
  if (contacto && body.consentimiento !== true)
    throw new AppError(
      'entrada_invalida',
      'Para guardar el contacto confirme que la persona aceptó la política de tratamiento de datos personales (Ley 1581 de 2012).',
    );
  return {
    contacto,
    version: contacto ? DATA_POLICY.version : null,
    en: contacto ? now : null,
  };
}

export async function saveActor(
  deps: Deps,
  a: WorkspaceActor,
  { body, id }: { body: ActorBody; id: string | null },
) {
  requireRole(a, 'office');
  const now = deps.clock.now();
  const consent = consentOf(body, now);
  const actorId = id ? checkId(id) : randomUUID();
  return deps.db.withContext(context(a), async (tx) => {
    if (id) {
      const updated = rowsOf<{ id: string }>(
        await tx.execute(sql`UPDATE participacion_actores SET tipo = ${body.tipo}, nombre = ${body.nombre},
          organizacion = ${body.organizacion || null}, contacto = ${consent.contacto},
          consentimiento_version = ${consent.version}, consentimiento_en = ${consent.en}
          WHERE municipality_id = ${a.codigo} AND id = ${actorId} RETURNING id`),
      );
      if (updated.length === 0) throw notFound();
    } else
      await tx.execute(sql`INSERT INTO participacion_actores (municipality_id, id, tipo, nombre, organizacion,
        contacto, consentimiento_version, consentimiento_en, creado_en) VALUES (${a.codigo}, ${actorId},
        ${body.tipo}, ${body.nombre}, ${body.organizacion || null}, ${consent.contacto}, ${consent.version},
        ${consent.en}, ${now})`);
    // The audit names the actor, never the contact (personal data stays in its column).
    await audit(
      tx,
      { deps, a, accion: id ? 'actor.editar' : 'actor.crear', objeto: `actor:${actorId}` },
      {
        tipo: body.tipo,
        nombre: body.nombre,
        conContacto: consent.contacto !== null,
        consentimiento: consent.version,
      },
    );
    return { id: actorId };
  });
}

export async function deleteActor(deps: Deps, a: WorkspaceActor, id: string) {
  requireRole(a, 'office');
  checkId(id);
  await deps.db.withContext(context(a), async (tx) => {
    const gone = rowsOf<{ nombre: string }>(
      await tx.execute(sql`DELETE FROM participacion_actores WHERE municipality_id = ${a.codigo}
        AND id = ${id} RETURNING nombre`),
    );
    if (gone.length === 0) throw notFound();
    await audit(
      tx,
      { deps, a, accion: 'actor.retirar', objeto: `actor:${id}` },
      { nombre: gone[0]!.nombre },
    );
  });
}

export async function listStrategy(deps: Deps, a: WorkspaceActor) {
  const rows = await deps.db.withContext(context(a), async (tx) =>
    rowsOf<{ id: string; etapa: string; que: string; conQuien: string; cuando: string }>(
      await tx.execute(sql`SELECT id, etapa, que, con_quien AS "conQuien", cuando
        FROM participacion_estrategia WHERE municipality_id = ${a.codigo}
        ORDER BY array_position(ARRAY['diagnostico','formulacion','concertacion','adopcion','seguimiento'], etapa), que`),
    ),
  );
  return { estrategia: rows };
}

export async function addStrategy(
  deps: Deps,
  a: WorkspaceActor,
  body: z.infer<typeof strategyBody>,
) {
  requireRole(a, 'office');
  const id = randomUUID();
  return deps.db.withContext(context(a), async (tx) => {
    await tx.execute(sql`INSERT INTO participacion_estrategia (municipality_id, id, etapa, que, con_quien, cuando)
      VALUES (${a.codigo}, ${id}, ${body.etapa}, ${body.que}, ${body.conQuien}, ${body.cuando})`);
    await audit(
      tx,
      { deps, a, accion: 'estrategia.crear', objeto: `estrategia:${id}` },
      { ...body },
    );
    return { id };
  });
}

export async function deleteStrategy(deps: Deps, a: WorkspaceActor, id: string) {
  requireRole(a, 'office');
  checkId(id);
  await deps.db.withContext(context(a), async (tx) => {
    const gone = rowsOf<{ etapa: string }>(
      await tx.execute(sql`DELETE FROM participacion_estrategia WHERE municipality_id = ${a.codigo}
        AND id = ${id} RETURNING etapa`),
    );
    if (gone.length === 0) throw notFound();
    await audit(
      tx,
      { deps, a, accion: 'estrategia.retirar', objeto: `estrategia:${id}` },
      { etapa: gone[0]!.etapa },
    );
  });
}
