import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addMonths,
  dayNumberFromYmd,
  fromDay,
  parseIsoDate,
  toDay,
  weekdayOfDay,
} from '../src/dates.js';
import { DomainError } from '../src/errors.js';

describe('parseIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '1998-01-01', '2031-12-31'])('accepts %s', (d) => {
    expect(parseIsoDate(d)).toBe(d);
  });
  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-02-30',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '24-01-01',
    '2024-1-1',
    '',
    '2024-01-01T00:00',
  ])('rejects %s with invalid_date', (d) => {
    expect(() => parseIsoDate(d)).toThrow(DomainError);
    try {
      parseIsoDate(d);
    } catch (e) {
      expect((e as DomainError).code).toBe('invalid_date');
      expect((e as DomainError).message).toBe(
        `La fecha «${d}» no existe. Use el formato AAAA-MM-DD.`,
      );
    }
  });
});

describe('day numbers', () => {
  it('epoch and known weekdays', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(weekdayOfDay(toDay('2024-03-01'))).toBe(5);
    expect(weekdayOfDay(toDay('2021-12-09'))).toBe(4);
  });
  it('round-trips and agrees with Date.UTC for any day 1900–2300', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 120000 }), (day) => {
        const iso = fromDay(day);
        expect(toDay(iso)).toBe(day);
        expect(
          Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
            86_400_000,
        ).toBe(day);
      }),
    );
  });
  it('dayNumberFromYmd of 2000-03-01', () => {
    expect(dayNumberFromYmd({ y: 2000, m: 3, d: 1 })).toBe(11017);
  });
});

describe('addMonths', () => {
  it.each([
    ['2015-12-31', -6, '2015-06-30'],
    ['2024-08-31', -6, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-11-15', 3, '2024-02-15'],
  ] as const)('%s %+d months = %s', (from, n, expected) => {
    expect(addMonths(parseIsoDate(from), n)).toBe(expected);
  });
});
