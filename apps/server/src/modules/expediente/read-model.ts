import {
  expedienteConclusiones,
  expedienteEjecucion,
  expedienteIndicadores,
  expedienteMediciones,
  expedientePlanesDesarrollo,
  expedienteProyectoPlanes,
  expedienteProyectos,
  expedienteSuficiencia,
  poblacionMunicipal,
} from '@ruta-pot/db';
import type {
  DevelopmentPlan,
  ExecutionProject,
  ExecutionTerm,
  FundingSource,
  SufficiencyAnswer,
} from '@ruta-pot/domain';
import { asc, eq } from 'drizzle-orm';

import type { Deps } from '../../http/types';
import { type CartographicValue, cartographicValues } from './cartography-values';

export type IndicatorRow = typeof expedienteIndicadores.$inferSelect;
export type MeasurementRow = typeof expedienteMediciones.$inferSelect;
export type ProjectRow = typeof expedienteProyectos.$inferSelect;

/** Everything the expediente knows of one municipality, read in one unit of work. */
export interface ExpedienteData {
  indicadores: IndicatorRow[];
  mediciones: MeasurementRow[];
  proyectos: ProjectRow[];
  proyectosDominio: ExecutionProject[];
  planesDesarrollo: DevelopmentPlan[];
  programas: Map<string, string>;
  suficiencia: Record<string, SufficiencyAnswer>;
  conclusiones: (typeof expedienteConclusiones.$inferSelect)[];
  poblacion: { anio: number; poblacion: number }[];
  /** Areas the municipality's layers measure, by indicator id (issue 15). */
  cartografia: Map<string, CartographicValue>;
}

/**
 * Reads the municipality's expediente. Each table is read once and joined in memory: a
 * municipality holds hundreds of projects and a few thousand measurements, not millions.
 */
export async function loadExpediente(deps: Deps, codigo: string): Promise<ExpedienteData> {
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    const byMunicipality = <T extends { municipalityId: unknown }>(t: T) =>
      eq(t.municipalityId as typeof expedienteIndicadores.municipalityId, codigo);
    const indicadores = await tx
      .select()
      .from(expedienteIndicadores)
      .where(byMunicipality(expedienteIndicadores))
      .orderBy(asc(expedienteIndicadores.dimension), asc(expedienteIndicadores.nombre));
    const mediciones = await tx
      .select()
      .from(expedienteMediciones)
      .where(byMunicipality(expedienteMediciones))
      .orderBy(asc(expedienteMediciones.anio));
    const proyectos = await tx
      .select()
      .from(expedienteProyectos)
      .where(byMunicipality(expedienteProyectos))
      .orderBy(asc(expedienteProyectos.codigo));
    const ejecucion = await tx
      .select()
      .from(expedienteEjecucion)
      .where(byMunicipality(expedienteEjecucion));
    const enlaces = await tx
      .select()
      .from(expedienteProyectoPlanes)
      .where(byMunicipality(expedienteProyectoPlanes));
    const planes = await tx
      .select()
      .from(expedientePlanesDesarrollo)
      .where(byMunicipality(expedientePlanesDesarrollo))
      .orderBy(asc(expedientePlanesDesarrollo.anioInicio));
    const suficiencia = await tx
      .select()
      .from(expedienteSuficiencia)
      .where(byMunicipality(expedienteSuficiencia));
    const conclusiones = await tx
      .select()
      .from(expedienteConclusiones)
      .where(byMunicipality(expedienteConclusiones));
    const poblacion = await tx
      .select({ anio: poblacionMunicipal.anio, poblacion: poblacionMunicipal.poblacion })
      .from(poblacionMunicipal)
      .where(eq(poblacionMunicipal.codigo, codigo))
      .orderBy(asc(poblacionMunicipal.anio));
    const cartografia = await cartographicValues(
      tx,
      codigo,
      indicadores.map((i) => i.id),
    );
    const programas = new Map(
      enlaces.map((e) => [`${e.proyectoId}:${e.planDesarrolloId}`, e.programa ?? '']),
    );
    const proyectosDominio: ExecutionProject[] = proyectos.map((p) => ({
      id: p.id,
      codigo: p.codigo,
      nombre: p.nombre,
      objetivo: p.objetivo,
      plazo: p.plazo as ExecutionTerm,
      anioInicio: p.anioInicio,
      anioFin: p.anioFin,
      costoCop: p.costoCop,
      fuente: p.fuente as FundingSource,
      ejecucion: ejecucion
        .filter((e) => e.proyectoId === p.id)
        .map((e) => ({ anio: e.anio, avanceFisico: e.avanceFisico, ejecutadoCop: e.ejecutadoCop })),
      planesDesarrollo: enlaces.filter((e) => e.proyectoId === p.id).map((e) => e.planDesarrolloId),
    }));
    return {
      indicadores,
      mediciones,
      proyectos,
      proyectosDominio,
      planesDesarrollo: planes.map((p) => ({
        id: p.id,
        nombre: p.nombre,
        anioInicio: p.anioInicio,
        anioFin: p.anioFin,
      })),
      programas,
      suficiencia: Object.fromEntries(
        suficiencia.map((s) => [s.contenidoId, s.respuesta as SufficiencyAnswer]),
      ),
      conclusiones,
      poblacion,
      cartografia,
    };
  });
}
