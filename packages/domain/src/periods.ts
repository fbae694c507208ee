import type { IsoDate } from './dates.js';
import { isoFromYmd, toDay, yearOf } from './dates.js';
import { DomainError } from './errors.js';

/**
 * Constitutional period of mayors and concejos (R-VIG-10): 1998–2000 and 2001–2003 (3 years),
 * then 4-year terms from 2004 (Acto Legislativo 02 de 2002). `index` 0 is 1998–2000.
 */
export interface Period {
  /** First day (1 January). */
  start: IsoDate;
  /** Last day (31 December). */
  end: IsoDate;
  /** Length in years. */
  years: 3 | 4;
  /** 0 = 1998–2000, 1 = 2001–2003, 2 = 2004–2007, … */
  index: number;
}

/** First year covered by the period model. */
const FIRST_PERIOD_YEAR = 1998;

/** Period by index (0 = 1998–2000). Indexes beyond the model are extrapolated (4-year terms). */
export function periodByIndex(index: number): Period {
  if (!Number.isInteger(index) || index < 0) {
    throw new DomainError(
      'date_out_of_range',
      'Los períodos constitucionales se calculan desde 1998.',
      { index },
    );
  }
  const startYear = index < 2 ? FIRST_PERIOD_YEAR + 3 * index : 2004 + 4 * (index - 2);
  const years: 3 | 4 = index < 2 ? 3 : 4;
  return {
    start: isoFromYmd(startYear, 1, 1),
    end: isoFromYmd(startYear + years - 1, 12, 31),
    years,
    index,
  };
}

/** Index of the period containing a calendar year (≥ 1998). */
export function periodIndexOfYear(year: number): number {
  if (year < FIRST_PERIOD_YEAR) {
    throw new DomainError(
      'date_out_of_range',
      `La fecha es anterior a 1998: el motor calcula períodos constitucionales desde el 1 de enero de 1998.`,
      { year },
    );
  }
  return year < 2004
    ? Math.floor((year - FIRST_PERIOD_YEAR) / 3)
    : 2 + Math.floor((year - 2004) / 4);
}

/**
 * Constitutional period containing `date` (R-VIG-10). Throws `date_out_of_range` before 1998
 * (Ley 388 de 1997 plans were adopted from 1998 on).
 */
export function constitutionalPeriodContaining(date: IsoDate): Period {
  toDay(date);
  return periodByIndex(periodIndexOfYear(yearOf(date)));
}

/** All periods overlapping the closed interval [from, to], in order. */
export function constitutionalPeriodsBetween(from: IsoDate, to: IsoDate): Period[] {
  if (toDay(to) < toDay(from)) {
    throw new DomainError('invalid_input', 'La fecha final no puede ser anterior a la inicial.', {
      from,
      to,
    });
  }
  const first = constitutionalPeriodContaining(from).index;
  const last = constitutionalPeriodContaining(to).index;
  const out: Period[] = [];
  for (let i = first; i <= last; i += 1) out.push(periodByIndex(i));
  return out;
}
