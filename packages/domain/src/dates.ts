import { DomainError, invalidDateError } from './errors.js';

/**
 * Calendar date as an ISO `YYYY-MM-DD` string (branded). Dates are civil dates with no time
 * zone: legal terms in Colombia run by whole days, so no clock or time zone is involved.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** Parses `n` ASCII digits at `pos` (−1 if any is not a digit). Hot path: no regex. */
function digits(text: string, pos: number, n: number): number {
  let v = 0;
  for (let i = pos; i < pos + n; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Civil date components. */
interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses and validates an ISO date. Throws `DomainError('invalid_date')` for malformed or
 * impossible dates (e.g. 2023-02-29), so every date entering the engine is real.
 */
export function parseIsoDate(text: string): IsoDate {
  if (typeof text !== 'string' || text.length !== 10 || text[4] !== '-' || text[7] !== '-')
    throw invalidDateError(String(text));
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw invalidDateError(text);
  return text as IsoDate;
}

/**
 * Integer day number (days since 1970-01-01, UTC civil calendar) of a civil date.
 * Howard Hinnant's `days_from_civil`: pure integer arithmetic, independent of time zones.
 */
export function dayNumberFromYmd({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link dayNumberFromYmd} (Hinnant's `civil_from_days`). */
export function ymdFromDayNumber(day: number): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Validates an ISO date (string typed or not) and returns its day number. */
export function toDay(date: string): number {
  parseIsoDate(date);
  return dayNumberFromYmd({ y: digits(date, 0, 4), m: digits(date, 5, 2), d: digits(date, 8, 2) });
}

/** Formats a day number as an ISO date (years 0–9999). */
export function fromDay(day: number): IsoDate {
  const { y, m, d } = ymdFromDayNumber(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

/** ISO date from components (month 1–12); no validation beyond the arithmetic. */
export function isoFromYmd(y: number, m: number, d: number): IsoDate {
  return fromDay(dayNumberFromYmd({ y, m, d }));
}

/** Year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Adds calendar days to an ISO date (no business-day adjustment). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDay(toDay(date) + days);
}

/**
 * Adds (or subtracts, if negative) calendar months, clamping to the month's last day
 * ("months run by the calendar", Ley 4 de 1913 art. 59–62).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = yearOf(date);
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return isoFromYmd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Compares two ISO dates (lexicographic order equals chronological order for YYYY-MM-DD). */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Latest of two ISO dates. */
export function maxIso(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** Formats an ISO date in Spanish long form, e.g. «31 de diciembre de 2027». */
export function formatSpanish(date: IsoDate): string {
  const m = Number(date.slice(5, 7));
  return `${Number(date.slice(8, 10))} de ${MONTHS_ES[m - 1] ?? ''} de ${yearOf(date)}`;
}

/** Throws `invalid_input` unless `n` is an integer ≥ 0 (day counts). */
export function assertDayCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError(
      'invalid_input',
      `${what} debe ser un número entero mayor o igual a cero.`,
      { value: n },
    );
  }
}
