import { rowsOf } from '@ruta-pot/db';
import { APORTE_LIFECYCLE, type IsoDate } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { todayInColombia } from '../../http/dates';
import type { Deps } from '../../http/types';
import { participationGateFor } from './gate-service';
import { advertencias, citas, context, type WorkspaceActor } from './workspace-shared';

/** Counts of the participation record and what the filing gate says is missing or late. */
export async function workspaceSummary(deps: Deps, a: WorkspaceActor) {
  const today = todayInColombia(deps.clock) as IsoDate;
  const counts = await deps.db.withContext(context(a), async (tx) => {
    const [c] = rowsOf<{
      eventos: number;
      eventos_con_asistencia: number;
      asistentes: number;
      rondas: number;
      rondas_abiertas: number;
      documentos: number;
      actores: number;
    }>(
      await tx.execute(sql`SELECT
        (SELECT count(*)::int FROM participacion_eventos WHERE municipality_id = ${a.codigo}) AS eventos,
        (SELECT count(*)::int FROM participacion_eventos WHERE municipality_id = ${a.codigo} AND asistentes > 0) AS eventos_con_asistencia,
        (SELECT coalesce(sum(asistentes), 0)::int FROM participacion_eventos WHERE municipality_id = ${a.codigo}) AS asistentes,
        (SELECT count(*)::int FROM participacion_rondas_car WHERE municipality_id = ${a.codigo}) AS rondas,
        (SELECT count(*)::int FROM participacion_rondas_car WHERE municipality_id = ${a.codigo}
          AND estado NOT IN ('concertada', 'concertada_parcial', 'no_concertada')) AS rondas_abiertas,
        (SELECT count(*)::int FROM participacion_documentos WHERE municipality_id = ${a.codigo}
          AND publicado_en IS NOT NULL AND retirado_en IS NULL) AS documentos,
        (SELECT count(*)::int FROM participacion_actores WHERE municipality_id = ${a.codigo}) AS actores`),
    );
    const porEstado = rowsOf<{ estado: string; n: number }>(
      await tx.execute(sql`SELECT estado, count(*)::int AS n FROM participacion_aportes
        WHERE municipality_id = ${a.codigo} GROUP BY estado`),
    );
    return { c: c!, porEstado };
  });
  const gate = await participationGateFor(deps, { codigo: a.codigo, today });
  const aportesPorEstado = Object.fromEntries(
    APORTE_LIFECYCLE.states.map((s) => [s, counts.porEstado.find((r) => r.estado === s)?.n ?? 0]),
  ) as Record<string, number>;
  return {
    eventos: counts.c.eventos,
    eventosConAsistencia: counts.c.eventos_con_asistencia,
    asistentes: counts.c.asistentes,
    aportes: Object.values(aportesPorEstado).reduce((x, y) => x + y, 0),
    aportesPorEstado,
    rondasCar: counts.c.rondas,
    rondasCarAbiertas: counts.c.rondas_abiertas,
    documentosPublicados: counts.c.documentos,
    actores: counts.c.actores,
    /** Null when the register is unused: the gate says nothing yet. */
    faltantes: gate
      ? gate.faltantes.map((f) => ({
          requisito: f.requisito,
          mensaje: f.mensaje,
          citas: citas(f.citas),
        }))
      : [],
    advertencias: gate ? advertencias(gate.advertencias) : [],
    registroIniciado: gate !== null,
  };
}
