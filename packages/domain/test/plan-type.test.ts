import { describe, expect, it } from 'vitest';

import { determinePlanType } from '../src/plan-type.js';

const src = { populationSource: 'DANE proyección 2025, CNPV 2018', populationYear: 2025 };

describe('determinePlanType (R-TYPE-01/02)', () => {
  it.each([
    [0, 'EOT'],
    [12_000, 'EOT'],
    [29_999, 'EOT'],
    [30_000, 'PBOT'],
    [65_000, 'PBOT'],
    [100_000, 'PBOT'],
    [100_001, 'POT'],
    [8_000_000, 'POT'],
  ] as const)('%d inhabitants → %s', (population, planType) => {
    const r = determinePlanType({ population, ...src });
    expect(r.planType).toBe(planType);
    expect(r.citations[0]).toMatchObject({
      norm: 'Ley 388 de 1997',
      article: '9',
      confidence: 'V',
    });
    expect(r.explanation).toContain('artículo 9');
  });

  it.each([28_500, 31_500, 95_000, 105_000])(
    'warns NEAR_THRESHOLD at %d (±5 %%, R-TYPE-03)',
    (population) => {
      expect(determinePlanType({ population, ...src }).warnings.map((w) => w.code)).toEqual([
        'NEAR_THRESHOLD',
      ]);
    },
  );
  it.each([28_499, 31_501, 94_999, 105_001])('no threshold warning at %d', (population) => {
    expect(determinePlanType({ population, ...src }).warnings).toEqual([]);
  });

  it('warns for distritos under 100,000 (Q2)', () => {
    const r = determinePlanType({ population: 60_000, isDistrito: true, ...src });
    expect(r.warnings.map((w) => w.code)).toEqual(['DISTRITO_BELOW_100000']);
    expect(determinePlanType({ population: 600_000, isDistrito: true, ...src }).warnings).toEqual(
      [],
    );
  });

  it('warns when source or year is missing (Q1) and keeps provenance', () => {
    expect(determinePlanType({ population: 50_000 }).warnings.map((w) => w.code)).toEqual([
      'POPULATION_SOURCE_MISSING',
    ]);
    expect(
      determinePlanType({ population: 50_000, populationSource: 'DANE' }).warnings.map(
        (w) => w.code,
      ),
    ).toEqual(['POPULATION_SOURCE_MISSING']);
    const r = determinePlanType({ population: 50_000, ...src });
    expect(r.populationSource).toBe(src.populationSource);
    expect(r.populationYear).toBe(2025);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '5000' as unknown as number])(
    'rejects population %s',
    (population) => {
      expect(() => determinePlanType({ population })).toThrow(
        expect.objectContaining({
          code: 'invalid_population',
          message: 'La población debe ser un número entero mayor o igual a cero.',
        }) as unknown,
      );
    },
  );
});
