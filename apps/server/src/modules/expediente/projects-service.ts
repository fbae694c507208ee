import { randomUUID } from 'node:crypto';

import {
  appendAudit,
  expedienteEjecucion,
  expedientePlanesDesarrollo,
  expedienteProyectoPlanes,
  expedienteProyectos,
} from '@ruta-pot/db';
import type { ExecutionTerm, FundingSource } from '@ruta-pot/domain';
import { developmentPlanYears, EXECUTION_TERMS, FUNDING_SOURCES } from '@ruta-pot/domain';
import { eq } from 'drizzle-orm';

import type { Deps } from '../../http/types';
import type { Actor } from './service';
import type { ImportProblem } from './table-import';
import { importRefused } from './table-import';

export interface DevelopmentPlanInput {
  nombre: string;
  anioInicio: number;
  acto?: string | null | undefined;
}

/**
 * Registers an administration's Plan de Desarrollo. Its years are the constitutional period that
 * starts in `anioInicio` (the motor normativo's periods), so a wrong start year is refused.
 */
export async function saveDevelopmentPlan(
  deps: Deps,
  input: { codigo: string; actor: Actor; plan: DevelopmentPlanInput },
) {
  const years = developmentPlanYears(input.plan.anioInicio);
  const id = randomUUID();
  await deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    await tx
      .insert(expedientePlanesDesarrollo)
      .values({
        municipalityId: input.codigo,
        id,
        nombre: input.plan.nombre,
        ...years,
        acto: input.plan.acto ?? null,
      })
      .onConflictDoUpdate({
        target: [expedientePlanesDesarrollo.municipalityId, expedientePlanesDesarrollo.anioInicio],
        set: { nombre: input.plan.nombre, acto: input.plan.acto ?? null },
      });
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'expediente.plan_desarrollo',
      objeto: `plan_desarrollo:${years.anioInicio}`,
      detalle: { nombre: input.plan.nombre, ...years },
      ocurridoEn: deps.clock.now(),
    });
  });
  return years;
}

/** A project row of the programa de ejecución, as typed or imported. */
export interface ProjectInput {
  codigo: string;
  nombre: string;
  objetivo?: string | null | undefined;
  plazo: ExecutionTerm;
  anioInicio: number;
  anioFin: number;
  costoCop: number;
  fuente: FundingSource;
  entidadResponsable: string;
  bpin?: string | null | undefined;
  /** Start years of the development plans that include it, with the programme/goal. */
  planesDesarrollo?: readonly { anioInicio: number; programa?: string | null | undefined }[];
  ejecucion?: readonly { anio: number; avanceFisico: number; ejecutadoCop: number }[];
}

/** Every problem of a batch of projects, by row, before anything is written. */
function checkProjects(
  projects: readonly (ProjectInput & { linea: number })[],
  plansByStart: Map<number, string>,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const p of projects) {
    const add = (columna: string, mensaje: string) =>
      problems.push({ linea: p.linea, columna, mensaje });
    if (seen.has(p.codigo)) add('codigo', `el código ${p.codigo} está repetido en el archivo.`);
    seen.add(p.codigo);
    if (!EXECUTION_TERMS.includes(p.plazo))
      add('plazo', `«${p.plazo}» no es un plazo; use corto, mediano o largo.`);
    if (!FUNDING_SOURCES.includes(p.fuente))
      add('fuente', `«${p.fuente}» no es una fuente; use ${FUNDING_SOURCES.join(', ')}.`);
    if (p.anioFin < p.anioInicio) add('anio_fin', 'el año final es anterior al inicial.');
    if (!Number.isSafeInteger(p.costoCop) || p.costoCop < 0)
      add('costo', 'el costo debe ser un valor en pesos, sin decimales y no negativo.');
    for (const pd of p.planesDesarrollo ?? [])
      if (!plansByStart.has(pd.anioInicio))
        add(
          'plan_desarrollo',
          `no hay un Plan de Desarrollo registrado que empiece en ${pd.anioInicio}; regístrelo primero.`,
        );
    for (const e of p.ejecucion ?? [])
      if (e.avanceFisico < 0 || e.avanceFisico > 100 || e.ejecutadoCop < 0)
        add('ejecucion', `la ejecución de ${e.anio} tiene valores fuera de rango.`);
  }
  return problems;
}

/**
 * Creates or updates projects by their code, with their yearly execution and development-plan
 * links, in one transaction: a batch with any problem is refused whole, naming row and column.
 */
export async function saveProjects(
  deps: Deps,
  input: { codigo: string; actor: Actor; proyectos: readonly (ProjectInput & { linea: number })[] },
) {
  const now = deps.clock.now();
  return deps.db.withContext({ municipio: input.codigo, usuario: input.actor.id }, async (tx) => {
    const plans = await tx
      .select({
        id: expedientePlanesDesarrollo.id,
        anioInicio: expedientePlanesDesarrollo.anioInicio,
      })
      .from(expedientePlanesDesarrollo)
      .where(eq(expedientePlanesDesarrollo.municipalityId, input.codigo));
    const plansByStart = new Map(plans.map((p) => [p.anioInicio, p.id]));
    const problems = checkProjects(input.proyectos, plansByStart);
    if (problems.length > 0) throw importRefused(problems);
    for (const p of input.proyectos) {
      const fields = {
        nombre: p.nombre,
        objetivo: p.objetivo ?? null,
        plazo: p.plazo,
        anioInicio: p.anioInicio,
        anioFin: p.anioFin,
        costoCop: p.costoCop,
        fuente: p.fuente,
        entidadResponsable: p.entidadResponsable,
        bpin: p.bpin ?? null,
        actualizadoEn: now,
      };
      const [saved] = await tx
        .insert(expedienteProyectos)
        .values({ municipalityId: input.codigo, id: randomUUID(), codigo: p.codigo, ...fields })
        .onConflictDoUpdate({
          target: [expedienteProyectos.municipalityId, expedienteProyectos.codigo],
          set: fields,
        })
        .returning({ id: expedienteProyectos.id });
      const proyectoId = saved!.id;
      for (const e of p.ejecucion ?? []) {
        const row = { avanceFisico: e.avanceFisico, ejecutadoCop: e.ejecutadoCop };
        await tx
          .insert(expedienteEjecucion)
          .values({ municipalityId: input.codigo, proyectoId, anio: e.anio, ...row })
          .onConflictDoUpdate({
            target: [
              expedienteEjecucion.municipalityId,
              expedienteEjecucion.proyectoId,
              expedienteEjecucion.anio,
            ],
            set: row,
          });
      }
      for (const pd of p.planesDesarrollo ?? [])
        await tx
          .insert(expedienteProyectoPlanes)
          .values({
            municipalityId: input.codigo,
            proyectoId,
            planDesarrolloId: plansByStart.get(pd.anioInicio)!,
            programa: pd.programa ?? null,
          })
          .onConflictDoUpdate({
            target: [
              expedienteProyectoPlanes.municipalityId,
              expedienteProyectoPlanes.proyectoId,
              expedienteProyectoPlanes.planDesarrolloId,
            ],
            set: { programa: pd.programa ?? null },
          });
    }
    await appendAudit(tx, {
      municipalityId: input.codigo,
      actorId: input.actor.id,
      actor: input.actor.email,
      accion: 'expediente.proyectos',
      objeto: `expediente:${input.codigo}`,
      detalle: {
        proyectos: input.proyectos.map((p) => p.codigo).slice(0, 100),
        total: input.proyectos.length,
      },
      ocurridoEn: now,
    });
    return { guardados: input.proyectos.length };
  });
}
