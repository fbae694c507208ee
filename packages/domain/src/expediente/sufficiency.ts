import type { Citation } from '../citations.js';
import type { PlanType } from '../plan-type.js';
import { EXPEDIENTE_SOURCES as S } from './sources.js';

/** A content the law requires a plan of some type to have (Ley 388 arts. 11–18). */
export interface RequiredContent {
  id: string;
  componente: 'general' | 'urbano' | 'rural' | 'normas' | 'ejecucion';
  texto: string;
  tipos: readonly PlanType[];
  citas: readonly Citation[];
}

const ALL: readonly PlanType[] = ['POT', 'PBOT', 'EOT'];
const POT_PBOT: readonly PlanType[] = ['POT', 'PBOT'];
const POT: readonly PlanType[] = ['POT'];

/**
 * Contents by component and plan type. The EOT carries a reduced list (art. 17), the PBOT the
 * general component and a simplified urban and rural one (art. 16), the POT all of arts. 12–15.
 * The article texts were not re-read here (confidence K): the office confirms each answer.
 */
export const REQUIRED_CONTENTS: readonly RequiredContent[] = [
  {
    id: 'objetivos-estrategias',
    componente: 'general',
    texto: 'Objetivos, estrategias y políticas territoriales de largo y mediano plazo',
    tipos: ALL,
    citas: [S.art12, S.art16, S.art17],
  },
  {
    id: 'clasificacion-suelo',
    componente: 'general',
    texto: 'Clasificación del territorio en suelo urbano, rural y de expansión, con sus perímetros',
    tipos: ALL,
    citas: [S.art12, S.art17],
  },
  {
    id: 'areas-proteccion',
    componente: 'general',
    texto: 'Áreas de conservación y protección de los recursos naturales',
    tipos: ALL,
    citas: [S.art12, S.art17],
  },
  {
    id: 'patrimonio',
    componente: 'general',
    texto: 'Áreas de conservación del patrimonio histórico, cultural y arquitectónico',
    tipos: POT_PBOT,
    citas: [S.art12, S.art16],
  },
  {
    id: 'amenaza-riesgo',
    componente: 'general',
    texto: 'Zonas de amenaza y riesgo para la localización de asentamientos',
    tipos: ALL,
    citas: [S.art12, S.art17],
  },
  {
    id: 'sistemas-estructurantes',
    componente: 'general',
    texto: 'Sistemas de comunicación, infraestructura y equipamientos estructurantes',
    tipos: POT_PBOT,
    citas: [S.art12, S.art16],
  },
  {
    id: 'plan-vial-servicios',
    componente: 'urbano',
    texto: 'Plan vial y de servicios públicos domiciliarios',
    tipos: ALL,
    citas: [S.art13, S.art16, S.art17],
  },
  {
    id: 'espacio-publico-equipamientos',
    componente: 'urbano',
    texto: 'Espacio público y equipamientos colectivos',
    tipos: POT_PBOT,
    citas: [S.art13, S.art16],
  },
  {
    id: 'vivienda-interes-social',
    componente: 'urbano',
    texto: 'Estrategia de vivienda de interés social y reubicación de asentamientos en riesgo',
    tipos: POT_PBOT,
    citas: [S.art13],
  },
  {
    id: 'tratamientos',
    componente: 'urbano',
    texto: 'Tratamientos y usos del suelo urbano y de expansión',
    tipos: POT_PBOT,
    citas: [S.art13, S.art16],
  },
  {
    id: 'instrumentos-gestion',
    componente: 'urbano',
    texto:
      'Instrumentos de gestión y financiación (planes parciales, unidades de actuación, plusvalía)',
    tipos: POT,
    citas: [S.art13],
  },
  {
    id: 'rural-produccion',
    componente: 'rural',
    texto: 'Áreas de producción agropecuaria, forestal y minera',
    tipos: ALL,
    citas: [S.art14, S.art17],
  },
  {
    id: 'rural-centros-poblados',
    componente: 'rural',
    texto: 'Centros poblados rurales y suelo suburbano',
    tipos: POT_PBOT,
    citas: [S.art14, S.art16],
  },
  {
    id: 'rural-equipamientos',
    componente: 'rural',
    texto: 'Equipamientos de salud y educación y servicios en suelo rural',
    tipos: ALL,
    citas: [S.art14, S.art17],
  },
  {
    id: 'normas-urbanisticas',
    componente: 'normas',
    texto: 'Normas urbanísticas estructurales, generales y complementarias',
    tipos: ALL,
    citas: [S.art15, S.art17],
  },
  {
    id: 'programa-ejecucion',
    componente: 'ejecucion',
    texto: 'Programa de ejecución con prioridades, responsables y recursos',
    tipos: ALL,
    citas: [S.art18],
  },
];

export type SufficiencyAnswer = 'contiene' | 'parcial' | 'no_contiene';
export const SUFFICIENCY_ANSWERS: readonly SufficiencyAnswer[] = [
  'contiene',
  'parcial',
  'no_contiene',
];

export interface SufficiencyResult {
  /** Contents the plan type requires, each with the office's answer or null when unanswered. */
  contenidos: { contenido: RequiredContent; respuesta: SufficiencyAnswer | null }[];
  /** Share of required contents present (parcial counts half), 0–100; null until all answered. */
  porcentaje: number | null;
  respondidos: number;
  requeridos: number;
  faltantes: RequiredContent[];
}

/** Contents a plan type must have. */
export function requiredContentsFor(planType: PlanType): RequiredContent[] {
  return REQUIRED_CONTENTS.filter((c) => c.tipos.includes(planType));
}

/**
 * Análisis de suficiencia (R-DSE-01 num. 1): which required contents the plan has. Unanswered
 * contents are reported as such, never counted as present or absent.
 */
export function evaluateSufficiency(
  planType: PlanType,
  answers: Readonly<Record<string, SufficiencyAnswer>>,
): SufficiencyResult {
  const contenidos = requiredContentsFor(planType).map((contenido) => ({
    contenido,
    respuesta: answers[contenido.id] ?? null,
  }));
  const answered = contenidos.filter((c) => c.respuesta !== null);
  const points = answered.reduce(
    (sum, c) => sum + (c.respuesta === 'contiene' ? 1 : c.respuesta === 'parcial' ? 0.5 : 0),
    0,
  );
  return {
    contenidos,
    porcentaje:
      answered.length === contenidos.length && contenidos.length > 0
        ? Math.round((points / contenidos.length) * 1000) / 10
        : null,
    respondidos: answered.length,
    requeridos: contenidos.length,
    faltantes: contenidos.filter((c) => c.respuesta !== 'contiene').map((c) => c.contenido),
  };
}
