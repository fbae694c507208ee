import type { Citation, RuleWarning } from './citations.js';
import { CITES } from './citations.js';
import type { IsoDate } from './dates.js';
import { formatSpanish, parseIsoDate, toDay } from './dates.js';
import { constitutionalPeriodContaining } from './periods.js';
import type { VigenciaResult } from './vigencias.js';

/** Types of revision / modification (Decreto 1077 as rewritten by Decreto 1232 de 2020). */
export type RevisionType =
  | 'revision_general'
  | 'revision_mediano_plazo'
  | 'revision_corto_plazo'
  | 'modificacion_excepcional'
  | 'revision_excepcional';

/** All revision types, in the order {@link proposeRevisionType} prefers. */
export const REVISION_TYPES: readonly RevisionType[] = [
  'revision_general',
  'revision_mediano_plazo',
  'revision_corto_plazo',
  'revision_excepcional',
  'modificacion_excepcional',
];

/** Facts that open exceptional routes or condition ordinary ones. */
export interface RevisionFacts {
  /** Declaration of disaster or public calamity (Ley 1523 de 2012). */
  disasterDeclared?: boolean;
  /** Detailed hazard/risk studies justifying reclassification. */
  detailedRiskStudies?: boolean;
  /** Other grounds of excepcional interés público, fuerza mayor o caso fortuito. */
  excepcionalInteresPublico?: boolean;
  /** Estudios básicos de amenaza y riesgo are available (Decreto-Ley 019 de 2012 art. 189). */
  basicRiskStudies?: boolean;
}

/** Assessment of one revision type at a date. */
export interface RevisionAssessment {
  type: RevisionType;
  /** Spanish label. */
  label: string;
  /** True if this route can be used at `asOf`. */
  open: boolean;
  /** Spanish reasons for `open`. */
  reasons: string[];
  /** Contents that may be changed. */
  mayChange: string[];
  /** Preconditions and documents required. */
  requires: string[];
  citations: Citation[];
  warnings: RuleWarning[];
}

const PACKAGE = [
  'Proyecto de acuerdo con planos normativos',
  'Memoria justificativa',
  'Documento de seguimiento y evaluación',
  'Estudios técnicos de soporte',
];
const PROCEDURE =
  'Trámite completo: concertación con la CAR, concepto del CTP, consulta democrática, cabildo abierto y Concejo (arts. 24–25)';

function riskWarning(facts: RevisionFacts | undefined): RuleWarning[] {
  if (facts?.basicRiskStudies === true) return [];
  return [
    {
      code: 'BASIC_RISK_STUDIES_REQUIRED',
      message:
        'Las revisiones de contenidos de mediano y largo plazo solo proceden si se incorporan los estudios básicos de amenaza y riesgo (movimientos en masa, inundación, avenidas torrenciales). No consta que existan.',
      citations: [CITES.dl019, CITES.ley1523],
    },
  ];
}

function periodStartWarning(asOf: IsoDate): RuleWarning[] {
  const period = constitutionalPeriodContaining(asOf);
  if (toDay(asOf) - toDay(period.start) < 366) return [];
  return [
    {
      code: 'REVISION_NOT_AT_PERIOD_START',
      message: `La revisión ordinaria debe coincidir con el inicio de un período constitucional (el actual empezó el ${formatSpanish(period.start)}). No se bloquea: el Tribunal Administrativo del Tolima validó una revisión adoptada al final del período (Ibagué, 2014); pero un decreto expedido después de terminado el período del alcalde sería inválido (Q6).`,
      citations: [CITES.art28, CITES.d4002art5],
    },
  ];
}

/**
 * Evaluates which revision routes are open at `asOf` (R-REV-A..D): general (long term expired
 * or within the 6-month formulation window), medium/short term (content expired), exceptional
 * revision (disaster, detailed risk studies or excepcional interés público) and MENU (any
 * time). Period-start timing (R-VIG-09, Q6) and missing basic risk studies only warn.
 */
export function assessRevisionTypes(input: {
  vigencias: VigenciaResult;
  asOf: IsoDate;
  facts?: RevisionFacts;
}): RevisionAssessment[] {
  const asOf = parseIsoDate(input.asOf);
  const v = input.vigencias;
  const facts = input.facts;
  const timing = periodStartWarning(asOf);
  const longExpired = asOf > v.longTermEnd;
  const inWindow = !longExpired && asOf >= v.formulationStart;
  const general: RevisionAssessment = {
    type: 'revision_general',
    label: 'Revisión general (ordinaria) por vencimiento del largo plazo',
    open: longExpired || inWindow,
    reasons: [
      longExpired
        ? `La vigencia de largo plazo venció el ${formatSpanish(v.longTermEnd)}: se activa el deber de revisión general; el plan sigue vigente mientras tanto.`
        : inWindow
          ? `Faltan menos de seis meses para el vencimiento (${formatSpanish(v.longTermEnd)}): debe iniciarse la formulación (art. 23).`
          : `La vigencia de largo plazo vence el ${formatSpanish(v.longTermEnd)}; la formulación se inicia desde el ${formatSpanish(v.formulationStart)}.`,
    ],
    mayChange: [
      'Todos los contenidos: estructural (general), urbano, rural y programa de ejecución',
    ],
    requires: [...PACKAGE, 'Estudios básicos de amenaza y riesgo', PROCEDURE],
    citations: [CITES.art28, CITES.art23, CITES.d1077rev, CITES.dl019],
    warnings: [...timing, ...riskWarning(facts)],
  };
  const medium: RevisionAssessment = {
    type: 'revision_mediano_plazo',
    label: 'Revisión de contenidos de mediano plazo',
    open: asOf > v.mediumTermEnd,
    reasons: [
      asOf > v.mediumTermEnd
        ? `Los contenidos de mediano plazo vencieron el ${formatSpanish(v.mediumTermEnd)}.`
        : `Los contenidos de mediano plazo vencen el ${formatSpanish(v.mediumTermEnd)}.`,
    ],
    mayChange: [
      'Contenidos urbanos de mediano plazo',
      'Contenidos de corto plazo y programa de ejecución',
      'Respetando los contenidos estructurales de largo plazo',
    ],
    requires: [...PACKAGE, 'Estudios básicos de amenaza y riesgo', PROCEDURE],
    citations: [CITES.art28, CITES.d4002art5, CITES.d1077rev, CITES.dl019],
    warnings: [...timing, ...riskWarning(facts)],
  };
  const short: RevisionAssessment = {
    type: 'revision_corto_plazo',
    label: 'Revisión de contenidos de corto plazo',
    open: asOf > v.shortTermEnd,
    reasons: [
      asOf > v.shortTermEnd
        ? `Los contenidos de corto plazo vencieron el ${formatSpanish(v.shortTermEnd)}.`
        : `Los contenidos de corto plazo vencen el ${formatSpanish(v.shortTermEnd)}.`,
    ],
    mayChange: ['Contenidos urbanos de corto plazo', 'Programa de ejecución'],
    requires: [...PACKAGE, PROCEDURE],
    citations: [CITES.art28, CITES.d4002art5, CITES.d1077rev],
    warnings: [...timing],
  };
  const triggers: string[] = [];
  if (facts?.disasterDeclared === true)
    triggers.push('Declaratoria de desastre o calamidad pública.');
  if (facts?.detailedRiskStudies === true)
    triggers.push(
      'Resultados de estudios técnicos detallados de amenaza, riesgo y vulnerabilidad.',
    );
  if (facts?.excepcionalInteresPublico === true)
    triggers.push('Motivos de excepcional interés público, fuerza mayor o caso fortuito.');
  const exceptional: RevisionAssessment = {
    type: 'revision_excepcional',
    label: 'Revisión excepcional por excepcional interés público, fuerza mayor o caso fortuito',
    open: triggers.length > 0,
    reasons:
      triggers.length > 0
        ? triggers
        : [
            'No se ha declarado desastre ni hay estudios detallados u otro motivo de excepcional interés público.',
          ],
    mayChange: ['Los contenidos afectados por la circunstancia que la motiva'],
    requires: [
      'Acto de declaratoria o estudios detallados que la justifican',
      ...PACKAGE,
      PROCEDURE,
    ],
    citations: [CITES.d4002art5par, CITES.ley1523, CITES.d1077rev],
    warnings:
      facts?.excepcionalInteresPublico === true && triggers.length === 1
        ? [
            {
              code: 'EXCEPTIONAL_GROUND_UNLISTED',
              message:
                'Los motivos documentados son la declaratoria de desastre o calamidad y los estudios detallados de riesgo; otros motivos de interés público deben justificarse expresamente.',
              citations: [CITES.d4002art5par],
            },
          ]
        : [],
  };
  const menu: RevisionAssessment = {
    type: 'modificacion_excepcional',
    label: 'Modificación excepcional de norma urbanística (MENU)',
    open: true,
    reasons: [
      'Procede en cualquier momento, por iniciativa del alcalde, con motivos y estudios técnicos debidamente sustentados.',
    ],
    mayChange: [
      'Normas urbanísticas estructurales o generales, solo para alcanzar los objetivos y estrategias del plan vigente',
    ],
    requires: [
      'Proyecto de acuerdo',
      'Memoria justificativa',
      'Estudios técnicos de soporte',
      PROCEDURE,
    ],
    citations: [CITES.art15, CITES.d4002art6, CITES.ceDenial],
    warnings: [
      {
        code: 'MENU_DENIAL_BLOCKS_DECREE',
        message:
          'Si el Concejo niega expresamente el proyecto, el alcalde no puede adoptarlo por decreto. La MENU no reinicia la vigencia de largo plazo.',
        citations: [CITES.ceDenial, CITES.ce2162],
      },
    ],
  };
  return [general, medium, short, menu, exceptional];
}

/** The first open route in the order general, mediano, corto, excepcional, MENU. */
export function proposeRevisionType(
  assessments: readonly RevisionAssessment[],
): RevisionType | undefined {
  for (const type of REVISION_TYPES) {
    if (assessments.some((a) => a.type === type && a.open)) return type;
  }
  return undefined;
}
