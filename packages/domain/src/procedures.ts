import type { Citation } from './citations.js';
import { CITES } from './citations.js';
import { DomainError } from './errors.js';

/** Identifier of a legal procedure with a term. */
export type ProcedureId =
  | 'concertacion-car'
  | 'arbitraje-mads'
  | 'concepto-ctp'
  | 'presentacion-concejo'
  | 'decision-concejo'
  | 'adopcion-primera-vez'
  | 'peticion-general'
  | 'peticion-documentos'
  | 'peticion-entre-autoridades'
  | 'consulta';

/** Kind of days of a term: business days (R-DAY-00 default) or calendar days. */
export type DayKind = 'habiles' | 'calendario';

/** A procedure with its legal term. */
export interface Procedure {
  id: ProcedureId;
  /** Spanish name. */
  name: string;
  /** Term length, in `dayKind` days. */
  days: number;
  dayKind: DayKind;
  /** Spanish reason for the day kind (explicit in the norm or the R-DAY-00 default). */
  dayKindReason: string;
  citations: Citation[];
  notes?: string[];
}

const DEFAULT_HABILES =
  'La norma dice «días» sin calificar: por la regla general se entienden hábiles (Ley 4 de 1913 art. 62, R-DAY-00).';

/** Date Ley 2079 de 2021 was published (D.O. 51.557): CAR term 45 days from then. */
export const LEY_2079_EFFECTIVE = '2021-01-14';

/** CAR term before Ley 2079 de 2021 (Ley 388 art. 24 num. 1 original), business days. */
export const CAR_DAYS_BEFORE_2079 = 30;

/** Procedures and terms (R-PROC-02..11, R-PET-01). Order is the approval route, then petitions. */
export const PROCEDURES: readonly Procedure[] = [
  {
    id: 'concertacion-car',
    name: 'Concertación ambiental con la autoridad ambiental (CAR)',
    days: 45,
    dayKind: 'habiles',
    dayKindReason: `${DEFAULT_HABILES} GRAPOT leía los 30 días anteriores como hábiles.`,
    citations: [CITES.ley2079art26, CITES.art24num1, CITES.ley4art62],
    notes: [
      'Trámites iniciados antes del 14 de enero de 2021 (Ley 2079 de 2021): 30 días.',
      'El silencio de la CAR no equivale a aprobación: se anularon planes sin concertación (Montería, 2003). Q3.',
    ],
  },
  {
    id: 'arbitraje-mads',
    name: 'Decisión del Ministerio de Ambiente sobre los puntos no concertados',
    days: 30,
    dayKind: 'habiles',
    dayKindReason: DEFAULT_HABILES,
    citations: [CITES.ley507par6, CITES.ley4art62],
    notes: [
      'Se cuenta desde el vencimiento del término de la CAR. No se verificó que subsista tras la Ley 2079 de 2021 (Q3).',
    ],
  },
  {
    id: 'concepto-ctp',
    name: 'Concepto del Consejo Territorial de Planeación (CTP)',
    days: 30,
    dayKind: 'habiles',
    dayKindReason: 'La norma dice expresamente «treinta (30) días hábiles».',
    citations: [CITES.art24num3],
    notes: [
      'No hay regla sobre el silencio del CTP; en la práctica se continúa con constancia de la radicación (Q12).',
    ],
  },
  {
    id: 'presentacion-concejo',
    name: 'Presentación del proyecto al Concejo por el alcalde',
    days: 30,
    dayKind: 'habiles',
    dayKindReason: DEFAULT_HABILES,
    citations: [CITES.art25, CITES.ley4art62],
    notes: [
      'Se cuenta desde el recibo del concepto del CTP. Si el Concejo está en receso, se convoca a sesiones extraordinarias.',
    ],
  },
  {
    id: 'decision-concejo',
    name: 'Decisión del Concejo (si no decide, adopción por decreto del alcalde)',
    days: 90,
    dayKind: 'calendario',
    dayKindReason: 'La norma dice expresamente «noventa (90) días calendario».',
    citations: [CITES.ley810, CITES.ceDenial, CITES.ley507art2],
    notes: [
      'Se cuenta desde la radicación del proyecto completo en la Secretaría General del Concejo (R-PROC-13).',
      'Si el Concejo niega expresamente el proyecto, el alcalde no puede adoptarlo por decreto (R-PROC-12).',
      'No es claro si recusaciones o impedimentos suspenden el término (Q11).',
    ],
  },
  {
    id: 'adopcion-primera-vez',
    name: 'Decisión del Concejo sobre el primer plan (adopción por decreto si no decide)',
    days: 60,
    dayKind: 'habiles',
    dayKindReason: `${DEFAULT_HABILES} No está resuelto si son hábiles o calendario (Q10).`,
    citations: [CITES.art26, { ...CITES.ley4art62, confidence: '?' }],
    notes: ['La mayoría de fuentes aplica 90 días calendario (Ley 810 de 2003) a las revisiones.'],
  },
  {
    id: 'peticion-general',
    name: 'Derecho de petición (general)',
    days: 15,
    dayKind: 'habiles',
    dayKindReason:
      'Los términos del derecho de petición se cuentan en días hábiles desde el día siguiente al recibo.',
    citations: [CITES.ley1755art14],
  },
  {
    id: 'peticion-documentos',
    name: 'Petición de documentos e información',
    days: 10,
    dayKind: 'habiles',
    dayKindReason:
      'Los términos del derecho de petición se cuentan en días hábiles desde el día siguiente al recibo.',
    citations: [{ ...CITES.ley1755art14, article: '14 num. 1' }],
    notes: ['Si no se responde, se entiende aceptada y las copias se entregan dentro de 3 días.'],
  },
  {
    id: 'peticion-entre-autoridades',
    name: 'Petición de información o documentos entre autoridades',
    days: 10,
    dayKind: 'habiles',
    dayKindReason:
      'Los términos del derecho de petición se cuentan en días hábiles desde el día siguiente al recibo.',
    citations: [CITES.ley1755art30],
  },
  {
    id: 'consulta',
    name: 'Consulta a una autoridad en relación con materias a su cargo',
    days: 30,
    dayKind: 'habiles',
    dayKindReason:
      'Los términos del derecho de petición se cuentan en días hábiles desde el día siguiente al recibo.',
    citations: [{ ...CITES.ley1755art14, article: '14 num. 2' }],
  },
];

/** All procedure ids, in {@link PROCEDURES} order. */
export const PROCEDURE_IDS: readonly ProcedureId[] = PROCEDURES.map((p) => p.id);

/** Petition-type procedures (art. 14 par.: the term may be extended up to double). */
export const PETITION_IDS: readonly ProcedureId[] = [
  'peticion-general',
  'peticion-documentos',
  'peticion-entre-autoridades',
  'consulta',
];

/** Looks up a procedure; throws `unknown_procedure` (Spanish message listing valid ids). */
export function getProcedure(id: string): Procedure {
  const found = PROCEDURES.find((p) => p.id === id);
  if (found === undefined) {
    throw new DomainError(
      'unknown_procedure',
      `Trámite desconocido: «${id}». Trámites válidos: ${PROCEDURE_IDS.join(', ')}.`,
      { value: id, valid: [...PROCEDURE_IDS] },
    );
  }
  return found;
}
