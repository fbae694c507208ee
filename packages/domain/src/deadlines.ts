import type { BusinessCalendar } from './business-calendar.js';
import type { Citation, RuleWarning } from './citations.js';
import { CITES } from './citations.js';
import type { IsoDate } from './dates.js';
import { addDays, formatSpanish, parseIsoDate } from './dates.js';
import type { DayKind, Procedure, ProcedureId } from './procedures.js';
import {
  CAR_DAYS_BEFORE_2079,
  getProcedure,
  LEY_2079_EFFECTIVE,
  PETITION_IDS,
} from './procedures.js';

/** Input of {@link computeDeadline}. */
export interface DeadlineInput {
  /** A {@link ProcedureId}; typed as string because it is validated at run time (unknown ids throw `unknown_procedure`). */
  procedure: string;
  /** Triggering date (receipt/filing); counting starts the next day (R-DAY-00). */
  from: IsoDate;
  calendar: BusinessCalendar;
  options?: {
    /** Date the procedure started (CAR: before 2021-01-14 the old 30-day term applies). Defaults to `from`. */
    procedureStartedOn?: IsoDate;
    /** Petitions only: term extended up to double (Ley 1755 de 2015, art. 14 par.). */
    extended?: boolean;
  };
}

/** Result of {@link computeDeadline}. */
export interface DeadlineResult {
  procedure: ProcedureId;
  name: string;
  from: IsoDate;
  /** First day counted (first business day after `from` for hábiles; `from` + 1 for calendar). */
  startsCounting: IsoDate;
  /** Last day of the term (always a business day). */
  dueOn: IsoDate;
  /** Number of days applied (after old-rule or extension adjustments). */
  days: number;
  dayKind: DayKind;
  dayKindReason: string;
  citations: Citation[];
  warnings: RuleWarning[];
  /** Spanish explanation. */
  explanation: string;
}

function termDays(proc: Procedure, input: DeadlineInput, warnings: RuleWarning[]): number {
  let days = proc.days;
  if (proc.id === 'concertacion-car') {
    const startedOn = input.options?.procedureStartedOn ?? input.from;
    parseIsoDate(startedOn);
    if (startedOn < LEY_2079_EFFECTIVE) {
      days = CAR_DAYS_BEFORE_2079;
      warnings.push({
        code: 'CAR_TERM_BEFORE_LEY_2079',
        message: `El trámite comenzó el ${formatSpanish(startedOn)}, antes de la Ley 2079 de 2021 (14 de enero de 2021): se aplica el término anterior de 30 días.`,
        citations: [CITES.art24num1, CITES.ley2079art26],
      });
    }
    warnings.push({
      code: 'CAR_TERM_ASSUMPTIONS',
      message:
        'Se asumen días hábiles (regla general) y que la CAR no suspende el término. El silencio de la CAR no equivale a aprobación: sin concertación el plan es anulable (Q3).',
      citations: [CITES.ley2079art26, CITES.ley4art62],
    });
  }
  if (input.options?.extended === true) {
    if (PETITION_IDS.includes(proc.id)) {
      days *= 2;
      warnings.push({
        code: 'EXTENDED_TERM',
        message:
          'Término ampliado al doble (máximo legal). La autoridad debe informar al peticionario antes del vencimiento inicial, con los motivos y el nuevo plazo.',
        citations: [{ ...CITES.ley1755art14, article: '14 parágrafo' }],
      });
    } else {
      warnings.push({
        code: 'EXTENSION_NOT_APPLICABLE',
        message: 'La ampliación al doble solo aplica a peticiones; se ignora.',
        citations: [CITES.ley1755art14],
      });
    }
  }
  if (proc.id === 'adopcion-primera-vez') {
    warnings.push({
      code: 'FIRST_ADOPTION_DAYS_UNSETTLED',
      message:
        'El artículo 26 dice «sesenta (60) días» sin calificar: se aplican hábiles por la regla general, pero no está resuelto (Q10). Muchas fuentes aplican 90 días calendario a toda revisión.',
      citations: [CITES.art26, CITES.ley810],
    });
  }
  if (proc.id === 'decision-concejo') {
    warnings.push({
      code: 'CONCEJO_DENIAL_AND_SUSPENSION',
      message:
        'Vencidos los 90 días sin decisión, el alcalde puede adoptar por decreto, salvo que el Concejo haya negado expresamente el proyecto. No está resuelto si recusaciones o impedimentos suspenden el término (Q11).',
      citations: [CITES.ley810, CITES.ceDenial],
    });
  }
  return days;
}

/**
 * Computes the due date of a procedure term (R-PROC-*, R-PET-01, R-DAY-00): counting starts the
 * day after `from`; business-day terms skip weekends, holidays and closures; calendar terms
 * ending on a non-business day move to the next business day (Ley 4 de 1913 art. 62).
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const proc = getProcedure(input.procedure);
  const from = parseIsoDate(input.from);
  const { calendar } = input;
  const warnings: RuleWarning[] = [];
  const days = termDays(proc, input, warnings);
  const habiles = proc.dayKind === 'habiles';
  const startsCounting = habiles ? calendar.addBusinessDays(from, 1) : addDays(from, 1);
  const dueOn = habiles
    ? calendar.addBusinessDays(from, days)
    : calendar.addCalendarDays(from, days);
  const kind = habiles ? 'días hábiles' : 'días calendario';
  const moved =
    !habiles && dueOn !== addDays(from, days)
      ? ' Como el último día no era hábil, el vencimiento se corre al siguiente día hábil.'
      : '';
  return {
    procedure: proc.id,
    name: proc.name,
    from,
    startsCounting,
    dueOn,
    days,
    dayKind: proc.dayKind,
    dayKindReason: proc.dayKindReason,
    citations: [...proc.citations],
    warnings,
    explanation: `${proc.name}: ${days} ${kind} contados desde el día siguiente al ${formatSpanish(from)}; el término vence el ${formatSpanish(dueOn)}.${moved}`,
  };
}
