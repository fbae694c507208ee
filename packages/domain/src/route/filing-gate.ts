import type { BusinessCalendar } from '../business-calendar.js';
import type { Citation, RuleWarning } from '../citations.js';
import { CITES } from '../citations.js';
import type { IsoDate } from '../dates.js';
import { computeDeadline } from '../deadlines.js';
import type { ParticipationGap, ParticipationRecord } from '../participation/gate.js';
import { participationGaps } from '../participation/gate.js';
import type { ProcessEventType } from './process-events.js';

/** What the gate needs to know about one checklist item. */
export interface GateItem {
  id: string;
  estado: 'pendiente' | 'en_curso' | 'en_revision' | 'aprobado' | 'no_aplica';
  evidencias: number;
}

export interface GateEvent {
  tipo: ProcessEventType;
  fecha: IsoDate;
}

export interface MissingRequirement {
  requisito:
    | 'consejo_gobierno'
    | 'acta_concertacion_car'
    | 'concepto_ctp'
    | 'consulta_democratica'
    | ParticipationGap['requisito'];
  mensaje: string;
  citas: Citation[];
}

export type FilingGateResult =
  | { ok: true; faltantes: []; advertencias: RuleWarning[] }
  | { ok: false; faltantes: MissingRequirement[]; advertencias: RuleWarning[] };

const montería: Citation = {
  norm: 'Consejo de Estado, sentencia de 6 de marzo de 2003',
  article: 'exp. 8190',
  confidence: 'V',
  note: 'Nulidad del POT de Montería adoptado sin concertación con la autoridad ambiental.',
};
const cartagena: Citation = {
  norm: 'Consejo de Estado, sentencia de 18 de octubre de 2019',
  article: 'Acuerdo 033 de 2007 de Cartagena',
  confidence: 'S',
  note: 'Nulidad por participación insuficiente.',
};

const documented = (items: readonly GateItem[], id: string) =>
  items.some((i) => i.id === id && i.evidencias > 0 && i.estado !== 'no_aplica');
const recorded = (events: readonly GateEvent[], tipo: ProcessEventType) =>
  events.some((e) => e.tipo === tipo);

function ctpTermPassed(input: {
  events: readonly GateEvent[];
  asOf: IsoDate;
  calendar: BusinessCalendar;
}) {
  const delivered = input.events.filter((e) => e.tipo === 'radicacion_ctp');
  return delivered.some(
    (e) =>
      computeDeadline({ procedure: 'concepto-ctp', from: e.fecha, calendar: input.calendar })
        .dueOn < input.asOf,
  );
}

/** The process's answer to whether consulta previa applies: a named question, never assumed. */
export type ConsultaPrevia = 'sin_determinar' | 'no_aplica' | 'aplica';

/**
 * Consulta previa (Convenio 169 OIT, Ley 21 de 1991): whether the plan may directly affect ethnic
 * communities with collective rights (resguardos, consejos comunitarios) is the municipality's
 * question to answer with the Ministerio del Interior; the gate only warns — while unanswered, and
 * while an applicable consultation is not closed — since the law's reach here is not settled.
 */
function priorConsultation(input: {
  events: readonly GateEvent[];
  consultaPrevia?: ConsultaPrevia | undefined;
}): RuleWarning[] {
  if (input.consultaPrevia === 'sin_determinar')
    return [
      {
        code: 'CONSULTA_PREVIA_SIN_DETERMINAR',
        message:
          'No se ha determinado si el plan puede afectar directamente a comunidades étnicas con derechos colectivos (resguardos, consejos comunitarios). Si es así, procede la consulta previa; respóndalo en La Ruta.',
        citations: [CITES.convenio169],
      },
    ];
  if (
    input.consultaPrevia === 'aplica' &&
    !recorded(input.events, 'consulta_previa_protocolizacion')
  )
    return [
      {
        code: 'CONSULTA_PREVIA_ABIERTA',
        message:
          'La consulta previa aplica y no está protocolizada: adoptar el plan sin cerrarla expone el acuerdo a ser anulado.',
        citations: [CITES.convenio169],
      },
    ];
  return [];
}

/**
 * The CAR's term ended with no acta (legal-rules Q3): the law does not say what follows — whether
 * the points go to the Ministry (Ley 507 de 1999 art. 1 par. 6) after Ley 2079 de 2021, or what
 * silence means. Courts annulled a plan adopted without concertation, so silence is never taken
 * as approval; the route warns and cites, and the gate's own requirement (the acta) stands.
 */
function carSilence(input: {
  events: readonly GateEvent[];
  asOf: IsoDate;
  calendar: BusinessCalendar;
}): RuleWarning[] {
  if (recorded(input.events, 'acta_concertacion')) return [];
  const late = input.events.some(
    (e) =>
      e.tipo === 'radicacion_car' &&
      computeDeadline({ procedure: 'concertacion-car', from: e.fecha, calendar: input.calendar })
        .dueOn < input.asOf,
  );
  if (!late) return [];
  return [
    {
      code: 'CAR_SIN_RESPUESTA',
      message:
        'Venció el término de la autoridad ambiental sin acta de concertación. La ley no resuelve qué sigue (si los puntos van al Ministerio o qué efecto tiene el silencio): el silencio no equivale a aprobación. Consulte a la CAR y a su asesor jurídico antes de seguir.',
      citations: [CITES.art24num1, CITES.ley2079art26, CITES.ley507par6, montería],
    },
  ];
}

/**
 * Whether the project may be filed ("radicado") before the Concejo: the law requires the
 * environmental concertation, the CTP's concept (or proof that its 30 business days passed) and
 * the record of the consulta democrática before the Concejo studies the plan (Ley 388 de 1997
 * arts. 24–25). Says exactly what is missing and why; courts annulled plans for each omission.
 */
export function checkConcejoFilingGate(input: {
  items: readonly GateItem[];
  events: readonly GateEvent[];
  asOf: IsoDate;
  calendar: BusinessCalendar;
  /** The process's answer to «¿aplica consulta previa?» (undefined: not asked by the caller). */
  consultaPrevia?: ConsultaPrevia | undefined;
  /**
   * The participation register, when the municipality uses it: its events with attendance, CAR
   * acta and CTP concept count as the record, and what it lacks (answers, overdue petitions,
   * answers to the CTP) is missing here too.
   */
  participation?: ParticipationRecord | null | undefined;
}): FilingGateResult {
  const faltantes: MissingRequirement[] = [];
  const register = input.participation ?? null;
  const registerActa =
    register?.carRound?.state === 'concertada' ||
    register?.carRound?.state === 'concertada_parcial';
  if (
    !recorded(input.events, 'consejo_gobierno') &&
    !documented(input.items, 'acta-consejo-gobierno')
  ) {
    faltantes.push({
      requisito: 'consejo_gobierno',
      mensaje:
        'Falta el registro del Consejo de Gobierno: el proyecto se somete a su consideración antes de la concertación ambiental. Registre el evento con el acta o la constancia.',
      citas: [CITES.art24inc1],
    });
  }
  if (
    !documented(input.items, 'acta-concertacion-car') &&
    !recorded(input.events, 'acta_concertacion') &&
    !registerActa
  ) {
    faltantes.push({
      requisito: 'acta_concertacion_car',
      mensaje:
        'Falta el acta de concertación con la autoridad ambiental (CAR): cargue el acta en el ítem «Acta de concertación» o registre el evento. Sin concertación el plan puede ser anulado.',
      citas: [CITES.art24num1, CITES.ley2079art26, montería],
    });
  }
  if (
    !documented(input.items, 'concepto-ctp') &&
    !recorded(input.events, 'concepto_ctp') &&
    !register?.ctpConceptOn &&
    !ctpTermPassed(input)
  ) {
    faltantes.push({
      requisito: 'concepto_ctp',
      mensaje:
        'Falta el concepto del Consejo Territorial de Planeación, o la prueba de que el proyecto se le entregó y vencieron sus 30 días hábiles sin respuesta.',
      citas: [CITES.art24num3],
    });
  }
  if (
    !documented(input.items, 'evidencias-consulta-democratica') &&
    !recorded(input.events, 'consulta_democratica') &&
    !(register && register.eventsWithAttendance > 0)
  ) {
    faltantes.push({
      requisito: 'consulta_democratica',
      mensaje:
        'Falta el registro de la consulta democrática (convocatorias, asistencia, propuestas recibidas y su evaluación). La participación insuficiente es causal de nulidad.',
      citas: [CITES.art24num4, cartagena],
    });
  }
  const advertencias: RuleWarning[] = carSilence(input);
  if (register) {
    const gaps = participationGaps({
      record: register,
      today: input.asOf,
      calendar: input.calendar,
    });
    faltantes.push(...gaps.faltantes.filter((g) => g.requisito !== 'consulta_democratica'));
    advertencias.push(...gaps.advertencias);
  }
  advertencias.push({
    code: 'CABILDO_ABIERTO_PENDIENTE',
    message:
      'Después de radicar, el Concejo debe celebrar un cabildo abierto antes de estudiar el proyecto; su omisión anuló la revisión del PBOT de Calarcá.',
    citations: [CITES.ley507art2],
  });
  advertencias.push(...priorConsultation(input));
  if (
    !documented(input.items, 'concepto-ctp') &&
    !recorded(input.events, 'concepto_ctp') &&
    !register?.ctpConceptOn &&
    ctpTermPassed(input)
  ) {
    advertencias.push({
      code: 'CTP_SIN_CONCEPTO',
      message:
        'El CTP no emitió concepto dentro de su término; la práctica es continuar con la prueba de la entrega (la ley no regula el silencio del CTP).',
      citations: [CITES.art24num3],
    });
  }
  return faltantes.length === 0
    ? { ok: true, faltantes: [], advertencias }
    : { ok: false, faltantes, advertencias };
}
