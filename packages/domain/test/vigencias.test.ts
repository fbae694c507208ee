import { describe, expect, it } from 'vitest';

import type { IsoDate } from '../src/dates.js';
import { parseIsoDate } from '../src/dates.js';
import type { VigenciaInput } from '../src/vigencias.js';
import { computeVigencias } from '../src/vigencias.js';

const d = parseIsoDate;
const asOf = d('2026-06-01');

interface Row {
  n: number;
  input: Omit<VigenciaInput, 'asOf'>;
  p0: string;
  short: string;
  medium: string;
  long: string;
  computedLong?: string;
  below?: Array<'short' | 'medium' | 'long'>;
}

// legal-rules.md §2.3, worked examples 1–9 (default algorithm).
const TABLE: Row[] = [
  {
    n: 1,
    input: { adoptionDate: d('2002-03-15') },
    p0: '2001-2003',
    short: '2007-12-31',
    medium: '2011-12-31',
    long: '2015-12-31',
  },
  {
    n: 2,
    input: { adoptionDate: d('2009-06-30') },
    p0: '2008-2011',
    short: '2015-12-31',
    medium: '2019-12-31',
    long: '2023-12-31',
  },
  {
    n: 3,
    input: { adoptionDate: d('2019-11-10') },
    p0: '2016-2019',
    short: '2023-12-31',
    medium: '2027-12-31',
    long: '2031-12-31',
  },
  {
    n: 4,
    input: { adoptionDate: d('2024-02-03') },
    p0: '2024-2027',
    short: '2031-12-31',
    medium: '2035-12-31',
    long: '2039-12-31',
  },
  {
    n: 5,
    input: { adoptionDate: d('1999-09-01'), lastGeneralRevisionDate: d('2013-05-05') },
    p0: '2012-2015',
    short: '2019-12-31',
    medium: '2023-12-31',
    long: '2027-12-31',
  },
  // 6: a MENU adopted in 2016 is not an input: it does not restart the clock.
  {
    n: 6,
    input: { adoptionDate: d('1999-09-01'), lastGeneralRevisionDate: d('2013-05-05') },
    p0: '2012-2015',
    short: '2019-12-31',
    medium: '2023-12-31',
    long: '2027-12-31',
  },
  {
    n: 7,
    input: { adoptionDate: d('1999-08-20') },
    p0: '1998-2000',
    short: '2003-12-31',
    medium: '2007-12-31',
    long: '2011-12-31',
  },
  {
    n: 8,
    input: { adoptionDate: d('2014-06-15'), declared: { longTermEnd: d('2030-12-31') } },
    p0: '2012-2015',
    short: '2019-12-31',
    medium: '2023-12-31',
    long: '2030-12-31',
    computedLong: '2027-12-31',
    below: [],
  },
  {
    n: 9,
    input: { adoptionDate: d('2014-06-15'), declared: { longTermEnd: d('2025-12-31') } },
    p0: '2012-2015',
    short: '2019-12-31',
    medium: '2023-12-31',
    long: '2027-12-31',
    computedLong: '2027-12-31',
    below: ['long'],
  },
];

describe('computeVigencias — §2.3 worked examples', () => {
  it.each(TABLE)('example $n', (row) => {
    const r = computeVigencias({ ...row.input, asOf });
    expect(`${r.adoptionPeriod.start.slice(0, 4)}-${r.adoptionPeriod.end.slice(0, 4)}`).toBe(
      row.p0,
    );
    expect([r.shortTermEnd, r.mediumTermEnd, r.longTermEnd]).toEqual([
      row.short,
      row.medium,
      row.long,
    ]);
    if (row.computedLong) expect(r.computed.longTermEnd).toBe(row.computedLong);
    expect(r.belowLegalMinimum).toEqual(row.below ?? []);
    expect(
      r.citations.some((c) => c.norm === 'Ley 388 de 1997' && c.article.startsWith('28')),
    ).toBe(true);
  });

  it('example 9 reports the declared value and flags BELOW_LEGAL_MINIMUM', () => {
    const r = computeVigencias({
      adoptionDate: d('2014-06-15'),
      declared: { longTermEnd: d('2025-12-31') },
      asOf,
    });
    expect(r.declared?.longTermEnd).toBe('2025-12-31');
    expect(r.warnings.map((w) => w.code)).toContain('BELOW_LEGAL_MINIMUM');
  });

  it('basis is the revisión general when given (R-VIG-11)', () => {
    const r = computeVigencias({
      adoptionDate: d('1999-09-01'),
      lastGeneralRevisionDate: d('2013-05-05'),
      asOf,
    });
    expect(r.basis).toBe('revision_general');
    expect(r.basisDate).toBe('2013-05-05');
    expect(computeVigencias({ adoptionDate: d('2009-06-30'), asOf }).basis).toBe('adopcion');
  });
});

describe('computeVigencias — status, formulation window, options', () => {
  it('formulationStart is the first day of the 6 months before expiry (art. 23)', () => {
    expect(computeVigencias({ adoptionDate: d('2002-03-15'), asOf }).formulationStart).toBe(
      '2015-07-01',
    );
    expect(
      computeVigencias({
        adoptionDate: d('2014-06-15'),
        declared: { longTermEnd: d('2030-08-31') },
        asOf,
      }).formulationStart,
    ).toBe('2030-03-01');
  });

  it.each([
    ['2023-12-31', 'vigente', [true, true, false]],
    ['2024-01-01', 'vencido', [true, true, true]],
    ['2019-12-31', 'vigente', [true, false, false]],
  ] as const)('plan of 2009 at %s is %s', (at, status, expired) => {
    const r = computeVigencias({ adoptionDate: d('2009-06-30'), asOf: d(at) });
    expect(r.status).toBe(status);
    expect(r.contents.map((c) => c.expired)).toEqual(expired);
    if (status === 'vencido') expect(r.statusExplanation).toContain('vencido pero sigue vigente');
  });

  it('warns inside the formulation window', () => {
    const r = computeVigencias({ adoptionDate: d('2009-06-30'), asOf: d('2023-07-01') });
    expect(r.warnings.map((w) => w.code)).toContain('FORMULATION_WINDOW_OPEN');
  });

  it('countAdoptionPeriod counts P0 (Q4 alternative) and says so', () => {
    const r = computeVigencias({
      adoptionDate: d('2024-02-03'),
      asOf,
      options: { countAdoptionPeriod: true },
    });
    expect([r.shortTermEnd, r.mediumTermEnd, r.longTermEnd]).toEqual([
      '2027-12-31',
      '2031-12-31',
      '2035-12-31',
    ]);
    expect(r.interpretation.countAdoptionPeriod).toBe(true);
    expect(r.interpretation.description).toContain('Q4');
    const def = computeVigencias({ adoptionDate: d('2024-02-03'), asOf });
    expect(def.interpretation.countAdoptionPeriod).toBe(false);
    expect(def.warnings.map((w) => w.code)).toContain('ADOPTION_AT_PERIOD_START');
  });

  it('rejects a revision before adoption and impossible dates', () => {
    expect(() =>
      computeVigencias({
        adoptionDate: d('2010-01-01'),
        lastGeneralRevisionDate: d('2009-01-01'),
        asOf,
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }) as unknown);
    expect(() => computeVigencias({ adoptionDate: '2023-02-29' as IsoDate, asOf })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }) as unknown,
    );
    expect(() => computeVigencias({ adoptionDate: d('1997-08-01'), asOf })).toThrow(
      expect.objectContaining({ code: 'date_out_of_range' }) as unknown,
    );
  });
});
