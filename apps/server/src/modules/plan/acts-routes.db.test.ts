import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

type Body = Record<string, any>;

describe.each(ENGINES)('Historia del plan (actos) on %s', (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  const post = (codigo: string, cookie: string, body: unknown) =>
    t.request(`/api/v1/municipios/${codigo}/actos-plan`, {
      method: 'POST',
      cookie,
      body: JSON.stringify(body),
    });
  const status = async (codigo: string) =>
    (await (
      await t.request(`/api/v1/municipios/${codigo}/estado-pot?fecha=2026-03-02`)
    ).json()) as Body;

  it('starts with no acts and keeps the current behaviour (planes_vigentes row)', async () => {
    const list = await t.request('/api/v1/municipios/25899/actos-plan');
    expect(list.status).toBe(200);
    expect(await list.json()).toEqual({ actos: [] });
    const body = await status('25899');
    expect(body.actos).toEqual([]);
    expect(body.judicial).toBeNull();
    expect(body.vigencias.status).toBe('vencido');
    expect((await t.request('/api/v1/municipios/99999/actos-plan')).status).toBe(404);
  });

  it('derives the plan from adopción + revisión general + modificación excepcional, and audits each act', async () => {
    const cookie = await t.login(ACCOUNT['planeacion.zipaquira']!);
    for (const acto of [
      { tipo: 'adopcion', instrumento: 'Acuerdo 012 de 2000', fecha: '2000-06-20' },
      {
        tipo: 'modificacion_excepcional',
        instrumento: 'Acuerdo 012 de 2013',
        fecha: '2013-08-28',
        emisor: 'Concejo Municipal',
        objeto: 'Modificación excepcional de norma urbanística',
      },
      {
        tipo: 'revision_general',
        instrumento: 'Acuerdo 008 de 2003',
        fecha: '2003-05-30',
        emisor: 'Concejo Municipal',
      },
    ]) {
      const response = await post('25899', cookie, acto);
      expect(response.status, JSON.stringify(acto)).toBe(201);
      expect(await response.json()).toMatchObject({ ...acto, id: expect.any(String) });
    }
    const list = (await (await t.request('/api/v1/municipios/25899/actos-plan')).json()) as Body;
    expect(list.actos.map((a: Body) => a.instrumento)).toEqual([
      'Acuerdo 012 de 2000',
      'Acuerdo 008 de 2003',
      'Acuerdo 012 de 2013',
    ]);
    const body = await status('25899');
    expect(body.actos).toHaveLength(3);
    expect(body.plan).toMatchObject({
      instrumento: 'Acuerdo 012 de 2000',
      adopcion: '2000-06-20',
      revisionGeneral: '2003-05-30',
    });
    // Counted from the 2003 revisión general (period 2001–2003), not from the 2013 modification.
    expect(body.vigencias).toMatchObject({ basis: 'revision_general', longTermEnd: '2015-12-31' });
    expect(body.judicial).toBeNull();
    const audit = (await (
      await t.request('/api/v1/municipios/25899/auditoria', { cookie })
    ).json()) as { entradas: { accion: string }[] };
    expect(audit.entradas.filter((e) => e.accion === 'plan.acto_registrar')).toHaveLength(3);
  });

  it('reports a suspension with the act that applies meanwhile, as an explicit warning', async () => {
    const cookie = await t.login(ACCOUNT['alcaldia.zipaquira']!);
    const response = await post('25899', cookie, {
      tipo: 'suspension_provisional',
      instrumento: 'Auto del Tribunal Administrativo de Cundinamarca de 10-feb-2020',
      fecha: '2020-02-10',
      actoAplicable: 'Acuerdo 012 de 2000',
    });
    expect(response.status).toBe(201);
    const body = await status('25899');
    expect(body.judicial).toMatchObject({
      kind: 'suspension_provisional',
      actoAplicable: 'Acuerdo 012 de 2000',
      warning: { code: 'PLAN_SUSPENDIDO' },
    });
    expect(body.vigencias.warnings).toContainEqual(
      expect.objectContaining({ code: 'PLAN_SUSPENDIDO' }),
    );
    // Before the suspension the plan was not affected.
    const before = (await (
      await t.request('/api/v1/municipios/25899/estado-pot?fecha=2019-01-01')
    ).json()) as Body;
    expect(before.judicial).toBeNull();
  });

  it('answers 403 to a consultant and 401 without a session', async () => {
    const cookie = await t.login(ACCOUNT['consultor.zipaquira']!);
    const acto = { tipo: 'adopcion', instrumento: 'Acuerdo 1 de 2001', fecha: '2001-01-10' };
    expect((await post('25899', cookie, acto)).status).toBe(403);
    const anonymous = await t.request('/api/v1/municipios/25899/actos-plan', {
      method: 'POST',
      body: JSON.stringify(acto),
    });
    expect(anonymous.status).toBe(401);
  });

  it('rejects bad acts with a Spanish 400 and writes nothing', async () => {
    const cookie = await t.login(ACCOUNT['planeacion.medellin']!);
    const before = await (await t.request('/api/v1/municipios/05001/actos-plan')).text();
    const beforeStatus = JSON.stringify(await status('05001'));
    for (const body of [
      { tipo: 'adopcion', instrumento: 'Acuerdo 48 de 2014', fecha: '2014-02-30' },
      { tipo: 'adopcion', instrumento: 'Acuerdo 48 de 2014', fecha: '19-12-2014' },
      { tipo: 'adopcion', instrumento: 'Acuerdo 48 de 2014', fecha: '2027-01-01' },
      { tipo: 'adopcion', instrumento: 'Acuerdo 48 de 2014', fecha: '1990-01-01' },
      { tipo: 'derogatoria', instrumento: 'Acuerdo 48 de 2014', fecha: '2014-12-19' },
      { tipo: 'adopcion', instrumento: 'x', fecha: '2014-12-19' },
      {
        tipo: 'adopcion',
        instrumento: 'Acuerdo 48 de 2014',
        fecha: '2014-12-19',
        vigenciaLargoDeclarada: '2010-12-31',
      },
      {
        tipo: 'adopcion',
        instrumento: 'Acuerdo 48 de 2014',
        fecha: '2014-12-19',
        actoAplicable: 'Acuerdo 46 de 2006',
      },
      {
        tipo: 'adopcion',
        instrumento: 'Acuerdo 48 de 2014',
        fecha: '2014-12-19',
        municipality_id: '25899',
      },
    ]) {
      const response = await post('05001', cookie, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(
        ((await response.json()) as { error: { mensaje: string } }).error.mensaje.length,
      ).toBeGreaterThan(10);
    }
    expect(await (await t.request('/api/v1/municipios/05001/actos-plan')).text()).toBe(before);
    expect(JSON.stringify(await status('05001'))).toBe(beforeStatus);
    const audit = (await (
      await t.request('/api/v1/municipios/05001/auditoria', { cookie })
    ).json()) as { entradas: { accion: string }[] };
    expect(audit.entradas.filter((e) => e.accion === 'plan.acto_registrar')).toEqual([]);
  });
});
