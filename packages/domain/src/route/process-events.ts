import type { Citation } from '../citations.js';
import { CITES } from '../citations.js';
import type { ProcedureId } from '../procedures.js';

/** Kinds of procedure events a municipality records in its revision process. */
export type ProcessEventType =
  | 'consejo_gobierno'
  | 'consulta_previa_inicio'
  | 'consulta_previa_protocolizacion'
  | 'radicacion_car'
  | 'acta_concertacion'
  | 'radicacion_ctp'
  | 'concepto_ctp'
  | 'consulta_democratica'
  | 'radicacion_concejo'
  | 'cabildo_abierto'
  | 'decision_concejo'
  | 'peticion_recibida'
  | 'solicitud_entre_autoridades';

export interface ProcessEventKind {
  tipo: ProcessEventType;
  etiqueta: string;
  /** The legal term this event starts, computed by the motor normativo; null if none. */
  tramite: ProcedureId | null;
  /** What is due when that term ends («Concepto del CTP»), so a date never stands alone. */
  vence: string | null;
  citas: Citation[];
}

const cabildoCitation: Citation = {
  norm: 'Consejo de Estado, Sección Primera, sentencia de 19 de septiembre de 2019',
  article: 'rad. 63001-23-31-000-2010-00336-02',
  confidence: 'V',
  note: 'Nulidad de la revisión del PBOT de Calarcá por no celebrar cabildo abierto.',
};

/**
 * Events of the concertation, consultation and approval stage (Ley 388 de 1997 arts. 24–26) and
 * the legal term each one starts. Recording the event computes its due date (issue 4).
 */
export const PROCESS_EVENT_KINDS: readonly ProcessEventKind[] = [
  {
    tipo: 'consejo_gobierno',
    etiqueta: 'Proyecto sometido al Consejo de Gobierno (acta o constancia)',
    tramite: null,
    vence: null,
    citas: [CITES.art24inc1],
  },
  {
    tipo: 'consulta_previa_inicio',
    etiqueta: 'Inicio de la consulta previa con comunidades étnicas',
    tramite: null,
    vence: null,
    citas: [CITES.convenio169],
  },
  {
    tipo: 'consulta_previa_protocolizacion',
    etiqueta: 'Protocolización (cierre) de la consulta previa',
    tramite: null,
    vence: null,
    citas: [CITES.convenio169],
  },
  {
    tipo: 'radicacion_car',
    etiqueta: 'Radicación del proyecto ante la autoridad ambiental (CAR)',
    tramite: 'concertacion-car',
    vence: 'Pronunciamiento de la autoridad ambiental (fin de la concertación)',
    citas: [CITES.art24num1, CITES.ley2079art26],
  },
  {
    tipo: 'acta_concertacion',
    etiqueta: 'Acta de concertación ambiental firmada',
    tramite: null,
    vence: null,
    citas: [CITES.art24num1],
  },
  {
    tipo: 'radicacion_ctp',
    etiqueta: 'Entrega del proyecto al Consejo Territorial de Planeación',
    tramite: 'concepto-ctp',
    vence: 'Concepto del Consejo Territorial de Planeación',
    citas: [CITES.art24num3],
  },
  {
    tipo: 'concepto_ctp',
    etiqueta: 'Concepto del Consejo Territorial de Planeación recibido',
    tramite: 'presentacion-concejo',
    vence: 'Presentación del proyecto al Concejo',
    citas: [CITES.art24num3, CITES.art25],
  },
  {
    tipo: 'consulta_democratica',
    etiqueta: 'Actividad de consulta democrática realizada y registrada',
    tramite: null,
    vence: null,
    citas: [CITES.art24num4],
  },
  {
    tipo: 'radicacion_concejo',
    etiqueta: 'Presentación (radicación) del proyecto ante el Concejo',
    tramite: 'decision-concejo',
    vence: 'Decisión del Concejo',
    citas: [CITES.art25, CITES.ley810],
  },
  {
    tipo: 'cabildo_abierto',
    etiqueta: 'Cabildo abierto celebrado por el Concejo',
    tramite: null,
    vence: null,
    citas: [CITES.ley507art2, cabildoCitation],
  },
  {
    tipo: 'decision_concejo',
    etiqueta: 'Decisión del Concejo (aprobación o negación expresa)',
    tramite: null,
    vence: null,
    citas: [CITES.ley810, CITES.ceDenial],
  },
  {
    tipo: 'peticion_recibida',
    etiqueta: 'Derecho de petición recibido',
    tramite: 'peticion-general',
    vence: 'Respuesta a la petición',
    citas: [CITES.ley1755art14],
  },
  {
    tipo: 'solicitud_entre_autoridades',
    etiqueta: 'Solicitud de información entre autoridades recibida',
    tramite: 'peticion-entre-autoridades',
    vence: 'Respuesta a la otra autoridad',
    citas: [CITES.ley1755art30],
  },
];

/** The kind of an event, or undefined when the type is unknown (validated at the edge). */
export function processEventKind(tipo: string): ProcessEventKind | undefined {
  return PROCESS_EVENT_KINDS.find((k) => k.tipo === tipo);
}
