import type { Citation } from '../citations.js';
import { CITES } from '../citations.js';
import type { IsoDate } from '../dates.js';
import type { ProcessEventType } from './process-events.js';

/**
 * The order the law gives the concertation, consultation and approval events (issue 12): the CAR
 * receives the project before it can sign the acta; the CTP gives its concept on a project it
 * received, after the environmental review; the Concejo receives the project before its cabildo
 * abierto and its decision. An impossible order blocks the record (`bloquea`); an order the law
 * asks for but that can happen in practice (the CTP before the CAR finished, a decision without
 * cabildo abierto) is recorded with a warning that cites the norm (`advierte`), because the event
 * did happen and hiding it would be worse. Annulled events do not count.
 */
export interface EventOrderProblem {
  nivel: 'bloquea' | 'advierte';
  mensaje: string;
  citas: Citation[];
}

interface Rule {
  /** The event being recorded. */
  tipo: ProcessEventType;
  /** The event that must come first. */
  antes: ProcessEventType;
  nivel: EventOrderProblem['nivel'];
  mensaje: string;
  citas: Citation[];
}

const RULES: readonly Rule[] = [
  {
    tipo: 'radicacion_car',
    antes: 'consejo_gobierno',
    nivel: 'advierte',
    mensaje:
      'No hay registro del Consejo de Gobierno: el alcalde, por conducto de planeación, somete el proyecto al Consejo de Gobierno antes de la concertación con la autoridad ambiental. Registre el acta o la constancia.',
    citas: [CITES.art24inc1],
  },
  {
    tipo: 'acta_concertacion',
    antes: 'radicacion_car',
    nivel: 'bloquea',
    mensaje:
      'No hay radicación del proyecto ante la autoridad ambiental: el acta de concertación se firma sobre un proyecto que la CAR recibió. Registre primero la radicación ante la CAR.',
    citas: [CITES.art24num1],
  },
  {
    tipo: 'radicacion_ctp',
    antes: 'acta_concertacion',
    nivel: 'advierte',
    mensaje:
      'El proyecto va al Consejo Territorial de Planeación una vez revisado por la autoridad ambiental, y no hay acta de concertación registrada. Si la concertación sigue abierta, el concepto del CTP podría recaer sobre un proyecto que todavía cambia.',
    citas: [CITES.art24num3],
  },
  {
    tipo: 'concepto_ctp',
    antes: 'radicacion_ctp',
    nivel: 'bloquea',
    mensaje:
      'No hay entrega del proyecto al Consejo Territorial de Planeación: su concepto recae sobre un proyecto que recibió. Registre primero la entrega al CTP.',
    citas: [CITES.art24num3],
  },
  {
    tipo: 'radicacion_concejo',
    antes: 'radicacion_ctp',
    nivel: 'advierte',
    mensaje:
      'El proyecto se presenta al Concejo después de pasar por el Consejo Territorial de Planeación, y no hay entrega al CTP registrada.',
    citas: [CITES.art24num3, CITES.art25],
  },
  {
    tipo: 'cabildo_abierto',
    antes: 'radicacion_concejo',
    nivel: 'advierte',
    mensaje:
      'El cabildo abierto lo celebra el Concejo antes de estudiar el proyecto, y no hay presentación del proyecto al Concejo registrada.',
    citas: [CITES.ley507art2],
  },
  {
    tipo: 'decision_concejo',
    antes: 'radicacion_concejo',
    nivel: 'bloquea',
    mensaje:
      'No hay presentación del proyecto al Concejo: el Concejo decide sobre un proyecto que recibió. Registre primero la presentación (radicación) ante el Concejo.',
    citas: [CITES.art25],
  },
  {
    tipo: 'decision_concejo',
    antes: 'cabildo_abierto',
    nivel: 'advierte',
    mensaje:
      'No hay cabildo abierto registrado antes de la decisión del Concejo. Es obligatorio antes de estudiar el proyecto; su falta ha llevado a anular revisiones (Consejo de Estado, caso Calarcá). Registre el cabildo si se celebró.',
    citas: [CITES.ley507art2],
  },
];

/** What the law's order says about recording `tipo` on `fecha` after the `previous` events. */
export function checkEventOrder(input: {
  tipo: ProcessEventType;
  fecha: IsoDate;
  previous: readonly { tipo: string; fecha: string }[];
}): EventOrderProblem[] {
  const problems: EventOrderProblem[] = [];
  for (const rule of RULES.filter((r) => r.tipo === input.tipo)) {
    const before = input.previous.filter((e) => e.tipo === rule.antes);
    if (before.length === 0) {
      problems.push({ nivel: rule.nivel, mensaje: rule.mensaje, citas: rule.citas });
      continue;
    }
    const earliest = before.map((e) => e.fecha).sort()[0]!;
    if (input.fecha < earliest)
      problems.push({
        nivel: rule.nivel,
        mensaje: `La fecha (${input.fecha}) es anterior a la del paso que la ley pone antes (${earliest}). Revise las fechas o corrija el evento anterior.`,
        citas: rule.citas,
      });
  }
  return problems;
}
