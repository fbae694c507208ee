import { DomainError } from '../errors.js';
import type { PlanType } from '../plan-type.js';

/** A low / expected / high triple. */
export interface Range {
  low: number;
  expected: number;
  high: number;
}

/**
 * Reference parameters of the cost method. EDITABLE: every value is a platform reference (not a
 * legal rule) and each estimate line states the one it used; callers override any of them.
 */
export interface CostParameters {
  /** Year of the peso values below. */
  baseYear: number;
  /** Factor multiplicador over fees (social security, overhead, profit). */
  multiplier: Range;
  /** Share of the municipal area mapped at 1:5.000 (urban, expansion, centros poblados, suburban option). */
  detailShare: Record<PlanType, number>;
  /** Pesos per km² and per hazard phenomenon. */
  riskPerKm2: { detail: number; rural: number };
  /** Pesos per km² of basic cartography. */
  cartographyPerKm2: { detail: number; rural: number };
  /** Pesos per km² of land cover mapping (1:25.000). */
  coverPerKm2: number;
  /** ± share applied to study prices for the low and high values. */
  studySpread: number;
  /** ± share applied to team months for the low and high values. */
  teamSpread: number;
  /** Participation events for a revisión general, by plan type. */
  workshops: Record<PlanType, number>;
  /** Pesos per participation event (venue, logistics, materials, announcements). */
  workshopCost: number;
  /** Interventoría as a share of the consultancy. */
  interventoria: Range;
}

export const DEFAULT_COST_PARAMETERS: CostParameters = {
  baseYear: 2023,
  multiplier: { low: 1.8, expected: 2.1, high: 2.4 },
  detailShare: { POT: 0.1, PBOT: 0.05, EOT: 0.02 },
  riskPerKm2: { detail: 9_000_000, rural: 250_000 },
  cartographyPerKm2: { detail: 2_500_000, rural: 50_000 },
  coverPerKm2: 30_000,
  studySpread: 0.35,
  teamSpread: 0.15,
  workshops: { POT: 24, PBOT: 16, EOT: 10 },
  workshopCost: 3_500_000,
  interventoria: { low: 0.06, expected: 0.08, high: 0.1 },
};

const MAX_PESOS = 1e12;

function check(ok: boolean, message: string): void {
  if (!ok) throw new DomainError('invalid_input', message);
}

function checkRange(name: string, r: Range, max: number): void {
  check(
    [r.low, r.expected, r.high].every((v) => Number.isFinite(v) && v >= 0 && v <= max) &&
      r.low <= r.expected &&
      r.expected <= r.high,
    `«${name}» debe tener valores entre 0 y ${max}, con bajo ≤ esperado ≤ alto.`,
  );
}

/** Merges overrides over the defaults and rejects negative or absurd values (nothing is guessed). */
export function costParameters(overrides: Partial<CostParameters> = {}): CostParameters {
  const p: CostParameters = { ...DEFAULT_COST_PARAMETERS, ...overrides };
  checkRange('factor multiplicador', p.multiplier, 5);
  checkRange('interventoría', p.interventoria, 0.3);
  check(
    Number.isInteger(p.baseYear) && p.baseYear >= 2000 && p.baseYear <= 2100,
    'El año base de los precios debe estar entre 2000 y 2100.',
  );
  const prices = [
    p.riskPerKm2.detail,
    p.riskPerKm2.rural,
    p.cartographyPerKm2.detail,
    p.cartographyPerKm2.rural,
    p.coverPerKm2,
    p.workshopCost,
  ];
  check(
    prices.every((v) => Number.isFinite(v) && v >= 0 && v <= MAX_PESOS),
    'Los precios unitarios deben ser números positivos y razonables (entre 0 y un billón de pesos).',
  );
  check(
    Object.values(p.detailShare).every((v) => v >= 0 && v <= 1),
    'La proporción del área a escala 1:5.000 debe estar entre 0 y 1.',
  );
  check(
    p.studySpread >= 0 && p.studySpread < 1 && p.teamSpread >= 0 && p.teamSpread < 1,
    'Los márgenes bajo/alto deben estar entre 0 y 1.',
  );
  check(
    Object.values(p.workshops).every((v) => Number.isInteger(v) && v >= 0 && v <= 500),
    'El número de eventos de participación debe ser un entero entre 0 y 500.',
  );
  return p;
}
