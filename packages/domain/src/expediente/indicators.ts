import type { Citation } from '../citations.js';
import { EXPEDIENTE_SOURCES as S } from './sources.js';

/** Dimensions of the follow-up system (MinVivienda method, R-EXP-02 / R-DSE-01). */
export type IndicatorDimension = 'suficiencia' | 'articulacion' | 'ejecucion' | 'modelo_ocupacion';
export const INDICATOR_DIMENSIONS: readonly IndicatorDimension[] = [
  'suficiencia',
  'articulacion',
  'ejecucion',
  'modelo_ocupacion',
];

/** Whether a higher value is better (aumentar) or worse (disminuir). */
export type IndicatorDirection = 'aumentar' | 'disminuir';

/**
 * Where a value can come from without anyone typing it: the platform computes it from data it
 * already holds (DANE population, the programa de ejecución, the sufficiency answers).
 */
export type AutomaticSource =
  | 'poblacion_dane'
  | 'ejecucion_fisica'
  | 'ejecucion_financiera'
  | 'proyectos_en_plan_desarrollo'
  | 'suficiencia'
  | 'articulacion';

export interface IndicatorDefinition {
  id: string;
  dimension: IndicatorDimension;
  nombre: string;
  definicion: string;
  unidad: string;
  /** The formula in words, as the DSE prints it. */
  formula: string;
  fuente: string;
  sentido: IndicatorDirection;
  automatico?: AutomaticSource;
  /** Reference target where a norm sets one. */
  metaNormativa?: number;
  citas: readonly Citation[];
}

const def = (d: IndicatorDefinition) => d;

/** The catalogue offered to every municipality; each can add its own plan's indicators. */
export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  def({
    id: 'suficiencia-contenidos',
    dimension: 'suficiencia',
    nombre: 'Suficiencia de contenidos del plan',
    definicion:
      'Proporción de los contenidos que la ley exige al tipo de plan que el plan vigente contiene.',
    unidad: '%',
    formula: '(contenidos presentes + ½ parciales) / contenidos exigidos × 100',
    fuente: 'Análisis de suficiencia de Ruta POT',
    sentido: 'aumentar',
    automatico: 'suficiencia',
    citas: [S.art11, S.seguimiento],
  }),
  def({
    id: 'articulacion-objetivos',
    dimension: 'articulacion',
    nombre: 'Proyectos articulados a un objetivo del plan',
    definicion:
      'Proporción de proyectos del programa de ejecución que declaran el objetivo del POT al que sirven.',
    unidad: '%',
    formula: 'proyectos con objetivo / proyectos × 100',
    fuente: 'Programa de ejecución',
    sentido: 'aumentar',
    automatico: 'articulacion',
    citas: [S.seguimiento],
  }),
  def({
    id: 'ejecucion-fisica',
    dimension: 'ejecucion',
    nombre: 'Ejecución física del programa de ejecución',
    definicion: 'Avance físico promedio de los proyectos, ponderado por su costo.',
    unidad: '%',
    formula: 'Σ (avance físico × costo) / Σ costo',
    fuente: 'Programa de ejecución',
    sentido: 'aumentar',
    automatico: 'ejecucion_fisica',
    citas: [S.art18],
  }),
  def({
    id: 'ejecucion-financiera',
    dimension: 'ejecucion',
    nombre: 'Ejecución financiera del programa de ejecución',
    definicion: 'Recursos ejecutados frente al costo total programado.',
    unidad: '%',
    formula: 'Σ recursos ejecutados / Σ costo programado × 100',
    fuente: 'Programa de ejecución',
    sentido: 'aumentar',
    automatico: 'ejecucion_financiera',
    citas: [S.art18],
  }),
  def({
    id: 'proyectos-en-plan-desarrollo',
    dimension: 'ejecucion',
    nombre: 'Proyectos del POT en el Plan de Desarrollo vigente',
    definicion:
      'Proporción de los proyectos programados para la administración actual que su Plan de Desarrollo incluye.',
    unidad: '%',
    formula: 'proyectos del período incluidos / proyectos del período × 100',
    fuente: 'Programa de ejecución y Plan de Desarrollo',
    sentido: 'aumentar',
    automatico: 'proyectos_en_plan_desarrollo',
    citas: [S.art18, S.ley152],
  }),
  def({
    id: 'poblacion-total',
    dimension: 'modelo_ocupacion',
    nombre: 'Población total',
    definicion: 'Habitantes del municipio (cabecera, centros poblados y rural disperso).',
    unidad: 'habitantes',
    formula: 'Proyección de población del DANE',
    fuente: 'DANE',
    sentido: 'aumentar',
    automatico: 'poblacion_dane',
    citas: [S.metodo],
  }),
  def({
    id: 'area-urbana',
    dimension: 'modelo_ocupacion',
    nombre: 'Área de suelo urbano',
    definicion: 'Superficie clasificada como suelo urbano.',
    unidad: 'ha',
    formula: 'Área del perímetro urbano',
    fuente: 'Cartografía del plan',
    sentido: 'disminuir',
    citas: [S.art12],
  }),
  def({
    id: 'area-expansion',
    dimension: 'modelo_ocupacion',
    nombre: 'Área de suelo de expansión urbana',
    definicion: 'Superficie clasificada como suelo de expansión urbana.',
    unidad: 'ha',
    formula: 'Área del suelo de expansión urbana',
    fuente: 'Cartografía del plan',
    sentido: 'disminuir',
    citas: [S.art12],
  }),
  def({
    id: 'densidad-urbana',
    dimension: 'modelo_ocupacion',
    nombre: 'Densidad urbana',
    definicion: 'Habitantes de la cabecera por hectárea de suelo urbano.',
    unidad: 'hab/ha',
    formula: 'población de la cabecera / área urbana',
    fuente: 'DANE y cartografía del plan',
    sentido: 'aumentar',
    citas: [S.metodo],
  }),
  def({
    id: 'deficit-cuantitativo',
    dimension: 'modelo_ocupacion',
    nombre: 'Déficit cuantitativo de vivienda',
    definicion: 'Hogares sin vivienda propia adecuada frente al total de hogares.',
    unidad: '%',
    formula: 'hogares en déficit cuantitativo / hogares × 100',
    fuente: 'DANE, déficit habitacional',
    sentido: 'disminuir',
    citas: [S.art13],
  }),
  def({
    id: 'espacio-publico',
    dimension: 'modelo_ocupacion',
    nombre: 'Espacio público efectivo por habitante',
    definicion: 'Parques, plazas y zonas verdes de uso público por habitante urbano.',
    unidad: 'm²/hab',
    formula: 'm² de espacio público efectivo / habitantes urbanos',
    fuente: 'Inventario de espacio público',
    sentido: 'aumentar',
    metaNormativa: 15,
    citas: [S.espacioPublico],
  }),
  def({
    id: 'suelo-proteccion',
    dimension: 'modelo_ocupacion',
    nombre: 'Suelo de protección',
    definicion: 'Superficie clasificada como suelo de protección.',
    unidad: 'ha',
    formula: 'Área de suelo de protección',
    fuente: 'Cartografía del plan',
    sentido: 'aumentar',
    citas: [S.art12],
  }),
  def({
    id: 'amenaza-alta-ocupada',
    dimension: 'modelo_ocupacion',
    nombre: 'Área ocupada en amenaza alta',
    definicion:
      'Superficie ocupada por asentamientos en zonas de amenaza alta (condición de riesgo).',
    unidad: 'ha',
    formula: 'Área ocupada ∩ amenaza alta',
    fuente: 'Estudios básicos de amenaza y cartografía',
    sentido: 'disminuir',
    citas: [S.art12],
  }),
  def({
    id: 'vis-construida',
    dimension: 'modelo_ocupacion',
    nombre: 'Viviendas de interés social construidas',
    definicion: 'Unidades VIS y VIP terminadas en el año.',
    unidad: 'viviendas',
    formula: 'Σ viviendas VIS y VIP terminadas',
    fuente: 'Licencias y curaduría',
    sentido: 'aumentar',
    citas: [S.art13],
  }),
  def({
    id: 'cobertura-acueducto',
    dimension: 'modelo_ocupacion',
    nombre: 'Cobertura de acueducto urbano',
    definicion: 'Viviendas urbanas con servicio de acueducto.',
    unidad: '%',
    formula: 'viviendas con acueducto / viviendas urbanas × 100',
    fuente: 'Empresa de servicios públicos',
    sentido: 'aumentar',
    citas: [S.art13],
  }),
];

export function findIndicatorDefinition(id: string): IndicatorDefinition | undefined {
  return INDICATOR_CATALOGUE.find((d) => d.id === id);
}

/** A yearly measurement. */
export interface Measurement {
  anio: number;
  valor: number;
}

export type IndicatorStatus = 'sin_datos' | 'sin_meta' | 'cumplida' | 'en_camino' | 'rezagada';

export interface IndicatorTrackInput {
  sentido: IndicatorDirection;
  lineaBase: { anio: number; valor: number } | null;
  meta: { anio: number; valor: number } | null;
  mediciones: readonly Measurement[];
}

export interface IndicatorTrack {
  estado: IndicatorStatus;
  ultima: Measurement | null;
  /** Value expected in the last measured year on a straight line from baseline to target. */
  esperado: number | null;
  explicacion: string;
}

/** A value as a Colombian reader writes it (decimal comma), at most two decimals. */
const spanish = (n: number) => n.toLocaleString('es-CO', { maximumFractionDigits: 2 });

/** Share of the expected progress below which an indicator is «rezagada» (off track). */
export const OFF_TRACK_SHARE = 0.9;

const better = (sentido: IndicatorDirection, a: number, b: number) =>
  sentido === 'aumentar' ? a >= b : a <= b;

/**
 * Whether an indicator is on track: its last measurement against a straight line from the baseline
 * to the target. Missing data stays missing: no baseline or target gives «sin meta», no
 * measurement «sin datos»; nothing is invented.
 */
export function trackIndicator(input: IndicatorTrackInput): IndicatorTrack {
  const sorted = [...input.mediciones].sort((a, b) => a.anio - b.anio);
  const ultima = sorted.at(-1) ?? null;
  if (!ultima)
    return {
      estado: 'sin_datos',
      ultima,
      esperado: null,
      explicacion: 'Sin mediciones registradas.',
    };
  const { lineaBase, meta } = input;
  if (!lineaBase || !meta || meta.anio <= lineaBase.anio)
    return {
      estado: 'sin_meta',
      ultima,
      esperado: null,
      explicacion: 'Falta la línea base o la meta con su año.',
    };
  if (better(input.sentido, ultima.valor, meta.valor))
    return {
      estado: 'cumplida',
      ultima,
      esperado: meta.valor,
      explicacion: 'La última medición alcanza la meta.',
    };
  const share = Math.min(
    1,
    Math.max(0, (ultima.anio - lineaBase.anio) / (meta.anio - lineaBase.anio)),
  );
  const esperado = lineaBase.valor + (meta.valor - lineaBase.valor) * share;
  const expectedGain = Math.abs(esperado - lineaBase.valor);
  const gain =
    input.sentido === 'aumentar' ? ultima.valor - lineaBase.valor : lineaBase.valor - ultima.valor;
  const onTrack = expectedGain === 0 ? gain >= 0 : gain >= expectedGain * OFF_TRACK_SHARE;
  return {
    estado: onTrack ? 'en_camino' : 'rezagada',
    ultima,
    esperado: Math.round(esperado * 100) / 100,
    explicacion: onTrack
      ? `En ${ultima.anio} el avance es el esperado para llegar a la meta en ${meta.anio}.`
      : `En ${ultima.anio} se esperaba ${spanish(esperado)} y se midió ${spanish(ultima.valor)}.`,
  };
}

/** Years measured more than once (a data-entry error to refuse before anything is written). */
export function duplicatedYears(mediciones: readonly Measurement[]): number[] {
  const seen = new Set<number>();
  const dup = new Set<number>();
  for (const m of mediciones) (seen.has(m.anio) ? dup : seen).add(m.anio);
  return [...dup].sort((a, b) => a - b);
}
