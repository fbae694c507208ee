import type { Citation } from '../citations.js';
import { DomainError } from '../errors.js';
import { periodByIndex, periodIndexOfYear } from '../periods.js';
import { EXPEDIENTE_SOURCES as S } from './sources.js';

/** Financing sources of a POT project (SGP: Sistema General de Participaciones; SGR: Regalías). */
export const FUNDING_SOURCES = [
  'recursos_propios',
  'sgp',
  'sgr',
  'cofinanciacion',
  'plusvalia',
  'valorizacion',
  'credito',
  'otra',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_LABELS: Record<FundingSource, string> = {
  recursos_propios: 'Recursos propios',
  sgp: 'Sistema General de Participaciones (SGP)',
  sgr: 'Sistema General de Regalías (SGR)',
  cofinanciacion: 'Cofinanciación',
  plusvalia: 'Participación en plusvalía',
  valorizacion: 'Contribución de valorización',
  credito: 'Crédito',
  otra: 'Otra fuente',
};

/** Corto, mediano and largo plazo: one, two and three administrations (Ley 388 art. 28). */
export const EXECUTION_TERMS = ['corto', 'mediano', 'largo'] as const;
export type ExecutionTerm = (typeof EXECUTION_TERMS)[number];

export interface YearExecution {
  anio: number;
  /** Physical progress at the end of the year, cumulative, 0–100. */
  avanceFisico: number;
  /** Pesos executed during that year. */
  ejecutadoCop: number;
}

export interface ExecutionProject {
  id: string;
  codigo: string;
  nombre: string;
  objetivo: string | null;
  plazo: ExecutionTerm;
  anioInicio: number;
  anioFin: number;
  costoCop: number;
  fuente: FundingSource;
  ejecucion: readonly YearExecution[];
  /** Development plans that include the project (by plan id). */
  planesDesarrollo: readonly string[];
}

export interface DevelopmentPlan {
  id: string;
  nombre: string;
  anioInicio: number;
  anioFin: number;
}

export interface DevelopmentPlanCoverage {
  plan: DevelopmentPlan;
  programados: number;
  incluidos: number;
  faltantes: { id: string; codigo: string; nombre: string; costoCop: number }[];
  costoProgramadoCop: number;
  costoIncluidoCop: number;
  costoFaltanteCop: number;
  ejecutadoEnPeriodoCop: number;
}

export interface ExecutionSummary {
  proyectos: number;
  costoTotalCop: number;
  ejecutadoCop: number;
  /** Executed / cost × 100, one decimal; null without projects. */
  ejecucionFinanciera: number | null;
  /** Cost-weighted last physical progress, one decimal; null without projects. */
  ejecucionFisica: number | null;
  /** Projects that name the plan objective they serve, %; null without projects. */
  articulacion: number | null;
  porFuente: { fuente: FundingSource; etiqueta: string; costoCop: number; ejecutadoCop: number }[];
  porPlanDesarrollo: DevelopmentPlanCoverage[];
  citas: readonly Citation[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const overlaps = (p: ExecutionProject, plan: DevelopmentPlan) =>
  p.anioInicio <= plan.anioFin && p.anioFin >= plan.anioInicio;
const lastProgress = (p: ExecutionProject) =>
  [...p.ejecucion].sort((a, b) => a.anio - b.anio).at(-1)?.avanceFisico ?? 0;
const executed = (p: ExecutionProject, from = -Infinity, to = Infinity) =>
  p.ejecucion.filter((e) => e.anio >= from && e.anio <= to).reduce((s, e) => s + e.ejecutadoCop, 0);

function coverage(
  projects: readonly ExecutionProject[],
  plan: DevelopmentPlan,
): DevelopmentPlanCoverage {
  const programmed = projects.filter((p) => overlaps(p, plan));
  const included = programmed.filter((p) => p.planesDesarrollo.includes(plan.id));
  const missing = programmed.filter((p) => !p.planesDesarrollo.includes(plan.id));
  const cost = (list: ExecutionProject[]) => list.reduce((s, p) => s + p.costoCop, 0);
  return {
    plan,
    programados: programmed.length,
    incluidos: included.length,
    faltantes: missing.map(({ id, codigo, nombre, costoCop }) => ({
      id,
      codigo,
      nombre,
      costoCop,
    })),
    costoProgramadoCop: cost(programmed),
    costoIncluidoCop: cost(included),
    costoFaltanteCop: cost(missing),
    ejecutadoEnPeriodoCop: projects.reduce(
      (s, p) => s + executed(p, plan.anioInicio, plan.anioFin),
      0,
    ),
  };
}

/**
 * Seguimiento a la ejecución (R-DSE-01 num. 3, Ley 388 art. 18): money and progress of the
 * programa de ejecución, by financing source and by each administration's development plan, and
 * which projects programmed for a period its development plan left out.
 */
export function summarizeExecution(
  projects: readonly ExecutionProject[],
  plans: readonly DevelopmentPlan[],
): ExecutionSummary {
  const costoTotalCop = projects.reduce((s, p) => s + p.costoCop, 0);
  const ejecutadoCop = projects.reduce((s, p) => s + executed(p), 0);
  const weighted = projects.reduce((s, p) => s + lastProgress(p) * p.costoCop, 0);
  const has = projects.length > 0;
  return {
    proyectos: projects.length,
    costoTotalCop,
    ejecutadoCop,
    ejecucionFinanciera:
      has && costoTotalCop > 0 ? round1((ejecutadoCop / costoTotalCop) * 100) : null,
    ejecucionFisica: has && costoTotalCop > 0 ? round1(weighted / costoTotalCop) : null,
    articulacion: has
      ? round1((projects.filter((p) => p.objetivo).length / projects.length) * 100)
      : null,
    porFuente: FUNDING_SOURCES.map((fuente) => {
      const list = projects.filter((p) => p.fuente === fuente);
      return {
        fuente,
        etiqueta: FUNDING_LABELS[fuente],
        costoCop: list.reduce((s, p) => s + p.costoCop, 0),
        ejecutadoCop: list.reduce((s, p) => s + executed(p), 0),
      };
    }).filter((f) => f.costoCop > 0 || f.ejecutadoCop > 0),
    porPlanDesarrollo: [...plans]
      .sort((a, b) => a.anioInicio - b.anioInicio)
      .map((plan) => coverage(projects, plan)),
    citas: [S.art18, S.ley152],
  };
}

/**
 * A development plan spans one constitutional period of mayors (Ley 152 de 1994; periods from the
 * motor normativo). Returns the period's years, or a Spanish error naming the right ones.
 */
export function developmentPlanYears(anioInicio: number): { anioInicio: number; anioFin: number } {
  if (!Number.isInteger(anioInicio) || anioInicio < 1998 || anioInicio > 2100)
    throw new DomainError(
      'invalid_input',
      'El año de inicio del Plan de Desarrollo debe estar entre 1998 y 2100.',
      { anioInicio },
    );
  const period = periodByIndex(periodIndexOfYear(anioInicio));
  const start = Number(period.start.slice(0, 4));
  if (start !== anioInicio)
    throw new DomainError(
      'invalid_input',
      `Un Plan de Desarrollo empieza con el período de gobierno: ${anioInicio} está dentro del período ${start}–${Number(period.end.slice(0, 4))}.`,
      { anioInicio, periodo: [start, Number(period.end.slice(0, 4))] },
    );
  return { anioInicio: start, anioFin: Number(period.end.slice(0, 4)) };
}
