import type { BusinessCalendar } from '../business-calendar.js';
import type { Citation, RuleWarning } from '../citations.js';
import { CITES } from '../citations.js';
import type { IsoDate } from '../dates.js';
import { formatSpanish } from '../dates.js';
import type { DeadlineResult } from '../deadlines.js';
import { computeDeadline } from '../deadlines.js';
import { defineLifecycle } from '../lifecycle/lifecycle.js';
import type { ParticipationRole } from './aportes.js';

const office: ParticipationRole[] = ['planeacion', 'alcaldia'];

/**
 * One round of concertation with the CAR (R-PROC-02): the CAR observes, the municipality answers,
 * rounds repeat (a new round is a new record); the acta closes it as total, partial or failed.
 */
export const CAR_ROUND_LIFECYCLE = defineLifecycle({
  name: 'ronda de concertación',
  states: [
    'radicada',
    'con_observaciones',
    'respondida',
    'concertada',
    'concertada_parcial',
    'no_concertada',
  ],
  initial: 'radicada',
  terminal: ['concertada', 'concertada_parcial', 'no_concertada'],
  labels: {
    radicada: 'Radicada ante la CAR',
    con_observaciones: 'Con observaciones de la CAR',
    respondida: 'Observaciones respondidas',
    concertada: 'Concertada (acta total)',
    concertada_parcial: 'Concertada parcialmente',
    no_concertada: 'No concertada',
  },
  transitions: [
    {
      from: 'radicada',
      to: 'con_observaciones',
      action: 'registrar_observaciones',
      roles: ['car'],
      label: 'Registrar observaciones',
      citations: [CITES.art24num1],
    },
    {
      from: 'respondida',
      to: 'con_observaciones',
      action: 'registrar_observaciones',
      roles: ['car'],
      label: 'Registrar nuevas observaciones',
      citations: [CITES.art24num1],
    },
    {
      from: 'con_observaciones',
      to: 'respondida',
      action: 'responder_observaciones',
      roles: office,
      label: 'Responder las observaciones',
    },
    ...(['radicada', 'respondida'] as const).flatMap((from) => [
      {
        from,
        to: 'concertada' as const,
        action: 'registrar_acta_total',
        roles: ['car', ...office] as ParticipationRole[],
        label: 'Registrar acta de concertación total',
        citations: [CITES.art24num1],
      },
      {
        from,
        to: 'concertada_parcial' as const,
        action: 'registrar_acta_parcial',
        roles: ['car', ...office] as ParticipationRole[],
        label: 'Registrar acta de concertación parcial',
        citations: [CITES.art24num1, CITES.ley507par6],
      },
      {
        from,
        to: 'no_concertada' as const,
        action: 'registrar_acta_sin_acuerdo',
        roles: ['car', ...office] as ParticipationRole[],
        label: 'Registrar acta sin acuerdo',
        citations: [CITES.ley507par6],
      },
    ]),
  ],
});
export type CarRoundState = (typeof CAR_ROUND_LIFECYCLE.states)[number];

/** Silence is never approval (legal-rules §11 Q3). */
const silenceCitation: Citation = {
  ...CITES.art24num1,
  note: 'El vencimiento del término sin pronunciamiento de la CAR no equivale a aprobación.',
};

export interface CarRoundStatus {
  term: DeadlineResult;
  /** Ministry term for the points of disagreement (R-PROC-03), when the acta is partial or failed. */
  ministryTerm: DeadlineResult | null;
  warnings: RuleWarning[];
}

/**
 * Terms and warnings of the CAR concertation counted from the filing of the first round. Silence
 * and disagreement warn with their citation; they never block (the user decides).
 */
export function carRoundStatus(input: {
  state: CarRoundState;
  radicadaOn: IsoDate;
  today: IsoDate;
  calendar: BusinessCalendar;
}): CarRoundStatus {
  const term = computeDeadline({
    procedure: 'concertacion-car',
    from: input.radicadaOn,
    calendar: input.calendar,
  });
  const warnings: RuleWarning[] = [...term.warnings];
  const closed = CAR_ROUND_LIFECYCLE.terminal.includes(input.state);
  if (!closed && input.today > term.dueOn)
    warnings.push({
      code: 'CAR_SILENCIO',
      message: `El término de la CAR venció el ${formatSpanish(term.dueOn)} sin acta. El silencio no equivale a aprobación: registre el acta o la constancia del vencimiento antes de continuar.`,
      citations: [silenceCitation, CITES.ley2079art26],
    });
  let ministryTerm: DeadlineResult | null = null;
  if (input.state === 'concertada_parcial' || input.state === 'no_concertada') {
    ministryTerm = computeDeadline({
      procedure: 'arbitraje-mads',
      from: term.dueOn,
      calendar: input.calendar,
    });
    warnings.push({
      code: 'CAR_DESACUERDO',
      message: `Los puntos sin acuerdo los decide el Ministerio de Ambiente; su término vence el ${formatSpanish(ministryTerm.dueOn)}.`,
      citations: [CITES.ley507par6],
    });
  }
  return { term, ministryTerm, warnings };
}
