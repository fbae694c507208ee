import { describe, expect, it } from 'vitest';

import { parseIsoDate } from '../src/dates.js';
import { constitutionalPeriodContaining, constitutionalPeriodsBetween } from '../src/periods.js';

const d = parseIsoDate;

describe('constitutional periods (R-VIG-10)', () => {
  it.each([
    ['1998-01-01', '1998-01-01', '2000-12-31', 3, 0],
    ['2000-12-31', '1998-01-01', '2000-12-31', 3, 0],
    ['2002-03-15', '2001-01-01', '2003-12-31', 3, 1],
    ['2004-01-01', '2004-01-01', '2007-12-31', 4, 2],
    ['2013-05-05', '2012-01-01', '2015-12-31', 4, 4],
    ['2023-08-18', '2020-01-01', '2023-12-31', 4, 6],
    ['2024-02-03', '2024-01-01', '2027-12-31', 4, 7],
    ['2039-12-31', '2036-01-01', '2039-12-31', 4, 10],
  ] as const)('%s is in %s–%s', (date, start, end, years, index) => {
    expect(constitutionalPeriodContaining(d(date))).toEqual({ start, end, years, index });
  });

  it('throws date_out_of_range before 1998', () => {
    expect(() => constitutionalPeriodContaining(d('1997-12-31'))).toThrow(
      expect.objectContaining({ code: 'date_out_of_range' }) as unknown,
    );
  });

  it('lists periods between two dates', () => {
    const ps = constitutionalPeriodsBetween(d('1999-05-01'), d('2012-01-01'));
    expect(ps.map((p) => `${p.start.slice(0, 4)}-${p.end.slice(0, 4)}`)).toEqual([
      '1998-2000',
      '2001-2003',
      '2004-2007',
      '2008-2011',
      '2012-2015',
    ]);
    expect(() => constitutionalPeriodsBetween(d('2012-01-01'), d('2011-01-01'))).toThrow(
      expect.objectContaining({ code: 'invalid_input' }) as unknown,
    );
  });
});
