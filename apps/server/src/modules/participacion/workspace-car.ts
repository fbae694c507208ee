import { randomUUID } from 'node:crypto';

import { z } from '@hono/zod-openapi';
import { rowsOf, type Tx } from '@ruta-pot/db';
import {
  assertTransition,
  CAR_ROUND_LIFECYCLE,
  type CarRoundState,
  carRoundStatus,
  type DeadlineResult,
  type IsoDate,
} from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { isoDate, todayInColombia } from '../../http/dates';
import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { evidenceOf } from './workspace-files';
import {
  advertencias,
  audit,
  checkId,
  citas,
  context,
  domain,
  participationRoles,
  requireRole,
  type WorkspaceActor,
} from './workspace-shared';

const CAR_TOPICS = [
  'determinantes_ambientales',
  'riesgo',
  'areas_protegidas',
  'recurso_hidrico',
  'otro',
] as const;
export const roundBody = z.object({ radicadaEn: isoDate('radicadaEn') }).strict();
export const observationsBody = z
  .object({
    observaciones: z
      .array(
        z
          .object({ tema: z.enum(CAR_TOPICS), texto: z.string().trim().min(10).max(10000) })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict();
export const answerBody = z.object({ respuesta: z.string().trim().min(10).max(10000) }).strict();

const plazo = (d: DeadlineResult) => ({
  desde: d.from,
  vence: d.dueOn,
  dias: d.days,
  tipoDias: d.dayKind,
  explicacion: d.explanation,
  citas: citas(d.citations),
});

interface RoundRow {
  id: string;
  numero: number;
  estado: CarRoundState;
  radicadaEn: IsoDate;
  actaFecha: string | null;
  actaEvidencia: string | null;
  puntosDesacuerdo: string | null;
}

/** The CAR rounds with their observations, terms and warnings (silence is never approval). */
export async function listRounds(deps: Deps, a: WorkspaceActor) {
  const today = todayInColombia(deps.clock) as IsoDate;
  return deps.db.withContext(context(a), async (tx) => {
    const rounds = rowsOf<RoundRow>(
      await tx.execute(sql`SELECT id, numero, estado, radicada_en::text AS "radicadaEn",
        acta_fecha::text AS "actaFecha", acta_evidencia AS "actaEvidencia", puntos_desacuerdo AS "puntosDesacuerdo"
        FROM participacion_rondas_car WHERE municipality_id = ${a.codigo} ORDER BY numero`),
    );
    const obs = rowsOf<{
      id: string;
      rondaId: string;
      tema: string;
      texto: string;
      respuesta: string | null;
    }>(
      await tx.execute(sql`SELECT id, ronda_id AS "rondaId", tema, texto, respuesta
        FROM participacion_observaciones_car WHERE municipality_id = ${a.codigo} ORDER BY registrada_en, id`),
    );
    const files = await evidenceOf(
      tx,
      a.codigo,
      rounds.map((r) => `ronda:${r.id}`),
    );
    return {
      rondas: rounds.map((r) => {
        const status = carRoundStatus({
          state: r.estado,
          radicadaOn: r.radicadaEn,
          today,
          calendar: deps.calendar,
        });
        return {
          ...r,
          estadoEtiqueta: CAR_ROUND_LIFECYCLE.labels[r.estado],
          observaciones: obs.filter((o) => o.rondaId === r.id).map(({ rondaId: _, ...o }) => o),
          archivos: files.get(`ronda:${r.id}`) ?? [],
          plazo: plazo(status.term),
          plazoMinisterio: status.ministryTerm ? plazo(status.ministryTerm) : null,
          advertencias: advertencias(status.warnings),
        };
      }),
    };
  });
}

export async function lockRound(tx: Tx, codigo: string, id: string) {
  checkId(id);
  const [row] = rowsOf<{ estado: CarRoundState; numero: number; radicadaEn: string }>(
    await tx.execute(sql`SELECT estado, numero, radicada_en::text AS "radicadaEn" FROM participacion_rondas_car
      WHERE municipality_id = ${codigo} AND id = ${id} FOR UPDATE`),
  );
  if (!row) throw notFound();
  return row;
}

export const move = (a: WorkspaceActor, from: CarRoundState, to: CarRoundState) =>
  domain(() => assertTransition(CAR_ROUND_LIFECYCLE, { from, to, roles: participationRoles(a) }));

/** The office files a new round with the CAR (numero = next); the previous one must be closed. */
export async function createRound(deps: Deps, a: WorkspaceActor, body: z.infer<typeof roundBody>) {
  requireRole(a, 'office');
  const id = randomUUID();
  return deps.db.withContext(context(a), async (tx) => {
    // Serialises filings, so two rounds never take the same number.
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext('participacion_rondas_car:' || ${a.codigo}))`,
    );
    const [last] = rowsOf<{ numero: number; estado: CarRoundState }>(
      await tx.execute(sql`SELECT numero, estado FROM participacion_rondas_car
        WHERE municipality_id = ${a.codigo} ORDER BY numero DESC LIMIT 1 FOR UPDATE`),
    );
    if (last && !CAR_ROUND_LIFECYCLE.terminal.includes(last.estado))
      throw new AppError(
        'conflicto',
        `La ronda ${last.numero} sigue abierta: registre su acta antes de radicar una nueva ronda ante la CAR.`,
      );
    const numero = (last?.numero ?? 0) + 1;
    await tx.execute(sql`INSERT INTO participacion_rondas_car (municipality_id, id, numero, estado, radicada_en)
      VALUES (${a.codigo}, ${id}, ${numero}, ${CAR_ROUND_LIFECYCLE.initial}, ${body.radicadaEn})`);
    await audit(
      tx,
      { deps, a, accion: 'car.ronda', objeto: `ronda:${id}` },
      { numero, radicadaEn: body.radicadaEn },
    );
    return { id, numero, estado: CAR_ROUND_LIFECYCLE.initial };
  });
}

/** The CAR records observations per topic on a round. */
export async function addObservations(
  deps: Deps,
  a: WorkspaceActor,
  input: { id: string; body: z.infer<typeof observationsBody> },
) {
  requireRole(a, 'car');
  const now = deps.clock.now();
  return deps.db.withContext(context(a), async (tx) => {
    const round = await lockRound(tx, a.codigo, input.id);
    if (round.estado !== 'con_observaciones') move(a, round.estado, 'con_observaciones');
    const ids: string[] = [];
    for (const o of input.body.observaciones) {
      const id = randomUUID();
      ids.push(id);
      await tx.execute(sql`INSERT INTO participacion_observaciones_car (municipality_id, ronda_id, id, tema,
        texto, registrada_en) VALUES (${a.codigo}, ${input.id}, ${id}, ${o.tema}, ${o.texto}, ${now})`);
    }
    await tx.execute(sql`UPDATE participacion_rondas_car SET estado = 'con_observaciones'
      WHERE municipality_id = ${a.codigo} AND id = ${input.id}`);
    await audit(
      tx,
      { deps, a, accion: 'car.observaciones', objeto: `ronda:${input.id}` },
      {
        temas: input.body.observaciones.map((o) => o.tema),
        antes: round.estado,
      },
    );
    return { ids, estado: 'con_observaciones' as const };
  });
}

/** The office answers one observation; the round is answered once every observation is. */
export async function answerObservation(
  deps: Deps,
  a: WorkspaceActor,
  input: { id: string; respuesta: string },
) {
  requireRole(a, 'office');
  checkId(input.id);
  return deps.db.withContext(context(a), async (tx) => {
    const [obs] = rowsOf<{ rondaId: string }>(
      await tx.execute(sql`SELECT ronda_id AS "rondaId" FROM participacion_observaciones_car
        WHERE municipality_id = ${a.codigo} AND id = ${input.id}`),
    );
    if (!obs) throw notFound();
    const round = await lockRound(tx, a.codigo, obs.rondaId);
    if (round.estado !== 'con_observaciones')
      throw new AppError(
        'entrada_invalida',
        `La ronda está «${CAR_ROUND_LIFECYCLE.labels[round.estado]}»: solo se responden observaciones de una ronda con observaciones pendientes.`,
      );
    await tx.execute(sql`UPDATE participacion_observaciones_car SET respuesta = ${input.respuesta},
      respondida_en = ${deps.clock.now()} WHERE municipality_id = ${a.codigo} AND id = ${input.id}`);
    const [pending] = rowsOf<{ n: number }>(
      await tx.execute(sql`SELECT count(*)::int AS n FROM participacion_observaciones_car
        WHERE municipality_id = ${a.codigo} AND ronda_id = ${obs.rondaId} AND respuesta IS NULL`),
    );
    let estado: CarRoundState = round.estado;
    if ((pending?.n ?? 0) === 0) {
      move(a, round.estado, 'respondida');
      estado = 'respondida';
      await tx.execute(sql`UPDATE participacion_rondas_car SET estado = ${estado}
        WHERE municipality_id = ${a.codigo} AND id = ${obs.rondaId}`);
    }
    await audit(
      tx,
      { deps, a, accion: 'car.respuesta', objeto: `observacion:${input.id}` },
      {
        ronda: obs.rondaId,
        estado,
      },
    );
    return { id: input.id, rondaId: obs.rondaId, estadoRonda: estado };
  });
}
