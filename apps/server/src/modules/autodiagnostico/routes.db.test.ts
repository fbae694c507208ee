import { auditoria, autodiagnosticos } from '@ruta-pot/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

const PATH = '/api/v1/municipios/25899/autodiagnostico';
type Body = Record<string, any>;

describe.each(ENGINES)('Autodiagnóstico on %s', (_name, open) => {
  let t: TestApp;
  let planeacion: string;
  /** Rows written so far, read with the municipality's context (RLS applies). */
  const count = async () =>
    (
      await t.engine.db.withContext({ municipio: '25899' }, (tx) =>
        tx.select().from(autodiagnosticos),
      )
    ).length;
  const audits = async () =>
    (
      await t.engine.db.withContext({ municipio: '25899' }, (tx) =>
        tx.select().from(auditoria).where(eq(auditoria.accion, 'autodiagnostico.registrar')),
      )
    ).length;

  beforeAll(async () => {
    t = await createTestApp(open);
    planeacion = await t.login(ACCOUNT['planeacion.zipaquira']!);
  });
  afterAll(() => t.close());

  it('publishes the questionnaire without a session, grouped by stage with citations', async () => {
    const response = await t.request('/api/v1/autodiagnostico/preguntas');
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    expect(body.etapas).toHaveLength(9);
    for (const etapa of body.etapas) expect(etapa.preguntas.length).toBeGreaterThanOrEqual(3);
    const expediente = body.etapas
      .flatMap((e: Body) => e.preguntas as Body[])
      .find((p: Body) => p.id === 'decision-expediente-conformado');
    expect(expediente.citas).toContainEqual(expect.objectContaining({ article: '112' }));
  });

  it('shows an empty state before any answer', async () => {
    const body = (await (await t.request(PATH, { cookie: planeacion })).json()) as Body;
    expect(body).toMatchObject({ ultimo: null, historial: [] });
    expect(body.evaluacion.risks).toEqual([]);
  });

  it('keeps every submission: two posts give a history of two, the latest evaluation wins', async () => {
    const first = await t.request(PATH, {
      method: 'POST',
      cookie: planeacion,
      body: JSON.stringify({
        respuestas: { 'decision-expediente-conformado': 'no', 'contexto-vigencia-conocida': 'no' },
      }),
    });
    expect(first.status).toBe(200);
    expect(((await first.json()) as Body).evaluacion.counts).toMatchObject({ alta: 2, total: 2 });
    const second = await t.request(PATH, {
      method: 'POST',
      cookie: planeacion,
      body: JSON.stringify({
        respuestas: {
          'decision-expediente-conformado': 'parcial',
          'contexto-vigencia-conocida': 'si',
        },
      }),
    });
    expect(second.status).toBe(200);

    const consultor = await t.login(ACCOUNT['consultor.zipaquira']!);
    const body = (await (await t.request(PATH, { cookie: consultor })).json()) as Body;
    expect(body.historial).toHaveLength(2);
    expect(body.historial[0].resumen).toMatchObject({ media: 1, total: 1, respondidas: 2 });
    expect(body.historial[1].resumen).toMatchObject({ alta: 2, total: 2 });
    expect(body.historial[0].respondidoPor).toEqual(expect.any(String));
    expect(body.ultimo.respuestas).toEqual({
      'decision-expediente-conformado': 'parcial',
      'contexto-vigencia-conocida': 'si',
    });
    expect(body.evaluacion.risks).toHaveLength(1);
    expect(body.evaluacion.risks[0]).toMatchObject({
      questionId: 'decision-expediente-conformado',
      kind: 'parcial',
      severity: 'media',
      stage: 'decision',
    });
    expect(body.evaluacion.risks[0].citations).toContainEqual(
      expect.objectContaining({ norm: 'Ley 388 de 1997', article: '112' }),
    );
    expect(await audits()).toBe(2);
    expect(await count()).toBe(2);
  });

  it('forbids the consultant to answer (403) and hides other municipalities (404)', async () => {
    const consultor = await t.login(ACCOUNT['consultor.zipaquira']!);
    const post = await t.request(PATH, {
      method: 'POST',
      cookie: consultor,
      body: JSON.stringify({ respuestas: { 'decision-expediente-conformado': 'si' } }),
    });
    expect(post.status).toBe(403);
    for (const codigo of ['66682', '99999']) {
      const url = `/api/v1/municipios/${codigo}/autodiagnostico`;
      expect((await t.request(url, { cookie: planeacion })).status).toBe(404);
      const write = await t.request(url, {
        method: 'POST',
        cookie: planeacion,
        body: JSON.stringify({ respuestas: { 'decision-expediente-conformado': 'si' } }),
      });
      expect(write.status).toBe(404);
    }
    expect((await t.request(PATH)).status).toBe(401);
    expect(await count()).toBe(2);
  });

  it.each([
    [{ respuestas: { 'pregunta-inventada': 'si' } }, /no existen/],
    [{ respuestas: { 'decision-expediente-conformado': 'tal vez' } }, /si, no, parcial o no_sabe/],
    [{ respuestas: {} }, /al menos una/],
    [{ respuestas: { 'decision-expediente-conformado': 'si' }, extra: 1 }, /.+/],
    [{}, /respuestas/],
  ])('answers a Spanish 400 for %j and writes nothing', async (payload, message) => {
    const response = await t.request(PATH, {
      method: 'POST',
      cookie: planeacion,
      body: JSON.stringify(payload),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { codigo: string; mensaje: string } };
    expect(body.error.codigo).toBe('entrada_invalida');
    expect(body.error.mensaje).toMatch(message);
    expect(await count()).toBe(2);
    expect(await audits()).toBe(2);
  });

  it('saves one stage at a time: each save merges with the latest answers and adds to the history', async () => {
    const stage = (etapa: string) => `${PATH}/etapas/${etapa}`;
    const diagnostico = await t.request(stage('diagnostico'), {
      method: 'POST',
      cookie: planeacion,
      body: JSON.stringify({
        respuestas: { 'diagnostico-punto-partida': 'no', 'diagnostico-cartografia-base': 'si' },
      }),
    });
    expect(diagnostico.status).toBe(200);
    const saved = (await diagnostico.json()) as Body;
    expect(saved.respuestas).toEqual({
      'decision-expediente-conformado': 'parcial',
      'contexto-vigencia-conocida': 'si',
      'diagnostico-punto-partida': 'no',
      'diagnostico-cartografia-base': 'si',
    });
    // The decision stage is replaced by what is sent; the diagnosis stage saved above stays.
    const decision = await t.request(stage('decision'), {
      method: 'POST',
      cookie: planeacion,
      body: JSON.stringify({ respuestas: { 'decision-costo-estimado': 'si' } }),
    });
    expect(decision.status).toBe(200);

    const body = (await (await t.request(PATH, { cookie: planeacion })).json()) as Body;
    expect(body.ultimo.respuestas).toEqual({
      'contexto-vigencia-conocida': 'si',
      'decision-costo-estimado': 'si',
      'diagnostico-punto-partida': 'no',
      'diagnostico-cartografia-base': 'si',
    });
    expect(body.historial).toHaveLength(4);
    expect(body.historial[0].resumen).toMatchObject({ respondidas: 4 });
    expect(body.evaluacion.risks.map((r: Body) => r.questionId)).toEqual([
      'diagnostico-punto-partida',
    ]);
    const entries = await t.engine.db.withContext({ municipio: '25899' }, (tx) =>
      tx.select().from(auditoria).where(eq(auditoria.accion, 'autodiagnostico.registrar')),
    );
    expect(entries.map((e) => (e.detalle as Body).etapa).filter(Boolean)).toEqual(
      expect.arrayContaining(['diagnostico', 'decision']),
    );
    expect(await count()).toBe(4);
    // The full-questionnaire route still works and still replaces everything.
    const full = await t.request(PATH, {
      method: 'POST',
      cookie: planeacion,
      body: JSON.stringify({ respuestas: { 'contexto-vigencia-conocida': 'no' } }),
    });
    expect(full.status).toBe(200);
    const after = (await (await t.request(PATH, { cookie: planeacion })).json()) as Body;
    expect(after.ultimo.respuestas).toEqual({ 'contexto-vigencia-conocida': 'no' });
    expect(await count()).toBe(5);
  });

  it('two stages saved at the same moment both survive (the merge is serialized)', async () => {
    const save = (etapa: string, respuestas: Record<string, string>) =>
      t.request(`${PATH}/etapas/${etapa}`, {
        method: 'POST',
        cookie: planeacion,
        body: JSON.stringify({ respuestas }),
      });
    const responses = await Promise.all([
      save('formulacion', { 'formulacion-modelo-apropiado': 'si' }),
      save('seguimiento', { 'seguimiento-expediente-actualizado': 'parcial' }),
      save('diagnostico', { 'diagnostico-punto-partida': 'si' }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    const body = (await (await t.request(PATH, { cookie: planeacion })).json()) as Body;
    expect(body.ultimo.respuestas).toEqual({
      'contexto-vigencia-conocida': 'no',
      'formulacion-modelo-apropiado': 'si',
      'seguimiento-expediente-actualizado': 'parcial',
      'diagnostico-punto-partida': 'si',
    });
  });

  it.each([
    ['decision', { respuestas: { 'diagnostico-punto-partida': 'si' } }, 400, /no son de la etapa/],
    ['decision', { respuestas: { 'pregunta-inventada': 'si' } }, 400, /no existen/],
    ['decision', { respuestas: {} }, 400, /al menos una/],
    ['inventada', { respuestas: { 'decision-costo-estimado': 'si' } }, 404, /no existe/],
  ])(
    'refuses a stage save to %s with %j (%i) and writes nothing',
    async (etapa, payload, status, message) => {
      const before = await count();
      const response = await t.request(`${PATH}/etapas/${etapa}`, {
        method: 'POST',
        cookie: planeacion,
        body: JSON.stringify(payload),
      });
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: { mensaje: string } };
      expect(body.error.mensaje).toMatch(message);
      expect(await count()).toBe(before);
    },
  );

  it('forbids the consultant to save a stage (403) and hides other municipalities (404)', async () => {
    const consultor = await t.login(ACCOUNT['consultor.zipaquira']!);
    const payload = JSON.stringify({ respuestas: { 'decision-costo-estimado': 'no' } });
    const forbidden = await t.request(`${PATH}/etapas/decision`, {
      method: 'POST',
      cookie: consultor,
      body: payload,
    });
    expect(forbidden.status).toBe(403);
    const hidden = await t.request('/api/v1/municipios/66682/autodiagnostico/etapas/decision', {
      method: 'POST',
      cookie: planeacion,
      body: payload,
    });
    expect(hidden.status).toBe(404);
  });
});
