import { rowsOf, type Tx } from '@ruta-pot/db';
import {
  type CarRoundState,
  type IsoDate,
  participationGaps,
  type ParticipationRecord,
} from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';

/**
 * The participation register as La Ruta's filing gate reads it (events with attendance, answers,
 * overdue petitions, the CAR round, the CTP concept and its recommendations), inside the caller's
 * transaction. Null when the municipality does not use the register.
 */
export async function readParticipationRecord(
  tx: Tx,
  input: { codigo: string; today: IsoDate },
): Promise<ParticipationRecord | null> {
  const [c] = rowsOf<{
    eventos: number;
    aportes: number;
    sin_respuesta: number;
    vencidas: number;
    ctp_sin_respuesta: number;
  }>(
    await tx.execute(sql`SELECT
      (SELECT count(*)::int FROM participacion_eventos WHERE municipality_id = ${input.codigo} AND asistentes > 0) AS eventos,
      (SELECT count(*)::int FROM participacion_aportes WHERE municipality_id = ${input.codigo}) AS aportes,
      (SELECT count(*)::int FROM participacion_aportes WHERE municipality_id = ${input.codigo}
        AND estado IN ('recibido', 'clasificado', 'agrupado')) AS sin_respuesta,
      (SELECT count(*)::int FROM participacion_aportes WHERE municipality_id = ${input.codigo}
        AND es_peticion AND vence_en < ${input.today}::date AND estado IN ('recibido', 'clasificado', 'agrupado')) AS vencidas,
      (SELECT count(*)::int FROM participacion_aportes WHERE municipality_id = ${input.codigo}
        AND origen = 'ctp' AND estado IN ('recibido', 'clasificado', 'agrupado')) AS ctp_sin_respuesta`),
  );
  const [ronda] = rowsOf<{ state: CarRoundState; radicadaOn: IsoDate }>(
    await tx.execute(sql`SELECT estado AS state, radicada_en::text AS "radicadaOn"
      FROM participacion_rondas_car WHERE municipality_id = ${input.codigo} ORDER BY numero DESC LIMIT 1`),
  );
  const [ctp] = rowsOf<{ fecha: IsoDate | null }>(
    await tx.execute(sql`SELECT concepto_en::text AS fecha FROM participacion_concepto_ctp
      WHERE municipality_id = ${input.codigo}`),
  );
  if (!c || (c.aportes === 0 && c.eventos === 0 && !ronda && !ctp)) return null;
  return {
    eventsWithAttendance: c.eventos,
    unanswered: c.sin_respuesta,
    overduePetitions: c.vencidas,
    carRound: ronda ?? null,
    ctpConceptOn: ctp?.fecha ?? null,
    ctpUnanswered: c.ctp_sin_respuesta,
  };
}

/**
 * What the participation register says to La Ruta's filing gate: the legally required pieces
 * missing or late (consulta democrática, answers, overdue petitions, CTP recommendations) and the
 * CAR warnings (silence, disagreement), which never block. Null when the register is unused.
 */
export async function participationGateFor(deps: Deps, input: { codigo: string; today: IsoDate }) {
  const record = await deps.db.withContext({ municipio: input.codigo }, (tx) =>
    readParticipationRecord(tx, input),
  );
  return record ? participationGaps({ record, today: input.today, calendar: deps.calendar }) : null;
}
