import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { demoParticipacion } from '../../demo/demo-participacion';

describe.each(ENGINES)('public participation read on %s', (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
    await demoParticipacion.run(t.deps);
  });
  afterAll(() => t.close());

  it('shows the calendar and the pseudonymised matrix without signing in', async () => {
    const res = await t.request('/api/v1/publico/25899/participacion');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { eventos: unknown[]; matriz: string[][] };
    expect(body.eventos).toHaveLength(6);
    expect(body.matriz[0]?.[0]).toMatch(/^A-\d{6}$/);
    expect(JSON.stringify(body)).not.toMatch(/@|autor|correo|contacto/);
  });

  it('answers 404 for a municipality outside the catalogue', async () => {
    expect((await t.request('/api/v1/publico/99999/participacion')).status).toBe(404);
  });
});
