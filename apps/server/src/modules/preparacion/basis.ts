import { preparaciones, rowsOf } from '@ruta-pot/db';
import type { PlanType, RevisionType } from '@ruta-pot/domain';
import { determinePlanType, REVISION_TYPES } from '@ruta-pot/domain';
import { eq, sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';
import { getMunicipality } from '../municipalities/service';
import { getPlan } from '../plan/service';
import { REVISION_LABELS } from '../ruta/revision-labels';

/** Checks a revision type id; Spanish error listing the valid ones. */
export function revisionType(id: string): RevisionType {
  if ((REVISION_TYPES as readonly string[]).includes(id)) return id as RevisionType;
  throw new AppError(
    'entrada_invalida',
    `Tipo de revisión desconocido: «${id}». Tipos válidos: ${REVISION_TYPES.join(', ')}.`,
  );
}

/** The municipality's preparation settings, or null when none were saved. */
export async function loadSettings(deps: Deps, codigo: string) {
  const [row] = await deps.db.withContext({ municipio: codigo }, (tx) =>
    tx.select().from(preparaciones).where(eq(preparaciones.municipalityId, codigo)),
  );
  return row ?? null;
}

/** Area from the imported boundary (prevails) or the one the municipality stated. */
async function areaOf(
  deps: Deps,
  codigo: string,
  stated: { km2: number | null; fuente: string | null },
) {
  const [limit] = rowsOf<{ area: number; fuente: string }>(
    await deps.db.withContext({}, (tx) =>
      tx.execute(
        sql`SELECT area_km2 AS area, fuente FROM limites_municipales WHERE codigo = ${codigo}`,
      ),
    ),
  );
  if (limit) return { km2: limit.area, fuente: `Límite municipal importado (${limit.fuente})` };
  if (stated.km2 !== null)
    return { km2: stated.km2, fuente: stated.fuente ?? 'Declarada por el municipio' };
  return null;
}

export interface Basis {
  municipio: Awaited<ReturnType<typeof getMunicipality>>;
  planType: PlanType | null;
  areaKm2: number | null;
  areaFuente: string | null;
  planInForce: string | null;
  settings: Awaited<ReturnType<typeof loadSettings>>;
  /** Spanish list of what is missing to estimate or generate documents. */
  faltantes: string[];
}

/** What the preparation needs about a municipality, and what is missing (never guessed). */
export async function loadBasis(deps: Deps, codigo: string): Promise<Basis> {
  const municipio = await getMunicipality(deps, codigo);
  const settings = await loadSettings(deps, codigo);
  const area = await areaOf(deps, codigo, {
    km2: settings?.areaKm2 ?? null,
    fuente: settings?.areaFuente ?? null,
  });
  const plan = await getPlan(deps, codigo);
  const faltantes: string[] = [];
  if (municipio.poblacion === null)
    faltantes.push(
      'la población del municipio (define si es POT, PBOT o EOT): impórtela con «ruta-pot importar poblacion»',
    );
  if (area === null)
    faltantes.push(
      'el área del municipio (precio de los estudios por área y escala): importe los límites con «ruta-pot importar limites» o regístrela en la preparación',
    );
  return {
    municipio,
    planType:
      municipio.poblacion === null
        ? null
        : determinePlanType({ population: municipio.poblacion }).planType,
    areaKm2: area?.km2 ?? null,
    areaFuente: area?.fuente ?? null,
    planInForce: plan?.instrumento ?? null,
    settings,
    faltantes,
  };
}

/** The basis with every datum present, or a Spanish «falta …» error naming each missing one. */
export async function requireBasis(deps: Deps, codigo: string) {
  const basis = await loadBasis(deps, codigo);
  if (basis.faltantes.length > 0 || basis.planType === null || basis.areaKm2 === null)
    throw new AppError(
      'entrada_invalida',
      `No hay datos suficientes de ${basis.municipio.nombre} (${codigo}). Falta: ${basis.faltantes.join('; ')}.`,
      { faltantes: basis.faltantes },
    );
  return { ...basis, planType: basis.planType, areaKm2: basis.areaKm2 };
}

export const revisionLabel = (t: RevisionType) => REVISION_LABELS[t] ?? t;
