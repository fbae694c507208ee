import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { DEMO_MUNICIPALITIES } from '../../demo/demo-data';

type Body = Record<string, any>;

describe.each(ENGINES)('Municipality search on %s', (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('shows each municipality its own latest population (plan type depends on it)', async () => {
    const body = (await (await t.request('/api/v1/municipios?limite=50')).json()) as Body;
    const populations = new Set<number>();
    for (const m of DEMO_MUNICIPALITIES) {
      const row = body.municipios.find((r: Body) => r.codigo === m.codigo);
      expect(row.poblacion, m.nombre).toBe(m.poblacion);
      populations.add(row.poblacion as number);
    }
    expect(populations.size).toBe(DEMO_MUNICIPALITIES.length);
    const zipa = (await (await t.request('/api/v1/municipios?q=zipaquira')).json()) as Body;
    expect(zipa.municipios).toEqual([
      expect.objectContaining({ codigo: '25899', poblacion: 160_629, anioPoblacion: 2024 }),
    ]);
  });
});
