import type { BusinessCalendar } from '../business-calendar.js';
import type { Citation, RuleWarning } from '../citations.js';
import { CITES } from '../citations.js';
import type { IsoDate } from '../dates.js';
import type { CarRoundState } from './concertation.js';
import { carRoundStatus } from './concertation.js';

/** What the participation record tells the filing gate. */
export interface ParticipationRecord {
  /** Events of consulta democrática held (talleres, audiencias, exhibición…), with attendance. */
  eventsWithAttendance: number;
  /** Aportes registered and still without an answer. */
  unanswered: number;
  /** Derechos de petición past their legal term without an answer. */
  overduePetitions: number;
  /** Latest CAR round, if any. */
  carRound: { state: CarRoundState; radicadaOn: IsoDate } | null;
  ctpConceptOn: IsoDate | null;
  /** CTP recommendations without an answer. */
  ctpUnanswered: number;
}

export interface ParticipationGap {
  requisito:
    | 'consulta_democratica'
    | 'matriz_respuestas'
    | 'peticiones_vencidas'
    | 'respuesta_recomendaciones_ctp';
  mensaje: string;
  citas: Citation[];
}

const evidence: Citation = {
  ...CITES.art24num4,
  note: 'Registros fechados de convocatorias, reuniones, asistencia y evaluación de cada recomendación.',
};

/**
 * Which legally required pieces of participation are missing or late before filing with the
 * Concejo. CAR silence and disagreement only warn (never block), with their citations.
 */
export function participationGaps(input: {
  record: ParticipationRecord;
  today: IsoDate;
  calendar: BusinessCalendar;
}): { faltantes: ParticipationGap[]; advertencias: RuleWarning[] } {
  const r = input.record;
  const faltantes: ParticipationGap[] = [];
  if (r.eventsWithAttendance === 0)
    faltantes.push({
      requisito: 'consulta_democratica',
      mensaje: 'No hay ningún evento de participación con lista de asistencia registrada.',
      citas: [evidence],
    });
  if (r.unanswered > 0)
    faltantes.push({
      requisito: 'matriz_respuestas',
      mensaje: `${r.unanswered === 1 ? 'Un aporte sigue' : `${r.unanswered} aportes siguen`} sin respuesta en la matriz.`,
      citas: [evidence],
    });
  if (r.overduePetitions > 0)
    faltantes.push({
      requisito: 'peticiones_vencidas',
      mensaje: `${r.overduePetitions === 1 ? 'Un derecho de petición está vencido' : `${r.overduePetitions} derechos de petición están vencidos`} sin respuesta.`,
      citas: [CITES.ley1755art14],
    });
  if (r.ctpConceptOn && r.ctpUnanswered > 0)
    faltantes.push({
      requisito: 'respuesta_recomendaciones_ctp',
      mensaje: `Faltan respuestas a ${r.ctpUnanswered} recomendaciones del Consejo Territorial de Planeación.`,
      citas: [CITES.art24num3],
    });
  const advertencias = r.carRound
    ? carRoundStatus({ ...r.carRound, today: input.today, calendar: input.calendar }).warnings
    : [];
  return { faltantes, advertencias };
}
