import { describe, expect, it } from 'vitest';

import { parseIsoDate } from '../src/dates.js';
import type { RevisionFacts } from '../src/revision-types.js';
import { assessRevisionTypes, proposeRevisionType } from '../src/revision-types.js';
import { computeVigencias } from '../src/vigencias.js';

const d = parseIsoDate;

function assess(adoption: string, asOf: string, facts?: RevisionFacts) {
  const vigencias = computeVigencias({ adoptionDate: d(adoption), asOf: d(asOf) });
  return assessRevisionTypes({ vigencias, asOf: d(asOf), ...(facts ? { facts } : {}) });
}
const openOf = (a: ReturnType<typeof assess>) => a.filter((x) => x.open).map((x) => x.type);

describe('assessRevisionTypes (R-REV-A..D)', () => {
  it.each([
    // plan 2009: short 2015, medium 2019, long 2023 (formulation from 2023-07-01)
    ['2009-06-30', '2012-02-01', ['modificacion_excepcional'], 'modificacion_excepcional'],
    [
      '2009-06-30',
      '2016-02-01',
      ['revision_corto_plazo', 'modificacion_excepcional'],
      'revision_corto_plazo',
    ],
    [
      '2009-06-30',
      '2020-02-01',
      ['revision_mediano_plazo', 'revision_corto_plazo', 'modificacion_excepcional'],
      'revision_mediano_plazo',
    ],
    [
      '2009-06-30',
      '2023-08-01',
      [
        'revision_general',
        'revision_mediano_plazo',
        'revision_corto_plazo',
        'modificacion_excepcional',
      ],
      'revision_general',
    ],
    [
      '2009-06-30',
      '2024-02-01',
      [
        'revision_general',
        'revision_mediano_plazo',
        'revision_corto_plazo',
        'modificacion_excepcional',
      ],
      'revision_general',
    ],
  ] as const)('plan %s at %s', (adoption, asOf, open, proposed) => {
    const a = assess(adoption, asOf);
    expect(openOf(a)).toEqual(open);
    expect(proposeRevisionType(a)).toBe(proposed);
    for (const x of a) expect(x.citations.length).toBeGreaterThan(0);
  });

  it('exceptional revision opens with disaster or detailed studies and beats MENU', () => {
    for (const facts of [
      { disasterDeclared: true },
      { detailedRiskStudies: true },
      { excepcionalInteresPublico: true },
    ]) {
      const a = assess('2019-11-10', '2021-03-01', facts);
      expect(openOf(a)).toContain('revision_excepcional');
      expect(proposeRevisionType(a)).toBe('revision_excepcional');
    }
    const only = assess('2019-11-10', '2021-03-01', { excepcionalInteresPublico: true }).find(
      (x) => x.type === 'revision_excepcional',
    );
    expect(only?.warnings.map((w) => w.code)).toEqual(['EXCEPTIONAL_GROUND_UNLISTED']);
  });

  it('warns (does not block) when not at the start of a period (R-VIG-09, Q6) and without basic risk studies', () => {
    const late = assess('2009-06-30', '2025-06-01').find((x) => x.type === 'revision_general');
    expect(late?.open).toBe(true);
    expect(late?.warnings.map((w) => w.code)).toEqual([
      'REVISION_NOT_AT_PERIOD_START',
      'BASIC_RISK_STUDIES_REQUIRED',
    ]);
    const early = assess('2009-06-30', '2024-02-01', { basicRiskStudies: true }).find(
      (x) => x.type === 'revision_general',
    );
    expect(early?.warnings).toEqual([]);
    const shortRev = assess('2009-06-30', '2016-02-01').find(
      (x) => x.type === 'revision_corto_plazo',
    );
    expect(shortRev?.warnings.map((w) => w.code)).toEqual([]);
  });

  it('MENU is always open and warns about express denial', () => {
    const menu = assess('2019-11-10', '2020-01-01').find(
      (x) => x.type === 'modificacion_excepcional',
    );
    expect(menu?.open).toBe(true);
    expect(menu?.warnings.map((w) => w.code)).toEqual(['MENU_DENIAL_BLOCKS_DECREE']);
  });

  it('proposeRevisionType of nothing open is undefined', () => {
    expect(proposeRevisionType([])).toBeUndefined();
  });
});
