import type { BusinessCalendar } from './business-calendar.js';
import type { Citation } from './citations.js';
import { CITES } from './citations.js';
import type { IsoDate } from './dates.js';
import { addDays, formatSpanish, parseIsoDate, toDay } from './dates.js';
import type { Period } from './periods.js';
import { constitutionalPeriodContaining } from './periods.js';
import type { DayKind, ProcedureId } from './procedures.js';
import { CAR_DAYS_BEFORE_2079, getProcedure, LEY_2079_EFFECTIVE } from './procedures.js';

/** The approval route (R-PROC-02, 05, 07, 10), in order. */
export const APPROVAL_CHAIN: readonly ProcedureId[] = [
  'concertacion-car',
  'concepto-ctp',
  'presentacion-concejo',
  'decision-concejo',
];

/** A step of {@link deadlineChain}. */
export interface ChainStep {
  step: ProcedureId;
  /** Spanish label. */
  label: string;
  /** Day the step starts (receipt/filing). Backward: latest date it may start. */
  startsOn: IsoDate;
  /** Last day of the step's legal term. */
  dueOn: IsoDate;
  dayKind: DayKind;
  citations: Citation[];
}

/** Input of {@link deadlineChain}. */
export interface DeadlineChainInput {
  /** Forward: date the first step starts. Backward: date by which the Concejo's 90 days must end. */
  from: IsoDate;
  direction: 'forward' | 'backward';
  calendar: BusinessCalendar;
  /** Forward only: first step (default `concertacion-car`). */
  start?: ProcedureId;
  /** Backward only: the step whose term ends at `from` (only `decision-concejo`). */
  target?: 'decision-concejo';
}

/** Latest business day on or before `d`. */
function businessOnOrBefore(calendar: BusinessCalendar, d: IsoDate): IsoDate {
  return calendar.subtractBusinessDays(addDays(d, 1), 1);
}

function carDays(startsOn: IsoDate): number {
  return startsOn < LEY_2079_EFFECTIVE
    ? CAR_DAYS_BEFORE_2079
    : getProcedure('concertacion-car').days;
}

function makeStep(id: ProcedureId, startsOn: IsoDate, dueOn: IsoDate): ChainStep {
  const p = getProcedure(id);
  return {
    step: id,
    label: p.name,
    startsOn,
    dueOn,
    dayKind: p.dayKind,
    citations: [...p.citations],
  };
}

/**
 * Approval chain CAR → CTP → presentation to the Concejo → Concejo decision (90 calendar days,
 * then adoption by decree unless expressly denied, R-PROC-12). Assumes each step uses its full
 * legal term and starts the day the previous one ends (worst case). Forward: due dates from
 * `from`. Backward: latest start of each step so that the Concejo's term ends by `from`.
 * The MADS arbitration (only if concertation fails) is not included.
 */
export function deadlineChain(input: DeadlineChainInput): ChainStep[] {
  const from = parseIsoDate(input.from);
  const { calendar } = input;
  if (input.direction === 'forward') {
    const first = APPROVAL_CHAIN.indexOf(input.start ?? 'concertacion-car');
    if (first < 0) getProcedure(`${input.start ?? ''} (no forma parte de la ruta de aprobación)`);
    const steps: ChainStep[] = [];
    let cursor = from;
    for (const id of APPROVAL_CHAIN.slice(first)) {
      const p = getProcedure(id);
      const days = id === 'concertacion-car' ? carDays(cursor) : p.days;
      const due =
        p.dayKind === 'habiles'
          ? calendar.addBusinessDays(cursor, days)
          : calendar.addCalendarDays(cursor, days);
      steps.push(makeStep(id, cursor, due));
      cursor = due;
    }
    return steps;
  }
  const decisionDue = businessOnOrBefore(calendar, from);
  const presentation = businessOnOrBefore(
    calendar,
    addDays(decisionDue, -getProcedure('decision-concejo').days),
  );
  const ctpDue = calendar.subtractBusinessDays(
    presentation,
    getProcedure('presentacion-concejo').days,
  );
  const ctpStart = calendar.subtractBusinessDays(ctpDue, getProcedure('concepto-ctp').days);
  let carStart = calendar.subtractBusinessDays(ctpStart, carDays(ctpStart));
  if (carDays(carStart) !== carDays(ctpStart))
    carStart = calendar.subtractBusinessDays(ctpStart, carDays(carStart));
  return [
    makeStep('concertacion-car', carStart, ctpStart),
    makeStep('concepto-ctp', ctpStart, ctpDue),
    makeStep('presentacion-concejo', ctpDue, presentation),
    makeStep('decision-concejo', presentation, decisionDue),
  ];
}

/** Result of {@link lastUsefulDateInTerm}. */
export interface LastUsefulDateResult {
  /** Last day of the mayor's constitutional period containing `asOf`. */
  termEnd: IsoDate;
  /** Prudent date (default): the 90 days counted as business days still end inside the term. */
  latestPresentationToConcejo: IsoDate;
  /** Literal reading: 90 calendar days (Ley 810 de 2003 art. 12). */
  latestPresentationCalendarReading: IsoDate;
  /** Last business day on which the mayor could adopt by decree within the term. */
  lastAdoptionDay: IsoDate;
  explanation: string;
  citations: Citation[];
}

/**
 * Last date a revision project can be filed before the Concejo so that the 90-day term ends and
 * the mayor can still adopt by decree (first business day after the term) inside the same
 * constitutional period. Returns a prudent date (90 business days: 16 August 2023 for
 * 2020–2023, close to the practical cut-off of ~18 August 2023 reported by GRAPOT) and the
 * literal one (90 calendar days: 29 September 2023).
 */
export function lastUsefulDateInTerm(input: {
  asOf: IsoDate;
  calendar: BusinessCalendar;
}): LastUsefulDateResult {
  const period = constitutionalPeriodContaining(parseIsoDate(input.asOf));
  let perCalendar = LAST_USEFUL_CACHE.get(input.calendar);
  if (perCalendar === undefined) {
    perCalendar = new Map();
    LAST_USEFUL_CACHE.set(input.calendar, perCalendar);
  }
  let base = perCalendar.get(period.index);
  if (base === undefined) {
    base = computeLastUseful(input.calendar, period);
    perCalendar.set(period.index, base);
  }
  const past =
    toDay(input.asOf) > toDay(base.latestPresentationToConcejo)
      ? ' La fecha prudente ya pasó para este período.'
      : '';
  return { ...base, explanation: base.explanation + past, citations: [...base.citations] };
}

/** Per-calendar, per-period cache: the result depends only on the calendar and the period. */
const LAST_USEFUL_CACHE = new WeakMap<BusinessCalendar, Map<number, LastUsefulDateResult>>();

function computeLastUseful(calendar: BusinessCalendar, period: Period): LastUsefulDateResult {
  const lastAdoptionDay = businessOnOrBefore(calendar, period.end);
  const lastDue = calendar.subtractBusinessDays(lastAdoptionDay, 1);
  const days = getProcedure('decision-concejo').days;
  const literal = businessOnOrBefore(calendar, addDays(lastDue, -days));
  const prudent = calendar.subtractBusinessDays(lastDue, days);
  return {
    termEnd: period.end,
    latestPresentationToConcejo: prudent,
    latestPresentationCalendarReading: literal,
    lastAdoptionDay,
    explanation:
      `El período del alcalde termina el ${formatSpanish(period.end)}; el último día hábil para firmar el decreto de adopción es el ${formatSpanish(lastAdoptionDay)}, y el término del Concejo debe haber vencido el día hábil anterior (${formatSpanish(lastDue)}). ` +
      `Lectura literal (90 días calendario, Ley 810 de 2003 art. 12): radicar a más tardar el ${formatSpanish(literal)}. ` +
      `Lectura prudente (contando los 90 días como hábiles, lo que deja margen ante recusaciones o suspensiones, Q11, y se aproxima a la fecha práctica de cerca del 18 de agosto de 2023 señalada por GRAPOT para el período 2020–2023): radicar a más tardar el ${formatSpanish(prudent)}. ` +
      `Supuestos: radicación del proyecto completo ante la Secretaría General del Concejo; el decreto se expide dentro del mismo período.`,
    citations: [CITES.ley810, CITES.actoLeg02, CITES.ceDenial],
  };
}
