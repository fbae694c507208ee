import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

describe.each(ENGINES)('Estado del POT and plan vigente on %s', (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('shows the public status of Medellín without a session, every statement with its source', async () => {
    const response = await t.request('/api/v1/municipios/05001/estado-pot?fecha=2026-03-02');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, any>;
    expect(body.tipoPlan.planType).toBe('POT');
    // Acuerdo 48 de 19-Dec-2014 falls in 2012–2015: long term ends 31-Dec-2027 (legal-rules §2.3).
    expect(body.vigencias).toMatchObject({
      shortTermEnd: '2019-12-31',
      mediumTermEnd: '2023-12-31',
      longTermEnd: '2027-12-31',
      status: 'vigente',
    });
    expect(body.vigencias.citations).toContainEqual(
      expect.objectContaining({ norm: 'Ley 388 de 1997', article: expect.stringContaining('28') }),
    );
    expect(body.tiposRevision.length).toBeGreaterThanOrEqual(4);
    for (const t of body.tiposRevision) expect(t.citations.length).toBeGreaterThan(0);
    expect(body.plazos.map((p: { step: string }) => p.step)).toEqual([
      'concertacion-car',
      'concepto-ctp',
      'presentacion-concejo',
      'decision-concejo',
    ]);
    expect(body.ultimaFechaUtil.termEnd).toBe('2027-12-31');
  });

  it('reports an expired plan as still in force until a new one is adopted (art. 28 num. 4)', async () => {
    const body = (await (
      await t.request('/api/v1/municipios/25899/estado-pot?fecha=2026-03-02')
    ).json()) as Record<string, any>;
    expect(body.vigencias.status).toBe('vencido');
    expect(body.vigencias.statusExplanation).toMatch(/28/);
    expect(body.propuesta).toBe('revision_general');
  });

  it('answers 404 for a municipality that does not exist, and a Spanish 400 for an impossible date', async () => {
    expect((await t.request('/api/v1/municipios/99999/estado-pot')).status).toBe(404);
    const bad = await t.request('/api/v1/municipios/05001/estado-pot?fecha=2025-02-30');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { mensaje: string } }).error.mensaje).toMatch(
      /no existe/,
    );
  });

  it('lets the planning office record the plan, audits it, and refuses a stale version with 409', async () => {
    const cookie = await t.login(ACCOUNT['planeacion.santarosa']!);
    const first = await t.request('/api/v1/municipios/66682/plan-vigente', {
      method: 'PUT',
      cookie,
      body: JSON.stringify({ instrumento: 'Acuerdo 28 de 2000', adopcion: '2000-08-20' }),
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ version: 1 });
    const second = await t.request('/api/v1/municipios/66682/plan-vigente', {
      method: 'PUT',
      cookie,
      body: JSON.stringify({
        instrumento: 'Acuerdo 28 de 2000',
        adopcion: '2000-08-20',
        revisionGeneral: '2013-05-05',
        version: 1,
      }),
    });
    expect(second.status).toBe(200);
    const stale = await t.request('/api/v1/municipios/66682/plan-vigente', {
      method: 'PUT',
      cookie,
      body: JSON.stringify({ instrumento: 'Otro', adopcion: '2000-08-20', version: 1 }),
    });
    expect(stale.status).toBe(409);
    const status = (await (
      await t.request('/api/v1/municipios/66682/estado-pot?fecha=2026-03-02')
    ).json()) as Record<string, any>;
    expect(status.plan).toMatchObject({
      instrumento: 'Acuerdo 28 de 2000',
      revisionGeneral: '2013-05-05',
      version: 2,
    });
    // Revisión general in 2013 restarts the clock: long term to 31-Dec-2027 (legal-rules §2.3 ex. 5).
    expect(status.vigencias.longTermEnd).toBe('2027-12-31');
    const audit = (await (
      await t.request('/api/v1/municipios/66682/auditoria', { cookie })
    ).json()) as { entradas: { accion: string }[] };
    expect(audit.entradas.map((e) => e.accion)).toEqual([
      'plan_vigente.actualizar',
      'plan_vigente.registrar',
    ]);
  });

  it('rejects bad plan input with a clear Spanish error and changes nothing', async () => {
    const cookie = await t.login(ACCOUNT['planeacion.medellin']!);
    const before = await (
      await t.request('/api/v1/municipios/05001/estado-pot?fecha=2026-03-02')
    ).text();
    for (const body of [
      { instrumento: 'Acuerdo 48 de 2014', adopcion: '2014-13-40' },
      { instrumento: 'Acuerdo 48 de 2014', adopcion: '2014-12-19', revisionGeneral: '2010-01-01' },
      { instrumento: 'x', adopcion: '2014-12-19' },
      { instrumento: 'Acuerdo 48 de 2014', adopcion: '2014-12-19', municipality_id: '25899' },
    ]) {
      const response = await t.request('/api/v1/municipios/05001/plan-vigente', {
        method: 'PUT',
        cookie,
        body: JSON.stringify(body),
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(
        ((await response.json()) as { error: { mensaje: string } }).error.mensaje.length,
      ).toBeGreaterThan(10);
    }
    expect(
      await (await t.request('/api/v1/municipios/05001/estado-pot?fecha=2026-03-02')).text(),
    ).toBe(before);
  });
});
