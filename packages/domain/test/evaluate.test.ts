import { describe, expect, it } from 'vitest';

import { createBusinessCalendar } from '../src/business-calendar.js';
import { fromDay, parseIsoDate, toDay } from '../src/dates.js';
import { evaluateMunicipality } from '../src/evaluate.js';

const d = parseIsoDate;

describe('evaluateMunicipality', () => {
  it('summarises a municipality', () => {
    const calendar = createBusinessCalendar();
    const r = evaluateMunicipality({
      adoptionDate: d('2009-06-30'),
      population: 45_000,
      asOf: d('2026-03-01'),
      calendar,
    });
    expect(r.planType).toBe('PBOT');
    expect(r.vigencias).toMatchObject({ longTermEnd: '2023-12-31', status: 'vencido' });
    expect(r.proposed).toBe('revision_general');
    expect(r.revisionTypes).toContain('modificacion_excepcional');
    expect(r.nextDeadlines).toMatchObject({ termEnd: '2027-12-31' });
    expect(r.warningCodes).toContain('BASIC_RISK_STUDIES_REQUIRED');
    expect(r.errors).toEqual([]);
  });

  it('reports bad fields without throwing', () => {
    const calendar = createBusinessCalendar();
    const r = evaluateMunicipality({
      adoptionDate: '2023-02-29' as never,
      population: -3,
      asOf: d('2026-03-01'),
      calendar,
    });
    expect(r.errors.map((e) => e.code)).toEqual(['invalid_population', 'invalid_date']);
    expect(evaluateMunicipality({ asOf: d('2026-03-01'), calendar })).toEqual({
      warningCodes: [],
      errors: [],
    });
  });

  it('evaluates 1,122 municipalities with one shared calendar without errors', () => {
    const calendar = createBusinessCalendar();
    const base = toDay('1998-03-01');
    const inputs = Array.from({ length: 1122 }, (_, i) => ({
      adoptionDate: fromDay(base + ((i * 97) % 9000)),
      population: (i * 7919) % 400_000,
      asOf: d('2026-03-01'),
      calendar,
    }));
    const out = inputs.map(evaluateMunicipality);
    // Speed is measured in bench/ (npm run bench -- evaluacion), never asserted in a unit test.
    expect(out).toHaveLength(1122);
    expect(out.every((o) => o.errors.length === 0 && o.vigencias !== undefined)).toBe(true);
  });
});
