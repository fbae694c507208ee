import type { Deps, SessionUser } from '../../http/types';
import { describeSession } from '../auth/service';
import { buildOverview } from './overview';
import { loadExpediente } from './read-model';
import { currentYear } from './service';

/** An advisor follows dozens of municipalities, not hundreds; beyond this the list is cut. */
const PORTFOLIO_LIMIT = 60;

/**
 * The follow-up of every municipality the person may see (advisor grants, CAR jurisdiction,
 * memberships; citizens excluded): indicators off track, execution, sufficiency and how much of
 * the current period's projects its development plan left out, worst first.
 */
export async function portfolioSummary(deps: Deps, user: SessionUser) {
  const session = await describeSession(deps, user);
  const codes = [
    ...new Map(
      session.membresias
        .filter((m) => m.rol !== 'ciudadano')
        .map((m) => [m.municipio.codigo, m.municipio] as const),
    ).values(),
  ];
  const anio = currentYear(deps);
  const rows = [];
  for (const municipio of codes.slice(0, PORTFOLIO_LIMIT)) {
    const view = buildOverview(await loadExpediente(deps, municipio.codigo), { anio });
    const actual = view.planDesarrolloActual;
    rows.push({
      municipio,
      indicadores: view.indicadores.length,
      rezagados: view.rezagados,
      ejecucionFisica: view.ejecucion.ejecucionFisica,
      ejecucionFinanciera: view.ejecucion.ejecucionFinanciera,
      suficiencia: view.suficiencia?.porcentaje ?? null,
      proyectosPeriodo: actual?.programados ?? null,
      proyectosEnPlanDesarrollo: actual?.incluidos ?? null,
      valorPorFueraCop: actual?.costoFaltanteCop ?? null,
    });
  }
  rows.sort(
    (a, b) => b.rezagados - a.rezagados || (b.valorPorFueraCop ?? 0) - (a.valorPorFueraCop ?? 0),
  );
  return { anio, municipios: rows, recortado: codes.length > PORTFOLIO_LIMIT };
}
