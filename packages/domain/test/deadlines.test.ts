import { describe, expect, it } from 'vitest';

import { createBusinessCalendar } from '../src/business-calendar.js';
import { deadlineChain, lastUsefulDateInTerm } from '../src/chain.js';
import { parseIsoDate } from '../src/dates.js';
import { computeDeadline } from '../src/deadlines.js';
import { PROCEDURES } from '../src/procedures.js';

const calendar = createBusinessCalendar();
const d = parseIsoDate;

describe('computeDeadline — legal-rules.md §5 worked examples', () => {
  it.each([
    ['concepto-ctp', '2024-03-01', '2024-04-17', 30, 'habiles'],
    ['concertacion-car', '2025-11-04', '2026-01-13', 45, 'habiles'],
    ['arbitraje-mads', '2026-01-13', '2026-02-24', 30, 'habiles'],
    ['peticion-entre-autoridades', '2025-12-19', '2026-01-06', 10, 'habiles'],
    ['peticion-general', '2026-03-13', '2026-04-08', 15, 'habiles'],
    ['consulta', '2026-03-27', '2026-05-13', 30, 'habiles'],
    ['decision-concejo', '2021-09-10', '2021-12-09', 90, 'calendario'],
  ] as const)('%s from %s → %s', (procedure, from, dueOn, days, dayKind) => {
    const r = computeDeadline({ procedure, from: d(from), calendar });
    expect(r).toMatchObject({ procedure, from, dueOn, days, dayKind });
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.explanation).toContain('vence');
  });

  it('startsCounting is the day after (next business day for hábiles)', () => {
    expect(
      computeDeadline({ procedure: 'concepto-ctp', from: d('2024-03-01'), calendar })
        .startsCounting,
    ).toBe('2024-03-04');
    expect(
      computeDeadline({ procedure: 'decision-concejo', from: d('2021-09-10'), calendar })
        .startsCounting,
    ).toBe('2021-09-11');
  });

  it('calendar terms ending on a non-business day move to the next business day', () => {
    const r = computeDeadline({ procedure: 'decision-concejo', from: d('2021-09-11'), calendar });
    expect(r.dueOn).toBe('2021-12-10');
    const s = computeDeadline({ procedure: 'decision-concejo', from: d('2021-09-12'), calendar });
    expect(s.dueOn).toBe('2021-12-13');
    expect(s.explanation).toContain('siguiente día hábil');
  });

  it('CAR: 30 days for procedures started before Ley 2079 (2021-01-14), 45 after', () => {
    const old = computeDeadline({ procedure: 'concertacion-car', from: d('2020-10-01'), calendar });
    expect(old.days).toBe(30);
    expect(old.warnings.map((w) => w.code)).toContain('CAR_TERM_BEFORE_LEY_2079');
    const resumed = computeDeadline({
      procedure: 'concertacion-car',
      from: d('2021-03-01'),
      calendar,
      options: { procedureStartedOn: d('2020-12-01') },
    });
    expect(resumed.days).toBe(30);
    expect(
      computeDeadline({ procedure: 'concertacion-car', from: d('2021-01-14'), calendar }).days,
    ).toBe(45);
  });

  it('petition extension doubles the term (art. 14 par.) and is ignored elsewhere', () => {
    const r = computeDeadline({
      procedure: 'peticion-general',
      from: d('2026-03-13'),
      calendar,
      options: { extended: true },
    });
    expect(r.days).toBe(30);
    expect(r.warnings.map((w) => w.code)).toEqual(['EXTENDED_TERM']);
    const c = computeDeadline({
      procedure: 'concepto-ctp',
      from: d('2024-03-01'),
      calendar,
      options: { extended: true },
    });
    expect(c.days).toBe(30);
    expect(c.warnings.map((w) => w.code)).toEqual(['EXTENSION_NOT_APPLICABLE']);
  });

  it('first adoption (60 días) carries the Q10 warning', () => {
    const r = computeDeadline({
      procedure: 'adopcion-primera-vez',
      from: d('2024-03-01'),
      calendar,
    });
    expect(r.days).toBe(60);
    expect(r.warnings.map((w) => w.code)).toEqual(['FIRST_ADOPTION_DAYS_UNSETTLED']);
  });

  it('every procedure computes', () => {
    for (const p of PROCEDURES) {
      const r = computeDeadline({ procedure: p.id, from: d('2025-06-15'), calendar });
      expect(calendar.isBusinessDay(r.dueOn)).toBe(true);
      expect(r.dayKindReason.length).toBeGreaterThan(10);
    }
  });

  it('unknown procedure and bad dates throw', () => {
    expect(() => computeDeadline({ procedure: 'x', from: d('2024-01-01'), calendar })).toThrow(
      expect.objectContaining({
        code: 'unknown_procedure',
        message: expect.stringContaining(
          'Trámite desconocido: «x». Trámites válidos: concertacion-car',
        ) as unknown,
      }) as unknown,
    );
    expect(() =>
      computeDeadline({ procedure: 'consulta', from: '2023-02-29' as never, calendar }),
    ).toThrow(expect.objectContaining({ code: 'invalid_date' }) as unknown);
  });
});

describe('deadlineChain', () => {
  it('forward: CAR → CTP → Concejo → decision', () => {
    const steps = deadlineChain({ from: d('2025-11-04'), direction: 'forward', calendar });
    expect(steps.map((s) => [s.step, s.startsOn, s.dueOn])).toEqual([
      ['concertacion-car', '2025-11-04', '2026-01-13'],
      ['concepto-ctp', '2026-01-13', calendar.addBusinessDays(d('2026-01-13'), 30)],
      ['presentacion-concejo', calendar.addBusinessDays(d('2026-01-13'), 30), steps[2]?.dueOn],
      ['decision-concejo', steps[2]?.dueOn, steps[3]?.dueOn],
    ]);
    expect(steps[3]?.dayKind).toBe('calendario');
  });

  it('forward from a later step', () => {
    const steps = deadlineChain({
      from: d('2021-09-10'),
      direction: 'forward',
      calendar,
      start: 'decision-concejo',
    });
    expect(steps).toHaveLength(1);
    expect(steps[0]?.dueOn).toBe('2021-12-09');
  });

  it('backward: latest starts so that the Concejo term ends by the target, and forward reproduces it', () => {
    const back = deadlineChain({
      from: d('2023-12-28'),
      direction: 'backward',
      calendar,
      target: 'decision-concejo',
    });
    expect(back.map((s) => s.step)).toEqual([
      'concertacion-car',
      'concepto-ctp',
      'presentacion-concejo',
      'decision-concejo',
    ]);
    expect(back[3]).toMatchObject({ startsOn: '2023-09-29', dueOn: '2023-12-28' });
    const fwd = deadlineChain({
      from: back[0]?.startsOn ?? d('2000-01-01'),
      direction: 'forward',
      calendar,
    });
    expect(fwd.map((s) => s.dueOn)).toEqual(back.map((s) => s.dueOn));
  });

  it('backward from a non-business target uses the previous business day', () => {
    const back = deadlineChain({ from: d('2023-12-31'), direction: 'backward', calendar });
    expect(back[3]?.dueOn).toBe('2023-12-29');
  });
});

describe('lastUsefulDateInTerm', () => {
  it('2020–2023 term: prudent ≈ 18-Aug-2023 (GRAPOT), literal 29-Sep-2023', () => {
    const r = lastUsefulDateInTerm({ asOf: d('2023-03-01'), calendar });
    expect(r.termEnd).toBe('2023-12-31');
    expect(r.lastAdoptionDay).toBe('2023-12-29');
    expect(r.latestPresentationToConcejo).toBe('2023-08-16');
    expect(r.latestPresentationCalendarReading).toBe('2023-09-29');
    expect(
      computeDeadline({
        procedure: 'decision-concejo',
        from: r.latestPresentationCalendarReading,
        calendar,
      }).dueOn < r.lastAdoptionDay,
    ).toBe(true);
    expect(r.explanation).toContain('Supuestos');
    expect(r.citations[0]?.norm).toBe('Ley 810 de 2003');
  });
  it('2024–2027 term', () => {
    const r = lastUsefulDateInTerm({ asOf: d('2026-06-01'), calendar });
    expect(r.termEnd).toBe('2027-12-31');
    expect(r.lastAdoptionDay).toBe('2027-12-31');
  });
});
