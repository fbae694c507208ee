import { auditoria, expedienteMediciones, expedienteProyectos } from '@ruta-pot/db';
import { INDICATOR_CATALOGUE } from '@ruta-pot/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

const BASE = '/api/v1/municipios/25899/expediente';
type Body = Record<string, any>;

describe.each(ENGINES)('Expediente municipal on %s', (_name, open) => {
  let t: TestApp;
  let planeacion: string;
  const post = (path: string, body: unknown, cookie = planeacion, method = 'POST') =>
    t.request(`${BASE}${path}`, { method, cookie, body: JSON.stringify(body) });
  const upload = (tipo: string, bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append('archivo', new File([bytes as unknown as ArrayBuffer], name));
    return t.app.request(`${BASE}/importar/${tipo}`, {
      method: 'POST',
      body: form,
      headers: { cookie: planeacion },
    });
  };
  const overview = async () =>
    (await (await t.request(BASE, { cookie: planeacion })).json()) as Body;
  const rows = async <T>(read: (tx: any) => Promise<T[]>) =>
    (await t.engine.db.withContext({ municipio: '25899' }, read)).length;

  beforeAll(async () => {
    t = await createTestApp(open);
    planeacion = await t.login(ACCOUNT['planeacion.zipaquira']!);
  });
  afterAll(() => t.close());

  it('starts empty, adopts the catalogue once, and fills DANE population by itself', async () => {
    expect((await overview()).indicadores).toEqual([]);
    const first = await post('/indicadores/catalogo', {});
    expect(((await first.json()) as Body).agregados).toBe(INDICATOR_CATALOGUE.length);
    const again = await post('/indicadores/catalogo', {});
    expect(((await again.json()) as Body).agregados).toBe(0);
    const body = await overview();
    const fila = body.indicadores.find((i: Body) => i.id === 'poblacion-total');
    expect(fila).toMatchObject({ nMediciones: 1, lineaBaseAutomatica: true });
    expect(fila.mediciones).toBeUndefined();
    const poblacion = (await (
      await t.request(`${BASE}/indicadores/poblacion-total`, { cookie: planeacion })
    ).json()) as Body;
    expect(poblacion.mediciones).toEqual([{ anio: 2024, valor: 160_629 }]);
    expect(poblacion.citas.length).toBeGreaterThan(0);
    expect((await t.request(`${BASE}/indicadores/no-existe`, { cookie: planeacion })).status).toBe(
      404,
    );
    expect(body.tipoPlan).toBe('POT');
    expect(body.destinatarios.destinatarios).toEqual(['concejo', 'consejo_consultivo']);
    const espacio = body.indicadores.find((i: Body) => i.id === 'espacio-publico');
    expect(espacio.seguimiento.estado).toBe('sin_datos');
  });

  it('records yearly measurements and refuses a batch with a repeated year, writing nothing', async () => {
    const ok = await post('/mediciones', {
      mediciones: [2020, 2021, 2022].map((anio, i) => ({
        indicadorId: 'espacio-publico',
        anio,
        valor: 3 + i * 0.2,
      })),
    });
    expect(ok.status).toBe(200);
    const before = await rows((tx) => tx.select().from(expedienteMediciones));
    const dup = await post('/mediciones', {
      mediciones: [
        { indicadorId: 'espacio-publico', anio: 2023, valor: 4 },
        { indicadorId: 'espacio-publico', anio: 2023, valor: 5 },
      ],
    });
    expect(dup.status).toBe(400);
    expect(((await dup.json()) as Body).error.mensaje).toMatch(/2023 más de una vez/);
    const automatic = await post('/mediciones', {
      mediciones: [{ indicadorId: 'poblacion-total', anio: 2023, valor: 1 }],
    });
    expect(automatic.status).toBe(400);
    expect(await rows((tx) => tx.select().from(expedienteMediciones))).toBe(before);
  });

  it('marks an indicator off track against its baseline and target', async () => {
    const saved = await post(
      '/indicadores/espacio-publico',
      {
        nombre: 'Espacio público efectivo por habitante',
        dimension: 'modelo_ocupacion',
        unidad: 'm²/hab',
        sentido: 'aumentar',
        lineaBase: 3,
        anioBase: 2020,
        meta: 15,
        anioMeta: 2030,
      },
      planeacion,
      'PUT',
    );
    expect(saved.status).toBe(200);
    const espacio = (await overview()).indicadores.find((i: Body) => i.id === 'espacio-publico');
    expect(espacio.seguimiento.estado).toBe('rezagada');
    expect(espacio.seguimiento.esperado).toBe(5.4);
  });

  it('refuses a development plan that does not start with a government period', async () => {
    const wrong = await post('/planes-desarrollo', { nombre: 'Plan 2021', anioInicio: 2021 });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as Body).error.mensaje).toMatch(/2020–2023/);
    for (const anioInicio of [2016, 2020, 2024])
      expect(
        (
          await post('/planes-desarrollo', {
            nombre: `Plan de Desarrollo ${anioInicio}`,
            anioInicio,
          })
        ).status,
      ).toBe(200);
  });

  it('refuses a project file with text in numbers and negative costs, naming row and column', async () => {
    const csv =
      'codigo;nombre;plazo;anio_inicio;anio_fin;costo;fuente;entidad\nP-1;Parque;corto;2020;2023;mil;sgp;Obras\nP-2;Vía;mediano;2020;2027;-5;sgp;Obras\n';
    const response = await upload('proyectos', new TextEncoder().encode(csv), 'proyectos.csv');
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body.error.detalles.problemas).toEqual([
      expect.objectContaining({ linea: 2, columna: 'costo' }),
      expect.objectContaining({ linea: 3, columna: 'costo' }),
    ]);
    expect(await rows((tx) => tx.select().from(expedienteProyectos))).toBe(0);
  });

  it('refuses rows of another municipality in an import, writing nothing', async () => {
    const csv =
      'municipio;indicador;anio;valor\n25899;espacio-publico;2019;3,5\n05001;espacio-publico;2019;9\n';
    const response = await upload('mediciones', new TextEncoder().encode(csv), 'm.csv');
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body.error.detalles.problemas).toEqual([
      expect.objectContaining({ linea: 3, columna: 'municipio' }),
    ]);
  });

  it('imports projects and execution (CSV and Excel) and shows what each development plan left out', async () => {
    const csv = [
      'Código;Nombre;Objetivo;Plazo;Año inicio;Año fin;Costo;Fuente;Entidad;BPIN;Plan desarrollo;Programa',
      'P-1;Parque lineal del río;Espacio público;corto;2020;2023;1.000.000;sgp;Obras;;2020;Ciudad verde',
      'P-2;Acueducto veredal;;mediano;2020;2027;3.000.000;recursos_propios;Servicios públicos;;;',
    ].join('\n');
    expect((await upload('proyectos', new TextEncoder().encode(csv), 'p.csv')).status).toBe(200);
    const sheet = [
      ['codigo', 'anio', 'avance_fisico', 'ejecutado'],
      ['P-1', 2021, 50, 400_000],
      ['P-2', 2022, 10, 300_000],
    ].map((row) => row.map((value) => ({ value })));
    const xlsx = new Uint8Array(await writeExcelFile(sheet).toBuffer());
    const imported = await upload('ejecucion', xlsx, 'ejecucion.xlsx');
    expect(imported.status).toBe(200);
    const body = await overview();
    const pd2020 = body.ejecucion.porPlanDesarrollo.find((c: Body) => c.plan.anioInicio === 2020);
    expect(pd2020).toMatchObject({
      programados: 2,
      incluidos: 1,
      costoFaltanteCop: 3_000_000,
      ejecutadoEnPeriodoCop: 700_000,
    });
    expect(pd2020.faltantes.map((f: Body) => f.codigo)).toEqual(['P-2']);
    expect(body.ejecucion.ejecucionFinanciera).toBe(17.5);
    const audit = await t.engine.db.withContext({ municipio: '25899' }, (tx) =>
      tx.select().from(auditoria).where(eq(auditoria.accion, 'expediente.ejecucion')),
    );
    expect(audit).toHaveLength(1);
  });

  it('keeps every version in the archive and finds acts and documents without accents', async () => {
    const first = await post('/archivo', {
      tipo: 'estudio',
      titulo: 'Estudio básico de inundación',
      fecha: '2024-05-02',
    });
    const { serie } = (await first.json()) as Body;
    const second = await post('/archivo', {
      serie,
      tipo: 'estudio',
      titulo: 'Estudio básico de inundación (ajustado)',
      fecha: '2025-01-10',
    });
    expect(((await second.json()) as Body).version).toBe(2);
    const found = (await (
      await t.request(`${BASE}/archivo?q=inundacion`, { cookie: planeacion })
    ).json()) as Body;
    expect(found.entradas.map((e: Body) => e.version)).toEqual([2, 1]);
  });

  it('gives an advisor the follow-up of each municipality it accompanies, worst first', async () => {
    const asesor = await t.login(ACCOUNT['asesor']!);
    const body = (await (
      await t.request('/api/v1/expediente/resumen', { cookie: asesor })
    ).json()) as Body;
    const zipaquira = body.municipios.find((m: Body) => m.municipio.codigo === '25899');
    expect(zipaquira).toMatchObject({ rezagados: 1, indicadores: INDICATOR_CATALOGUE.length });
    expect(body.municipios[0].municipio.codigo).toBe('25899');
    const ciudadano = await t.login(ACCOUNT['ciudadano.zipaquira']!);
    const own = (await (
      await t.request('/api/v1/expediente/resumen', { cookie: ciudadano })
    ).json()) as Body;
    expect(own.municipios).toEqual([]);
  });

  it('attaches the generated DSE to the DSE item of the revision in course, and only then', async () => {
    const without = await post('/documento/2026/adjuntar', {});
    expect(without.status).toBe(409);
    const propuesta = (await (
      await t.request('/api/v1/municipios/25899/procesos/propuesta', { cookie: planeacion })
    ).json()) as Body;
    const started = await t.request('/api/v1/municipios/25899/procesos', {
      method: 'POST',
      cookie: planeacion,
      body: JSON.stringify({ tipoRevision: propuesta.propuesta }),
    });
    expect(started.status).toBe(201);
    const attached = await post('/documento/2026/adjuntar', {});
    expect(attached.status).toBe(201);
    expect(((await attached.json()) as Body).version).toBe(1);
    const pdf = await t.request(`${BASE}/documento?anio=2026&formato=pdf`, { cookie: planeacion });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });

  it('lets the consultant read the expediente but not change it', async () => {
    const consultor = await t.login(ACCOUNT['consultor.zipaquira']!);
    expect((await t.request(BASE, { cookie: consultor })).status).toBe(200);
    expect((await post('/indicadores/catalogo', {}, consultor)).status).toBe(403);
  });
});
