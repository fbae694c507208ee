import { type IsoDate, STAGES } from '@ruta-pot/domain';

import { todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import { cachedMunicipalView } from '../../http/municipal-view-cache';
import type { Deps } from '../../http/types';
import { getSelfAssessment } from '../autodiagnostico/service';
import { planStatus } from '../plan/service';
import { currentProcess, type Requester } from './process-service';

async function processOrNull(deps: Deps, requester: Requester) {
  try {
    return await currentProcess(deps, requester);
  } catch (error) {
    if (error instanceof AppError && error.code === 'no_encontrado') return null;
    throw error;
  }
}

/**
 * The municipal dashboard a mayor understands in a minute: plan status, current stage, progress
 * by stage, late items, next deadlines and open risks from the latest self-assessment.
 */
export function municipalDashboard(deps: Deps, requester: Requester) {
  // The dashboard is the same for every participant of the municipality (no per-role content).
  return cachedMunicipalView({
    db: deps.db,
    key: `${requester.codigo}:tablero:${todayInColombia(deps.clock)}`,
    compute: () => computeDashboard(deps, requester),
  });
}

async function computeDashboard(deps: Deps, requester: Requester) {
  const fecha = todayInColombia(deps.clock) as IsoDate;
  const [status, proceso, assessment] = await Promise.all([
    planStatus(deps, { codigo: requester.codigo, fecha }),
    processOrNull(deps, requester),
    getSelfAssessment(deps, { codigo: requester.codigo, userId: requester.userId }),
  ]);
  const v = status.vigencias;
  return {
    municipio: {
      codigo: status.municipio.codigo,
      nombre: status.municipio.nombre,
      departamento: status.municipio.departamento,
    },
    fecha,
    plan: {
      estado: v ? v.status : ('sin_plan' as const),
      explicacion: v
        ? v.statusExplanation
        : 'El municipio no ha registrado su plan vigente en Ruta POT.',
      tipoPlan: status.tipoPlan?.planType ?? null,
      vigenciaLargoPlazo: v?.longTermEnd ?? null,
      citas: v?.citations ?? [],
    },
    proceso: proceso && {
      id: proceso.id,
      tipoRevisionEtiqueta: proceso.tipoRevisionEtiqueta,
      estado: proceso.estado,
      etapaActual: proceso.etapaActual,
      etapaActualNombre:
        STAGES.find((s) => s.id === proceso.etapaActual)?.name ?? proceso.etapaActual,
      progresoPorEtapa: proceso.etapas.map((s) => ({
        etapa: s.id,
        nombre: s.nombre,
        total: s.progreso.total,
        hechos: s.progreso.aprobados + s.progreso.noAplica,
      })),
      // Returned for adjustments: the work the supervisor sent back, which someone must pick up.
      devueltos: proceso.etapas.flatMap((etapa) =>
        etapa.items
          .filter((item) => item.estado === 'devuelto')
          .map((item) => ({ id: item.id, nombre: item.nombre, etapa: etapa.nombre })),
      ),
      vencidos: proceso.alertas.vencidos,
      // The lists are bounded (the newest 50); the counts are of every late and upcoming task.
      totalVencidos: proceso.alertas.totalVencidos,
      totalProximos: proceso.alertas.totalProximos,
      proximos: proceso.alertas.proximos,
    },
    riesgos: assessment.ultimo
      ? assessment.evaluacion.risks.map((r) => ({
          titulo: r.title,
          severidad: r.severity,
          etapa: r.stage,
        }))
      : [],
  };
}
