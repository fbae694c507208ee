import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

type Body = Record<string, any>;

describe.each(ENGINES)(
  'Starting a revision without a registered plan on %s (issue 12)',
  (_name, open) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(open);
    });
    afterAll(() => t.close());

    it('says what to do first instead of offering a revision that dead-ends', async () => {
      const admin = await t.login(ACCOUNT['admin']!);
      const proposal = (await (
        await t.request('/api/v1/municipios/25126/procesos/propuesta', { cookie: admin })
      ).json()) as Body;
      expect(proposal.plan).toBeNull();
      const started = await t.request('/api/v1/municipios/25126/procesos', {
        method: 'POST',
        cookie: admin,
        body: JSON.stringify({ tipoRevision: 'revision_general' }),
      });
      expect(started.status).toBe(409);
      const body = (await started.json()) as Body;
      expect(body.error.codigo).toBe('requisitos_faltantes');
      expect(body.error.mensaje).toMatch(/Registre primero el plan vigente/);
    });
  },
);
