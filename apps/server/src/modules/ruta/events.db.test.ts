import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

const Z = '/api/v1/municipios/25899';

describe.each(ENGINES)('Procedure events in the law’s order on %s (issue 12)', (_name, open) => {
  let t: TestApp;
  let office: string;
  let procesoId: string;
  const json = async (path: string, init: Parameters<TestApp['request']>[1] = {}) => {
    const response = await t.request(path, init);
    return { status: response.status, body: await response.json() };
  };
  const record = (tipo: string, fecha: string) =>
    json(`${Z}/procesos/${procesoId}/eventos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipo, fecha }),
    });
  const view = async () => (await json(`${Z}/procesos/actual`, { cookie: office })).body;

  beforeAll(async () => {
    t = await createTestApp(open);
    office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const started = await json(`${Z}/procesos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipoRevision: 'revision_general' }),
    });
    procesoId = started.body.id;
  });
  afterAll(() => t.close());

  it('refuses an impossible order with the norm, and records a doubtful one with a warning', async () => {
    const acta = await record('acta_concertacion', '2026-01-10');
    expect(acta.status).toBe(409);
    expect(acta.body.error.codigo).toBe('requisitos_faltantes');
    expect(acta.body.error.mensaje).toMatch(/Registre primero la radicación ante la CAR/);
    expect(acta.body.error.detalles.problemas[0].citas[0].article).toBe('24 num. 1');
    expect((await view()).eventosTotal).toBe(0);

    const first = await record('radicacion_car', '2026-01-11');
    expect(first.body.advertencias[0].mensaje).toMatch(/Consejo de Gobierno/);
    expect(first.body.advertencias[0].citas[0].article).toBe('24 inciso 1');
    const annulled = await json(`${Z}/procesos/${procesoId}/eventos/${first.body.id}/anulacion`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ motivo: 'Faltaba el Consejo de Gobierno' }),
    });
    expect(annulled.status).toBe(200);
    expect((await record('consejo_gobierno', '2026-01-05')).status).toBe(201);
    const car = await record('radicacion_car', '2026-01-12');
    expect(car.status).toBe(201);
    expect(car.body.advertencias).toEqual([]);
    expect(car.body.queVence).toMatch(/autoridad ambiental/);
    const early = await record('acta_concertacion', '2026-01-05');
    expect(early.status).toBe(409);
    expect(early.body.error.mensaje).toMatch(/anterior a la del paso que la ley pone antes/);

    const ctp = await record('radicacion_ctp', '2026-01-20');
    expect(ctp.status).toBe(201);
    expect(ctp.body.advertencias.map((a: any) => a.mensaje).join()).toMatch(
      /no hay acta de concertación registrada/,
    );
    const concept = await record('concepto_ctp', '2026-01-19');
    expect(concept.status).toBe(409);
  });

  it('says what is due on each date', async () => {
    const body = await view();
    const ctp = body.eventos.find((e: any) => e.tipo === 'radicacion_ctp');
    expect(ctp.queVence).toBe('Concepto del Consejo Territorial de Planeación');
    const titles = [...body.alertas.vencidos, ...body.alertas.proximos].map((a: any) => a.titulo);
    expect(titles).toContain('Concepto del Consejo Territorial de Planeación');
  });

  it('annuls an event with a reason and corrects another, keeping both in the history', async () => {
    const before = await view();
    const ctp = before.eventos.find((e: any) => e.tipo === 'radicacion_ctp');
    const car = before.eventos.find((e: any) => e.tipo === 'radicacion_car');
    const annul = (id: string, body: unknown) =>
      json(`${Z}/procesos/${procesoId}/eventos/${id}/anulacion`, {
        method: 'POST',
        cookie: office,
        body: JSON.stringify(body),
      });
    expect((await annul(ctp.id, { motivo: 'x' })).status).toBe(400);
    const consultant = await t.login(ACCOUNT['consultor.zipaquira']!);
    const forbidden = await t.request(`${Z}/procesos/${procesoId}/eventos/${ctp.id}/anulacion`, {
      method: 'POST',
      cookie: consultant,
      body: JSON.stringify({ motivo: 'No me corresponde' }),
    });
    expect(forbidden.status).toBe(403);
    expect((await annul(ctp.id, { motivo: 'Se registró en el proceso equivocado' })).status).toBe(
      200,
    );
    expect((await annul(ctp.id, { motivo: 'Otra vez lo mismo' })).status).toBe(409);
    const corrected = await annul(car.id, {
      motivo: 'La fecha de radicación era el 13 de enero',
      correccion: { fecha: '2026-01-13' },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.corregido).toMatchObject({ tipo: 'radicacion_car', fecha: '2026-01-13' });

    const after = await view();
    expect(after.eventosTotal).toBe(5);
    const annulled = after.eventos.filter((e: any) => e.anulado);
    expect(annulled.map((e: any) => e.anulado.motivo).sort()).toEqual([
      'Faltaba el Consejo de Gobierno',
      'La fecha de radicación era el 13 de enero',
      'Se registró en el proceso equivocado',
    ]);
    expect(after.eventos.find((e: any) => e.reemplazaA).reemplazaA).toBe(car.id);
    // An annulled delivery to the CTP no longer starts a term nor counts for the next step.
    const titles = [...after.alertas.vencidos, ...after.alertas.proximos].map((a: any) => a.titulo);
    expect(titles).not.toContain('Concepto del Consejo Territorial de Planeación');
    expect((await record('concepto_ctp', '2026-02-01')).status).toBe(409);
    const audit = await json(`${Z}/auditoria?limite=20`, { cookie: office });
    expect(audit.body.entradas.map((e: any) => e.accion)).toEqual(
      expect.arrayContaining(['evento.anular', 'evento.corregir']),
    );
  });

  it('asks, by name, whether consulta previa applies, and warns while it is open', async () => {
    const codes = async () =>
      (await view()).compuerta.advertencias.map((w: any) => w.code) as string[];
    expect(await codes()).toContain('CONSULTA_PREVIA_SIN_DETERMINAR');
    const answer = (decision: string, motivo: string) =>
      json(`${Z}/procesos/${procesoId}/consulta-previa`, {
        method: 'PUT',
        cookie: office,
        body: JSON.stringify({ decision, motivo }),
      });
    expect((await answer('aplica', 'sí')).status).toBe(400);
    const applies = await answer(
      'aplica',
      'Certificación del Ministerio del Interior: resguardo en la vereda El Roble',
    );
    expect(applies.status).toBe(200);
    expect(applies.body.consultaPrevia).toMatchObject({ decision: 'aplica' });
    expect(await codes()).toContain('CONSULTA_PREVIA_ABIERTA');
    expect((await record('consulta_previa_protocolizacion', '2026-02-10')).status).toBe(201);
    const after = await codes();
    expect(after).not.toContain('CONSULTA_PREVIA_ABIERTA');
    expect(after).not.toContain('CONSULTA_PREVIA_SIN_DETERMINAR');
  });
});
