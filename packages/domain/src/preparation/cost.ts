import type { Citation } from '../citations.js';
import { CITES } from '../citations.js';
import { DomainError } from '../errors.js';
import type { PlanType } from '../plan-type.js';
import { getProcedure } from '../procedures.js';
import type { RevisionType } from '../revision-types.js';
import { PREP_CITES } from './citations.js';
import type { ContractingModality } from './contracting.js';
import { contractingModality } from './contracting.js';
import type { CostParameters, Range } from './cost-parameters.js';
import { costParameters } from './cost-parameters.js';
import { informationInventory } from './inventory.js';
import { IPC_LAST_YEAR, ipcFactor } from './ipc.js';
import type { SuburbanScaleOption } from './land-scales.js';
import { formulationMonths, proportionateTeam, SCOPE_FACTOR } from './team-profiles.js';

/** One step of the estimate: a number with the assumption that produced it. */
export interface CostLine {
  id: string;
  paso: number;
  concepto: string;
  /** Spanish assumption: quantity × unit price, source and how to edit it. */
  supuesto: string;
  cantidad: number;
  unidad: string;
  valorUnitario: number;
  bajo: number;
  esperado: number;
  alto: number;
  /** Name of the editable parameter behind the number. */
  parametro: string;
}

export interface CostInput {
  planType: PlanType;
  revisionType: RevisionType;
  /** Municipal area in km² (from the official boundary). */
  areaKm2: number;
  /** Inventory ids recorded as missing or outdated; undefined = no inventory yet (all priced). */
  missing?: readonly string[];
  /** Year of the output pesos (default: last year of the IPC series). */
  priceYear?: number;
  suburbanScale?: SuburbanScaleOption;
  modality?: ContractingModality;
  parameters?: Partial<CostParameters>;
}

export interface CostEstimate {
  bajo: number;
  esperado: number;
  alto: number;
  moneda: 'COP';
  anioPrecios: number;
  supuestos: CostLine[];
  citas: Citation[];
}

const fmt = (n: number) =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const round = (n: number) => Math.round(n / 1000) * 1000;
/** A decimal number the Colombian way: «19,48», «2,1» (rounded to 4 decimals). */
const dec = (n: number) => String(Math.round(n * 10_000) / 10_000).replace('.', ',');

/** Working months per legal term: business days / 21, calendar days / 30,4. */
function termMonths(id: Parameters<typeof getProcedure>[0]): number {
  const proc = getProcedure(id);
  return proc.days / (proc.dayKind === 'habiles' ? 21 : 30.4);
}

interface Ctx {
  input: CostInput;
  p: CostParameters;
  ipc: number;
  lines: CostLine[];
}

function push(
  ctx: Ctx,
  line: Omit<CostLine, 'paso' | 'bajo' | 'esperado' | 'alto'> & { range: Range },
) {
  const { range, ...rest } = line;
  ctx.lines.push({
    ...rest,
    paso: ctx.lines.length + 1,
    valorUnitario: round(rest.valorUnitario * ctx.ipc),
    bajo: round(range.low * ctx.ipc),
    esperado: round(range.expected * ctx.ipc),
    alto: round(range.high * ctx.ipc),
  });
}

function teamLines(ctx: Ctx): void {
  const { planType, revisionType } = ctx.input;
  const { multiplier: m, teamSpread: s } = ctx.p;
  const months = formulationMonths(planType, revisionType);
  for (const { profile, months: pm } of proportionateTeam(planType, revisionType)) {
    const fee = profile.monthlyFee;
    push(ctx, {
      id: `equipo-${profile.id}`,
      concepto: `Equipo de formulación: ${profile.name}`,
      supuesto: `${dec(pm)} meses-persona (dedicación ${dec(profile.dedication[planType])} durante ${dec(months)} meses de formulación de un ${planType}, alcance ${Math.round(SCOPE_FACTOR[revisionType] * 100)} % de una revisión general) × honorarios de $${fmt(fee)} (${ctx.p.baseYear}) × factor multiplicador ${dec(m.expected)} (bajo ${dec(m.low)}, alto ${dec(m.high)}); ±${dec(s * 100)} % en meses.`,
      cantidad: pm,
      unidad: 'meses-persona',
      valorUnitario: fee * m.expected,
      parametro: `TEAM_PROFILES.${profile.id}`,
      range: {
        low: pm * (1 - s) * fee * m.low,
        expected: pm * fee * m.expected,
        high: pm * (1 + s) * fee * m.high,
      },
    });
  }
}

function accompanimentLine(ctx: Ctx): void {
  const months =
    termMonths('concertacion-car') +
    termMonths('concepto-ctp') +
    termMonths('presentacion-concejo') +
    termMonths('decision-concejo');
  const team = proportionateTeam(ctx.input.planType, ctx.input.revisionType);
  const share: Record<string, number> = {
    director: 0.25,
    abogado: 0.25,
    ambiental: 0.15,
    social: 0.15,
  };
  const monthly = team.reduce(
    (sum, t) => sum + (share[t.profile.id] ?? 0) * t.profile.monthlyFee,
    0,
  );
  const m = ctx.p.multiplier;
  const mm = Math.round(months * 10) / 10;
  push(ctx, {
    id: 'acompanamiento-adopcion',
    concepto: 'Acompañamiento hasta la adopción (concertación CAR, CTP, cabildo y Concejo)',
    supuesto: `${dec(mm)} meses de términos legales (CAR 45 días hábiles, CTP 30 días hábiles, presentación 30 días hábiles, Concejo 90 días calendario; 21 días hábiles por mes) con dedicación parcial de dirección (25 %), abogado (25 %), ambiental (15 %) y social (15 %) = $${fmt(monthly)} por mes antes del factor multiplicador.`,
    cantidad: mm,
    unidad: 'meses',
    valorUnitario: monthly * m.expected,
    parametro: 'acompanamiento',
    range: {
      low: mm * monthly * m.low,
      expected: mm * monthly * m.expected,
      high: mm * monthly * m.high,
    },
  });
}

function studyLines(ctx: Ctx): void {
  const { input, p } = ctx;
  const { items } = informationInventory({
    planType: input.planType,
    revisionType: input.revisionType,
    ...(input.suburbanScale ? { suburbanScale: input.suburbanScale } : {}),
  });
  const detailKm2 = Math.round(input.areaKm2 * p.detailShare[input.planType] * 100) / 100;
  const ruralKm2 = Math.round((input.areaKm2 - detailKm2) * 100) / 100;
  const s = p.studySpread;
  for (const item of items) {
    if (item.costKind === 'ninguno' || !item.required) continue;
    if (input.missing !== undefined && !input.missing.includes(item.id)) continue;
    const prices =
      item.costKind === 'estudio_riesgo'
        ? p.riskPerKm2
        : item.costKind === 'cartografia'
          ? p.cartographyPerKm2
          : { detail: 0, rural: p.coverPerKm2 };
    const amount = detailKm2 * prices.detail + ruralKm2 * prices.rural;
    const origin =
      input.missing === undefined
        ? 'Sin inventario registrado: se asume que falta.'
        : 'Registrado en el inventario como faltante o desactualizado.';
    push(ctx, {
      id: `estudio-${item.id}`,
      concepto: item.name,
      supuesto: `${origin} ${dec(detailKm2)} km² a 1:5.000 (${dec(p.detailShare[input.planType] * 100)} % del área de ${dec(input.areaKm2)} km²) × $${fmt(prices.detail)}/km² + ${dec(ruralKm2)} km² a 1:25.000 × $${fmt(prices.rural)}/km² (${p.baseYear}); ±${dec(s * 100)} %.`,
      cantidad: input.areaKm2,
      unidad: 'km²',
      valorUnitario: input.areaKm2 > 0 ? amount / input.areaKm2 : 0,
      parametro:
        item.costKind === 'estudio_riesgo'
          ? 'riskPerKm2'
          : item.costKind === 'cartografia'
            ? 'cartographyPerKm2'
            : 'coverPerKm2',
      range: { low: amount * (1 - s), expected: amount, high: amount * (1 + s) },
    });
  }
}

function participationLine(ctx: Ctx): void {
  const { planType, revisionType } = ctx.input;
  const events = Math.max(1, Math.round(ctx.p.workshops[planType] * SCOPE_FACTOR[revisionType]));
  const c = ctx.p.workshopCost;
  push(ctx, {
    id: 'participacion',
    concepto: 'Participación y consulta democrática (eventos, convocatorias, divulgación)',
    supuesto: `${events} eventos (${ctx.p.workshops[planType]} para una revisión general de un ${planType}, según el alcance) × $${fmt(c)} por evento (${ctx.p.baseYear}); bajo −30 %, alto +30 %.`,
    cantidad: events,
    unidad: 'eventos',
    valorUnitario: c,
    parametro: 'workshops, workshopCost',
    range: { low: events * c * 0.7, expected: events * c, high: events * c * 1.3 },
  });
}

function interventoriaLine(ctx: Ctx): void {
  const sum = (k: 'bajo' | 'esperado' | 'alto') =>
    ctx.lines.reduce((a, l) => a + l[k], 0) / ctx.ipc;
  const r = ctx.p.interventoria;
  push(ctx, {
    id: 'interventoria',
    concepto: 'Interventoría o supervisión técnica externa',
    supuesto: `${dec(r.expected * 100)} % del valor de la consultoría (bajo ${dec(r.low * 100)} %, alto ${dec(r.high * 100)} %): revisa calidad, suficiencia y pertinencia de cada producto (Ley 1474 de 2011 art. 83).`,
    cantidad: r.expected * 100,
    unidad: '% de la consultoría',
    valorUnitario: 0,
    parametro: 'interventoria',
    range: {
      low: sum('bajo') * r.low,
      expected: sum('esperado') * r.expected,
      high: sum('alto') * r.high,
    },
  });
}

/**
 * Cost estimate of a revision, step by step (team months by profile, accompaniment until adoption,
 * missing studies by area and scale, participation, interventoría), in pesos of `priceYear`
 * adjusted by the DANE IPC. Every line carries the assumption and the parameter behind it.
 */
export function estimateCost(input: CostInput): CostEstimate {
  if (!Number.isFinite(input.areaKm2) || input.areaKm2 <= 0 || input.areaKm2 > 200_000)
    throw new DomainError(
      'invalid_input',
      `El área del municipio debe estar entre 0 y 200.000 km² (se recibió ${input.areaKm2}).`,
    );
  const p = costParameters(input.parameters);
  const anioPrecios = input.priceYear ?? IPC_LAST_YEAR;
  const { factor, years } = ipcFactor({ fromYear: p.baseYear, toYear: anioPrecios });
  const ctx: Ctx = { input, p, ipc: factor, lines: [] };
  teamLines(ctx);
  accompanimentLine(ctx);
  studyLines(ctx);
  participationLine(ctx);
  interventoriaLine(ctx);
  const modality = contractingModality(input.modality ?? 'concurso_meritos');
  const ipcText = years.map((y) => `${y.year}: ${dec(y.variationPct)} %`).join('; ');
  ctx.lines.push({
    id: 'ajuste-ipc',
    paso: ctx.lines.length + 1,
    concepto: `Ajuste por IPC de pesos de ${p.baseYear} a pesos de ${anioPrecios} (ya aplicado arriba)`,
    supuesto: `Factor ${factor.toFixed(4).replace('.', ',')} = producto de (1 + IPC) ${ipcText || 'sin años (mismo año)'}. Serie DANE editable (IPC_SERIES). Modalidad de contratación: ${modality.label.toLowerCase()}.`,
    cantidad: Number(factor.toFixed(4)),
    unidad: 'factor',
    valorUnitario: 0,
    bajo: 0,
    esperado: 0,
    alto: 0,
    parametro: 'IPC_SERIES, baseYear',
  });
  const total = (k: 'bajo' | 'esperado' | 'alto') => ctx.lines.reduce((a, l) => a + l[k], 0);
  return {
    bajo: total('bajo'),
    esperado: total('esperado'),
    alto: total('alto'),
    moneda: 'COP',
    anioPrecios,
    supuestos: ctx.lines,
    citas: [PREP_CITES.daneIpc, ...modality.citations, PREP_CITES.ley1474, CITES.art11a17],
  };
}
