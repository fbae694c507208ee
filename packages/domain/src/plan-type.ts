import type { Citation, RuleWarning } from './citations.js';
import { CITES } from './citations.js';
import { DomainError } from './errors.js';

/** Instrument type by population (Ley 388 de 1997 art. 9). */
export type PlanType = 'POT' | 'PBOT' | 'EOT';

/** Input of {@link determinePlanType}. `population` in inhabitants (whole municipality). */
export interface PlanTypeInput {
  /** Inhabitants (integer ≥ 0), whole municipality: cabecera + centros poblados + rural disperso. */
  population: number;
  /** Provenance, e.g. «DANE proyección 2025, CNPV 2018 base» (R-TYPE-03, Q1). */
  populationSource?: string;
  /** Reference year of the population figure. */
  populationYear?: number;
  /** True for distritos (Q2: art. 9 lit. b/c name only municipios). */
  isDistrito?: boolean;
}

/** Result of {@link determinePlanType}. */
export interface PlanTypeResult {
  planType: PlanType;
  population: number;
  populationSource?: string;
  populationYear?: number;
  citations: Citation[];
  warnings: RuleWarning[];
  /** Spanish explanation. */
  explanation: string;
}

/** Lower PBOT threshold (inclusive) and upper POT threshold (strict), inhabitants. */
export const PLAN_TYPE_THRESHOLDS = { pbotMin: 30_000, potAbove: 100_000 } as const;

/** Relative band (±5 %) around a threshold that triggers a warning (R-TYPE-03). */
const NEAR_BAND = 0.05;

const fmt = (n: number): string => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const BOUNDARY_NOTE: Citation = {
  ...CITES.art9,
  confidence: 'K',
  note: 'Convención del motor (R-TYPE-02): «superior a 100.000» es estricto (100.000 → PBOT); «entre 30.000 y 100.000» es inclusivo (30.000 → PBOT).',
};

/**
 * Determines the plan type by population (R-TYPE-01/02): > 100.000 → POT;
 * 30.000–100.000 (inclusive) → PBOT; < 30.000 → EOT. Warns near thresholds (±5 %), for
 * distritos under 100.000 (Q2) and when the population figure has no source or year (Q1).
 * Throws `invalid_population` for non-integer or negative values.
 */
export function determinePlanType(input: PlanTypeInput): PlanTypeResult {
  const { population } = input;
  if (typeof population !== 'number' || !Number.isInteger(population) || population < 0) {
    throw new DomainError(
      'invalid_population',
      'La población debe ser un número entero mayor o igual a cero.',
      { value: population },
    );
  }
  const { pbotMin, potAbove } = PLAN_TYPE_THRESHOLDS;
  const planType: PlanType = population > potAbove ? 'POT' : population >= pbotMin ? 'PBOT' : 'EOT';
  const warnings: RuleWarning[] = [];
  for (const threshold of [pbotMin, potAbove]) {
    if (Math.abs(population - threshold) <= threshold * NEAR_BAND) {
      warnings.push({
        code: 'NEAR_THRESHOLD',
        message: `La población (${fmt(population)}) está a menos del 5 % del umbral de ${fmt(threshold)} habitantes: el tipo de plan depende de la cifra oficial usada (censo o proyección DANE, año de referencia). Documente la fuente.`,
        citations: [CITES.art9],
      });
    }
  }
  if (input.isDistrito === true && population <= potAbove) {
    warnings.push({
      code: 'DISTRITO_BELOW_100000',
      message:
        'El artículo 9 literal a) menciona «distritos y municipios», pero los literales b) y c) solo «municipios»: no es claro qué instrumento adopta un distrito de 100.000 habitantes o menos. Se aplica el criterio poblacional; confirme con MinVivienda.',
      citations: [{ ...CITES.art9, confidence: '?', note: 'Pregunta abierta Q2.' }],
    });
  }
  if (input.populationSource === undefined || input.populationYear === undefined) {
    warnings.push({
      code: 'POPULATION_SOURCE_MISSING',
      message:
        'No se indicó la fuente o el año de la población. Ninguna norma fija si se usa el censo o la proyección DANE ni el año de referencia; se recomienda la proyección DANE del año de formulación para todo el municipio.',
      citations: [{ ...CITES.art9, confidence: '?', note: 'Pregunta abierta Q1.' }],
    });
  }
  const names: Record<PlanType, string> = {
    POT: 'Plan de Ordenamiento Territorial (POT), población superior a 100.000 habitantes',
    PBOT: 'Plan Básico de Ordenamiento Territorial (PBOT), población entre 30.000 y 100.000 habitantes',
    EOT: 'Esquema de Ordenamiento Territorial (EOT), población inferior a 30.000 habitantes',
  };
  const source = input.populationSource
    ? ` (${input.populationSource}${input.populationYear ? `, ${input.populationYear}` : ''})`
    : '';
  return {
    planType,
    population,
    ...(input.populationSource !== undefined ? { populationSource: input.populationSource } : {}),
    ...(input.populationYear !== undefined ? { populationYear: input.populationYear } : {}),
    citations: [CITES.art9, BOUNDARY_NOTE, CITES.art11a17],
    warnings,
    explanation: `Con ${fmt(population)} habitantes${source} corresponde un ${names[planType]}, según el artículo 9 de la Ley 388 de 1997.`,
  };
}
