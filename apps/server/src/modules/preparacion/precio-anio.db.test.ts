import { IPC_LAST_YEAR } from '@ruta-pot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { demoPreparacion } from '../../demo/demo-preparacion';

type Body = Record<string, any>;

describe.each(ENGINES)('one price year per municipality on %s', (_name, open) => {
  let t: TestApp;
  let office: string;
  const base = '/api/v1/municipios/25899/preparacion';
  const get = async (path: string) =>
    (await (await t.request(`${base}${path}`, { cookie: office })).json()) as Body;
  const saveYear = async (anioPrecios: number | null) => {
    const prep = await get('');
    return t.request(`${base}/ajustes`, {
      method: 'PUT',
      cookie: office,
      body: JSON.stringify({
        tipoRevision: prep.tipoRevision,
        opcionSuburbano: prep.ajustes.opcionSuburbano,
        modalidad: prep.ajustes.modalidad,
        planDesarrollo: prep.ajustes.planDesarrollo,
        ...(prep.area ? { areaKm2: prep.area.km2, areaFuente: prep.area.fuente } : {}),
        anioPrecios,
        version: prep.ajustes.version,
      }),
    });
  };
  const termsText = async () => JSON.stringify((await get('/terminos-referencia')).terminos.blocks);

  beforeAll(async () => {
    t = await createTestApp(open);
    await demoPreparacion.run(t.deps);
    office = await t.login(ACCOUNT['planeacion.zipaquira']!);
  });
  afterAll(() => t.close());

  it('defaults to the latest IPC year in the cost and the terms', async () => {
    expect((await get('')).ajustes).toMatchObject({
      anioPrecios: IPC_LAST_YEAR,
      anioPreciosElegido: null,
    });
    const cost = (await get('/costo')).estimacion.estimate;
    expect(cost.anioPrecios).toBe(IPC_LAST_YEAR);
    expect(await termsText()).toContain(`en pesos de ${IPC_LAST_YEAR}`);
  });

  it('after changing the year, the cost, the similar cases and the terms all state it', async () => {
    expect((await saveYear(2023)).status).toBe(200);
    const costo = (await get('/costo')).estimacion;
    expect(costo.estimate.anioPrecios).toBe(2023);
    const text = await termsText();
    expect(text).toContain('en pesos de 2023');
    expect(text).not.toContain(`en pesos de ${IPC_LAST_YEAR}`);
    // The terms print the same expected value the estimate computed.
    const dotted = String(costo.estimate.esperado).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    expect(text).toContain(`Valor esperado $${dotted}`);
    for (const c of costo.similares.filter((s: Body) => s.costoCop !== null)) {
      expect(c.conversion.anio).toBe(2023);
      expect(c.conversion.texto).toMatch(new RegExp(`de ${c.anioCosto}.* de 2023$|mismo año`));
      expect(c.costoAjustado).toBe(c.conversion.valor);
    }
    // A query parameter no longer changes the screen's year.
    expect((await get('/costo?anioPrecios=2020')).estimacion.estimate.anioPrecios).toBe(2023);
  });

  it('refuses a year without IPC data in Spanish and keeps the saved one', async () => {
    const bad = await saveYear(IPC_LAST_YEAR + 3);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Body).error.mensaje).toMatch(/último año con IPC/);
    expect((await get('')).ajustes.anioPrecios).toBe(2023);
  });
});
