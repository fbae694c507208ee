import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createBusinessCalendar } from '../src/business-calendar.js';
import { fromDay, parseIsoDate, toDay } from '../src/dates.js';

const cal = createBusinessCalendar();
const d = parseIsoDate;
const dayArb = fc.integer({ min: toDay('1990-01-01'), max: toDay('2060-12-31') }).map(fromDay);
const nArb = fc.integer({ min: 0, max: 400 });

describe('business calendar (R-HOL-05, R-DAY-00)', () => {
  it('weekends, holidays and closures are not business days', () => {
    expect(cal.isBusinessDay(d('2024-03-01'))).toBe(true);
    expect(cal.isBusinessDay(d('2024-03-02'))).toBe(false);
    expect(cal.isBusinessDay(d('2024-03-28'))).toBe(false);
    const closed = createBusinessCalendar({ extraClosures: [d('2024-03-04')] });
    expect(closed.isBusinessDay(d('2024-03-04'))).toBe(false);
    expect(closed.holidays(2024)).toContain('2024-03-04');
    expect(cal.holidays(2024)).not.toContain('2024-03-04');
  });

  it('counts from the day after `from`', () => {
    expect(cal.addBusinessDays(d('2024-03-01'), 1)).toBe('2024-03-04');
    expect(cal.addBusinessDays(d('2024-03-01'), 0)).toBe('2024-03-01');
    expect(cal.subtractBusinessDays(d('2024-03-04'), 1)).toBe('2024-03-01');
    expect(cal.nextBusinessDayOnOrAfter(d('2024-03-28'))).toBe('2024-04-01');
  });

  it('calendar days landing on a non-business day move to the next business day (Ley 4/1913 art. 62)', () => {
    expect(cal.addCalendarDays(d('2021-09-10'), 90)).toBe('2021-12-09');
    expect(cal.addCalendarDays(d('2024-03-19'), 10)).toBe('2024-04-01');
  });

  it('rejects negative or fractional counts', () => {
    expect(() => cal.addBusinessDays(d('2024-01-01'), -1)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }) as unknown,
    );
    expect(() => cal.addCalendarDays(d('2024-01-01'), 1.5)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }) as unknown,
    );
  });

  it('property: a due date is never a non-business day', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 400 }), (from, n) => {
        expect(cal.isBusinessDay(cal.addBusinessDays(from, n))).toBe(true);
        expect(cal.isBusinessDay(cal.addCalendarDays(from, n))).toBe(true);
        expect(cal.isBusinessDay(cal.subtractBusinessDays(from, n))).toBe(true);
      }),
    );
  });

  it('property: addBusinessDays is strictly monotonic in n and monotonic in the start', () => {
    fc.assert(
      fc.property(dayArb, nArb, nArb, (from, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = cal.addBusinessDays(from, lo);
        const y = cal.addBusinessDays(from, hi);
        if (lo < hi) expect(x < y).toBe(true);
        else expect(x).toBe(y);
      }),
    );
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 30 }), nArb, (from, shift, n) => {
        const later = fromDay(toDay(from) + shift);
        expect(cal.addBusinessDays(from, n) <= cal.addBusinessDays(later, n)).toBe(true);
      }),
    );
  });

  it('property: subtract inverts add on business days', () => {
    fc.assert(
      fc.property(dayArb, nArb, (from, n) => {
        const start = cal.nextBusinessDayOnOrAfter(from);
        expect(cal.subtractBusinessDays(cal.addBusinessDays(start, n), n)).toBe(start);
      }),
    );
  });
});
