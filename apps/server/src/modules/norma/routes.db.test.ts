import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

// The motor normativo is pure; one engine is enough to exercise its HTTP surface.
const [pglite] = ENGINES;

describe('motor normativo API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(pglite[1]);
  });
  afterAll(() => t.close());

  const get = async (path: string) => {
    const response = await t.request(path);
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  it('classifies plan type with its citation', async () => {
    const { status, body } = await get('/api/v1/norma/tipo-plan?poblacion=45000');
    expect(status).toBe(200);
    expect(body.planType).toBe('PBOT');
    expect(body.citations[0]).toMatchObject({
      norm: 'Ley 388 de 1997',
      article: expect.stringContaining('9'),
    });
  });

  it('computes vigencias from adoption and a general revision', async () => {
    const { body } = await get(
      '/api/v1/norma/vigencia?adopcion=1999-08-20&revisionGeneral=2013-05-05&fecha=2026-03-02',
    );
    expect(body).toMatchObject({
      shortTermEnd: '2019-12-31',
      mediumTermEnd: '2023-12-31',
      longTermEnd: '2027-12-31',
      status: 'vigente',
    });
  });

  it('computes the CAR concertation deadline of the worked example (45 días hábiles)', async () => {
    const { body } = await get('/api/v1/norma/plazo?tramite=concertacion-car&desde=2025-11-04');
    expect(body).toMatchObject({ dueOn: '2026-01-13', dayKind: 'habiles', days: 45 });
  });

  it('returns the approval chain forwards and backwards, and the 2026 holidays', async () => {
    const forward = await get('/api/v1/norma/cadena?desde=2026-03-02&direccion=adelante');
    expect(forward.body.pasos).toHaveLength(4);
    const backward = await get(
      `/api/v1/norma/cadena?desde=${forward.body.pasos[3].dueOn}&direccion=atras`,
    );
    expect(backward.body.pasos[0].startsOn).toBe('2026-03-02');
    const holidays = await get('/api/v1/norma/festivos?anio=2026');
    expect(holidays.body.festivos.map((f: { date: string }) => f.date)).toContain('2026-07-13');
  });

  it('lists open revision types and required products with sources', async () => {
    const types = await get(
      '/api/v1/norma/tipos-revision?adopcion=2000-06-30&fecha=2026-03-02&desastre=true',
    );
    expect(types.body.propuesta).toBe('revision_general');
    expect(
      types.body.tiposRevision.find((r: { type: string }) => r.type === 'revision_excepcional')
        .open,
    ).toBe(true);
    const products = await get(
      '/api/v1/norma/productos?tipoPlan=EOT&tipoRevision=revision_general',
    );
    expect(
      products.body.productos.some((p: { scales?: string[] }) =>
        p.scales?.some((s) => s.includes('1:25.000')),
      ),
    ).toBe(true);
  });

  it('rejects bad input with a Spanish 400', async () => {
    for (const path of [
      '/api/v1/norma/tipo-plan?poblacion=-3',
      '/api/v1/norma/vigencia?adopcion=2023-02-29',
      '/api/v1/norma/plazo?tramite=inventado&desde=2026-01-01',
      '/api/v1/norma/festivos?anio=1900',
    ]) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.error.mensaje, path).toMatch(/[áéíóúñ]|debe|no existe|desconocido|negativa/i);
    }
  });

  it('publishes the OpenAPI document with every operation and its authorization rule', async () => {
    const { body } = await get('/api/v1/openapi.json');
    expect(body.paths['/api/v1/norma/plazo'].get['x-autorizacion']).toEqual({ kind: 'publico' });
    expect(body.paths['/api/v1/municipios/{codigo}/plan-vigente'].put['x-autorizacion'].kind).toBe(
      'municipio',
    );
  });
});
