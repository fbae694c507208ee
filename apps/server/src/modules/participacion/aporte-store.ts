import { randomUUID } from 'node:crypto';

import { appendAudit, rowsOf, type Tx } from '@ruta-pot/db';
import {
  APORTE_LIFECYCLE,
  type AporteState,
  assertTransition,
  DomainError,
  type ParticipationRole,
  type TimelineEntry,
  type TimelineKind,
} from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';

export interface LockedAporte {
  id: string;
  codigo: string;
  estado: AporteState;
  origen: string;
  grupo_id: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The aporte's row, locked until the transaction ends (two answers never race). */
export async function lockAporte(tx: Tx, codigo: string, id: string): Promise<LockedAporte> {
  if (!UUID.test(id)) throw notFound();
  const [row] = rowsOf<LockedAporte>(
    await tx.execute(sql`SELECT id, codigo, estado, origen, grupo_id FROM participacion_aportes
      WHERE municipality_id = ${codigo} AND id = ${id} FOR UPDATE`),
  );
  if (!row) throw notFound();
  return row;
}

/**
 * The lifecycle's word on a move (APORTE_LIFECYCLE): who may take an aporte from where to where.
 * A move the role may not make is 403; a move that does not exist from this state is 409 (the
 * aporte changed since the page was loaded).
 */
export function moveAporte(
  from: AporteState,
  to: AporteState,
  roles: readonly ParticipationRole[],
) {
  try {
    return assertTransition(APORTE_LIFECYCLE, { from, to, roles });
  } catch (error) {
    if (error instanceof DomainError) {
      const byRole = (error.details as { motivo?: string } | undefined)?.motivo === 'rol';
      throw new AppError(byRole ? 'prohibido' : 'conflicto', error.message);
    }
    throw error;
  }
}

/** One line of the aporte's readable timeline. */
export async function addTimeline(
  tx: Tx,
  input: {
    codigo: string;
    aporteId: string;
    kind: TimelineKind;
    at: Date;
    detail?: TimelineEntry['detail'];
  },
) {
  await tx.execute(sql`INSERT INTO participacion_linea_tiempo (municipality_id, aporte_id, id, tipo, en, detalle)
    VALUES (${input.codigo}, ${input.aporteId}, ${randomUUID()}, ${input.kind}, ${input.at.toISOString()},
      ${JSON.stringify(input.detail ?? {})}::jsonb)`);
}

/** Who acted, for the audit log: a staff account, or a citizen's link (no account). */
export interface AporteActor {
  userId: string | null;
  label: string;
  roles: readonly ParticipationRole[];
}

export async function auditAporte(
  tx: Tx,
  input: { codigo: string; actor: AporteActor; accion: string; aporte: string; at: Date },
  detalle: Record<string, unknown> = {},
) {
  await appendAudit(tx, {
    municipalityId: input.codigo,
    actorId: input.actor.userId,
    actor: input.actor.label,
    accion: `participacion.aporte.${input.accion}`,
    objeto: `aporte:${input.aporte}`,
    detalle,
    ocurridoEn: input.at,
  });
}
