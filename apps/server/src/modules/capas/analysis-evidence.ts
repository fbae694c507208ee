import { AppError } from '../../http/errors';
import type { MunicipalRole } from '../../http/roles';
import type { Deps } from '../../http/types';
import { attachGeneratedToItem } from '../ruta/attach-generated';
import { ROUTE_ROLES } from '../ruta/permissions';
import type { Requester } from '../ruta/process-service';
import { renderAnalysisReport } from './analysis-report';
import { readAnalysis } from './analysis-store';

/**
 * Who attaches an analysis to La Ruta: the planning office and the consultant who build the
 * diagnosis, among those who may upload evidence at all (ruta/permissions.ts).
 */
export const ANALYSIS_ATTACHERS: readonly MunicipalRole[] = ROUTE_ROLES.subirEvidencia.filter(
  (r) => r === 'planeacion' || r === 'consultor',
);

/**
 * The checklist item each hazard layer proves: the «Estudio básico de amenaza por …» of the
 * diagnosis stage (packages/domain/src/products.ts, riskStudies: delimitation and zoning of the
 * hazard, áreas con condición de amenaza y de riesgo; R-RISK-01..04, Decreto 1077 de 2015
 * art. 2.2.2.1.3.1.1 and ff.), which is what the suelo × amenaza analysis documents.
 */
export const HAZARD_ITEM: Readonly<Record<string, { id: string; nombre: string }>> = {
  amenaza_movimientos_masa: {
    id: 'estudio-basico-movimientos-en-masa',
    nombre: 'Estudio básico de amenaza por movimientos en masa',
  },
  amenaza_inundacion: {
    id: 'estudio-basico-inundacion',
    nombre: 'Estudio básico de amenaza por inundación',
  },
  amenaza_avenidas_torrenciales: {
    id: 'estudio-basico-avenidas-torrenciales',
    nombre: 'Estudio básico de amenaza por avenidas torrenciales',
  },
};

/**
 * Generates the saved analysis's PDF report and attaches it as a new evidence version of the
 * hazard's basic-study item of the process in course, through the same upload path (checks,
 * versions, audit) as a file a person uploads (as expediente/dse-evidence.ts does for the DSE).
 */
export async function attachAnalysisToRoute(
  deps: Deps,
  input: { requester: Requester; id: string },
) {
  const { codigo } = input.requester;
  const analysis = await readAnalysis(deps, { codigo, id: input.id });
  const target = HAZARD_ITEM[analysis.capas.amenaza.tipo];
  if (!target)
    throw new AppError(
      'requisitos_faltantes',
      'La capa de amenaza de este análisis no corresponde a ningún estudio básico de amenaza de La Ruta (movimientos en masa, inundación o avenidas torrenciales).',
    );
  const evidence = await attachGeneratedToItem(deps, {
    requester: input.requester,
    itemId: target.id,
    sinItem: `No hay una revisión en curso con el ítem «${target.nombre}»: inicie la revisión en La Ruta (o incluya ese estudio en ella) para adjuntar el análisis.`,
    render: async () => {
      const { bytes, fileName } = await renderAnalysisReport(deps, {
        codigo,
        id: input.id,
        formato: 'pdf',
      });
      return { name: fileName, bytes };
    },
  });
  return { ...evidence, itemId: target.id, itemNombre: target.nombre };
}
