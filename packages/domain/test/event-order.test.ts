import { describe, expect, it } from 'vitest';

import type { IsoDate } from '../src/dates.js';
import { checkEventOrder } from '../src/route/event-order.js';

describe('the law’s order of procedure events (Ley 388 arts. 24–25, Ley 507 art. 2)', () => {
  it('blocks an acta de concertación with no radicación ante la CAR, citing art. 24 num. 1', () => {
    const [problem] = checkEventOrder({
      tipo: 'acta_concertacion',
      fecha: '2026-03-01' as IsoDate,
      previous: [],
    });
    expect(problem).toMatchObject({ nivel: 'bloquea' });
    expect(problem!.citas[0]).toMatchObject({ norm: 'Ley 388 de 1997', article: '24 num. 1' });
  });

  it('blocks a step dated before the one the law puts first', () => {
    const problems = checkEventOrder({
      tipo: 'concepto_ctp',
      fecha: '2026-03-01' as IsoDate,
      previous: [{ tipo: 'radicacion_ctp', fecha: '2026-03-05' }],
    });
    expect(problems.map((p) => p.nivel)).toEqual(['bloquea']);
  });

  it('warns, without blocking, of a Concejo decision with no cabildo abierto', () => {
    const problems = checkEventOrder({
      tipo: 'decision_concejo',
      fecha: '2026-06-01' as IsoDate,
      previous: [{ tipo: 'radicacion_concejo', fecha: '2026-04-01' }],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ nivel: 'advierte' });
    expect(problems[0]!.citas[0]!.norm).toBe('Ley 507 de 1999');
  });

  it('has nothing to say about the full order', () => {
    const previous = [
      { tipo: 'radicacion_car', fecha: '2026-01-10' },
      { tipo: 'acta_concertacion', fecha: '2026-02-20' },
      { tipo: 'radicacion_ctp', fecha: '2026-02-25' },
      { tipo: 'concepto_ctp', fecha: '2026-03-30' },
      { tipo: 'radicacion_concejo', fecha: '2026-04-10' },
      { tipo: 'cabildo_abierto', fecha: '2026-05-02' },
    ];
    expect(
      checkEventOrder({ tipo: 'decision_concejo', fecha: '2026-06-01' as IsoDate, previous }),
    ).toEqual([]);
  });
});
