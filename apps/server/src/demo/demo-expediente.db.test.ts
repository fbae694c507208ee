import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, ENGINES, type TestApp } from '../../test/test-app';
import { expedienteOverview } from '../modules/expediente/service';
import { demoExpediente } from './demo-expediente';

describe.each(ENGINES)('Zipaquirá expediente demo on %s', (_name, open) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(open);
  });
  afterAll(() => t.close());

  it('loads ten years of indicators and forty projects across three development plans, once', async () => {
    await demoExpediente.run(t.deps);
    await demoExpediente.run(t.deps);
    const view = await expedienteOverview(t.deps, { codigo: '25899', anio: 2026 });
    expect(view.ejecucion.proyectos).toBe(40);
    expect(view.ejecucion.porPlanDesarrollo).toHaveLength(3);
    expect(view.ejecucion.porPlanDesarrollo.every((c) => c.faltantes.length > 0)).toBe(true);
    const espacio = view.indicadores.find((i) => i.id === 'espacio-publico')!;
    expect(espacio.mediciones).toHaveLength(10);
    expect(espacio.seguimiento.estado).toBe('rezagada');
    expect(view.suficiencia?.porcentaje).toEqual(expect.any(Number));
    expect(view.conclusiones?.recomendaciones).toMatch(/Revisar/);
  });
});
