import type { Citation, RuleWarning } from '../citations.js';
import { CITES } from '../citations.js';
import { PREP_CITES } from './citations.js';

/** The user's answer: does the current Plan de Desarrollo already fund the revision? */
export type DevelopmentPlanAnswer = 'si' | 'no' | 'no_sabe';

export interface FinancingSource {
  id: 'recursos_propios' | 'sgp' | 'sgr' | 'cofinanciacion';
  name: string;
  description: string;
  /** What the source requires, in order. */
  requirements: string[];
  citations: Citation[];
}

export const FINANCING_SOURCES: readonly FinancingSource[] = [
  {
    id: 'recursos_propios',
    name: 'Recursos propios',
    description: 'Ingresos corrientes de libre destinación del municipio.',
    requirements: [
      'Apropiación en el presupuesto anual',
      'Certificado de disponibilidad presupuestal',
    ],
    citations: [PREP_CITES.ley152],
  },
  {
    id: 'sgp',
    name: 'Sistema General de Participaciones (propósito general)',
    description:
      'Recursos de libre inversión del SGP que pueden financiar el ordenamiento territorial.',
    requirements: [
      'Proyecto inscrito en el banco de proyectos del municipio',
      'Incluido en el plan de inversiones del Plan de Desarrollo',
    ],
    citations: [PREP_CITES.ley715],
  },
  {
    id: 'sgr',
    name: 'Sistema General de Regalías',
    description: 'Asignaciones directas o de inversión local y regional del SGR.',
    requirements: [
      'Proyecto formulado en la Metodología General Ajustada (MGA)',
      'Documentos técnicos: estudios previos, presupuesto detallado, cronograma y productos (DTS, cartografía, estudios básicos de riesgo, proyecto de acuerdo)',
      'Concordancia con el Plan de Desarrollo y con el capítulo de inversiones con cargo al SGR',
      'Viabilidad, priorización y aprobación según el ciclo del SGR',
      'Registro en el Banco de Proyectos de Inversión (SUIFP-SGR)',
    ],
    citations: [PREP_CITES.ley2056],
  },
  {
    id: 'cofinanciacion',
    name: 'Cofinanciación',
    description:
      'Aportes del departamento, de la CAR (para estudios de riesgo y determinantes) o de la Nación.',
    requirements: ['Convenio de cofinanciación firmado', 'Contrapartida municipal certificada'],
    citations: [PREP_CITES.ley152],
  },
];

/** Warnings about the Plan de Desarrollo (programa de ejecución, Ley 388 art. 18; Ley 152). */
export function developmentPlanWarnings(answer: DevelopmentPlanAnswer): RuleWarning[] {
  if (answer === 'si') return [];
  return [
    {
      code: answer === 'no' ? 'PLAN_DESARROLLO_SIN_RECURSOS' : 'PLAN_DESARROLLO_SIN_CONFIRMAR',
      message:
        answer === 'no'
          ? 'El Plan de Desarrollo vigente no financia la revisión: debe incluirse en su plan de inversiones (o ajustarlo) antes de comprometer recursos del SGP o del SGR.'
          : 'Confirme si el Plan de Desarrollo vigente incluye la revisión del plan en su plan de inversiones; sin ello no se pueden comprometer recursos del SGP ni del SGR.',
      citations: [PREP_CITES.ley152, CITES.art18],
    },
  ];
}
