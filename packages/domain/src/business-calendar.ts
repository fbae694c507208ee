import type { IsoDate } from './dates.js';
import { assertDayCount, fromDay, toDay, ymdFromDayNumber } from './dates.js';
import { holidayDayNumbers } from './holidays.js';

/**
 * Business-day calendar for legal terms (R-HOL-05): Monday–Friday that is not a national
 * holiday nor an extra closure. Saturdays are not business days for public administration.
 */
export interface BusinessCalendar {
  /** True if `d` is a business day (día hábil). */
  isBusinessDay(d: IsoDate): boolean;
  /** Holiday dates of `year` (national holidays plus extra closures in that year), sorted. */
  holidays(year: number): IsoDate[];
  /** The n-th business day after `from` (counting starts the day after `from`); n = 0 → `from`. */
  addBusinessDays(from: IsoDate, n: number): IsoDate;
  /** `d` if it is a business day, otherwise the next business day. */
  nextBusinessDayOnOrAfter(d: IsoDate): IsoDate;
  /** `from` + n calendar days, moved to the next business day if non-business (Ley 4 de 1913 art. 62). */
  addCalendarDays(from: IsoDate, n: number): IsoDate;
  /** The n-th business day before `to` (for backward chains); n = 0 → `to`. */
  subtractBusinessDays(to: IsoDate, n: number): IsoDate;
}

/** Options of {@link createBusinessCalendar}. */
export interface BusinessCalendarOptions {
  /** Extra non-business days (term suspensions, closures declared by the authority). */
  extraClosures?: IsoDate[];
}

/**
 * Creates a business calendar. National holidays are computed once per year and cached inside
 * the instance (the bulk evaluation of 1,122 municipalities reuses one calendar).
 */
export function createBusinessCalendar(options?: BusinessCalendarOptions): BusinessCalendar {
  const closures = new Set<number>((options?.extraClosures ?? []).map((d) => toDay(d)));
  const cache = new Map<number, Set<number>>();

  const holidaySet = (year: number): Set<number> => {
    let set = cache.get(year);
    if (set === undefined) {
      set = new Set(holidayDayNumbers(year));
      cache.set(year, set);
    }
    return set;
  };

  const memo = new Map<number, boolean>();
  const isBusinessDayNumber = (day: number): boolean => {
    const known = memo.get(day);
    if (known !== undefined) return known;
    const wd = (((day + 4) % 7) + 7) % 7;
    const result =
      wd !== 0 && wd !== 6 && !closures.has(day) && !holidaySet(ymdFromDayNumber(day).y).has(day);
    memo.set(day, result);
    return result;
  };

  const stepBusiness = (start: number, n: number, dir: 1 | -1): number => {
    let day = start;
    let left = n;
    while (left > 0) {
      day += dir;
      if (isBusinessDayNumber(day)) left -= 1;
    }
    return day;
  };

  const nextOnOrAfter = (day: number): number => {
    let d = day;
    while (!isBusinessDayNumber(d)) d += 1;
    return d;
  };

  return {
    isBusinessDay: (d) => isBusinessDayNumber(toDay(d)),
    holidays: (year) => {
      const days = [...holidaySet(year)];
      for (const c of closures)
        if (ymdFromDayNumber(c).y === year && !days.includes(c)) days.push(c);
      return days.sort((a, b) => a - b).map(fromDay);
    },
    addBusinessDays: (from, n) => {
      assertDayCount(n, 'El número de días hábiles');
      return fromDay(stepBusiness(toDay(from), n, 1));
    },
    subtractBusinessDays: (to, n) => {
      assertDayCount(n, 'El número de días hábiles');
      return fromDay(stepBusiness(toDay(to), n, -1));
    },
    nextBusinessDayOnOrAfter: (d) => fromDay(nextOnOrAfter(toDay(d))),
    addCalendarDays: (from, n) => {
      assertDayCount(n, 'El número de días calendario');
      return fromDay(nextOnOrAfter(toDay(from) + n));
    },
  };
}
