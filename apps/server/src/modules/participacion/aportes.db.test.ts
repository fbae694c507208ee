import { auditoria, rowsOf } from '@ruta-pot/db';
import { DATA_POLICY } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

type Body = Record<string, any>;
const PORTAL = '/api/v1/publico/25899/participacion/aportes';
const REGISTER = '/api/v1/municipios/25899/participacion';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
/** A small square in Zipaquirá's urban area (EPSG:4326). */
const SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [-74.005, 5.02],
      [-74.0, 5.02],
      [-74.0, 5.025],
      [-74.005, 5.025],
      [-74.005, 5.02],
    ],
  ],
};

describe.each(ENGINES)('Aportes register and portal on %s (issue 13)', (_name, open) => {
  let t: TestApp;
  let address = 0;
  const form = (fields: Record<string, string>, files: [string, Uint8Array][] = []) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.set(k, v);
    for (const [name, bytes] of files)
      f.append('adjuntos', new Blob([new Uint8Array(bytes)]), name);
    return f;
  };
  // Each submission from its own address, so the flood limit is only met where a test wants it.
  const submit = (body: FormData, cookie?: string, from = `10.0.0.${++address}`) =>
    t.app.request(PORTAL, {
      method: 'POST',
      body,
      headers: { ...(cookie ? { cookie } : {}), 'x-forwarded-for': from },
    });
  const post = (path: string, body: unknown, cookie?: string) =>
    t.request(path, { method: 'POST', body: JSON.stringify(body), cookie });
  const count = async () => {
    const rows = rowsOf<{ n: number }>(
      await t.engine.db.withContext({ plataforma: true }, (tx) =>
        tx.execute(sql`SELECT count(*)::int AS n FROM participacion_aportes`),
      ),
    );
    return Number(rows[0]?.n);
  };

  beforeAll(async () => {
    t = await createTestApp(open, { trustedProxies: 1 });
  });
  afterAll(() => t.close());

  it('a citizen submits with a polygon and a file, confirms by link, staff group and answer, the link shows the timeline', async () => {
    const sent = await submit(
      form(
        {
          texto: 'Propongo un parque lineal sobre la ronda del río Frío en este sector.',
          correo: 'vecina@correo.co',
          nombre: 'Vecina del barrio',
          consentimiento: DATA_POLICY.version,
          geometria: JSON.stringify(SQUARE),
        },
        [['plano.pdf', pdf('plano')]],
      ),
    );
    expect(sent.status).toBe(200);
    const created = (await sent.json()) as Body;
    expect(created).toMatchObject({ estado: 'por_confirmar', seguimiento: null });
    expect(created.confirmacion.enlace).toContain('/publico/25899/participa/confirmar#25899.');

    const confirmed = await post('/api/v1/publico/participacion/confirmacion', {
      enlace: created.confirmacion.enlace,
    });
    expect(confirmed.status).toBe(200);
    const { seguimiento } = (await confirmed.json()) as Body;
    const reused = await post('/api/v1/publico/participacion/confirmacion', {
      enlace: created.confirmacion.enlace,
    });
    expect(reused.status).toBe(400);

    const office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const page = (await (
      await t.request(`${REGISTER}/aportes?q=parque%20lineal`, { cookie: office })
    ).json()) as Body;
    expect(page.aportes).toHaveLength(1);
    const id = page.aportes[0].id as string;
    expect(page.aportes[0]).toMatchObject({ estado: 'recibido', tieneGeometria: true });
    expect(JSON.stringify(page)).not.toContain('vecina@correo.co');

    expect(
      (await post(`${REGISTER}/aportes/${id}/clasificacion`, { tema: 'Espacio público' }, office))
        .status,
    ).toBe(200);
    const grouped = (await (
      await post(`${REGISTER}/aportes/${id}/grupo`, { tema: 'Parques lineales' }, office)
    ).json()) as Body;
    expect(grouped.grupo.codigo).toMatch(/^G-\d+$/);
    const answer = await post(
      `${REGISTER}/aportes/${id}/respuesta`,
      {
        resultado: 'aceptado',
        razones: 'Se incorpora el parque lineal en el sistema de espacio público.',
        documentoVersion: 'v4',
        articulo: 'Artículo 52',
      },
      office,
    );
    expect(answer.status).toBe(200);
    expect(
      (await post(`${REGISTER}/aportes/${id}/incorporacion`, { version: 'v4' }, office)).status,
    ).toBe(200);

    const detail = (await (
      await t.request(`${REGISTER}/aportes/${id}`, { cookie: office })
    ).json()) as Body;
    expect(detail.autor).toEqual({ nombre: 'Vecina del barrio', correo: 'vecina@correo.co' });
    expect(detail.geometria.type).toBe('Polygon');
    expect(detail.adjuntos).toHaveLength(1);
    const consultant = await t.login(ACCOUNT['consultor.zipaquira']!);
    const seen = (await (
      await t.request(`${REGISTER}/aportes/${id}`, { cookie: consultant })
    ).json()) as Body;
    expect(seen.autor).toBeNull();

    const followed = (await (
      await post('/api/v1/publico/participacion/seguimiento', { enlace: seguimiento })
    ).json()) as Body;
    expect(followed.estado).toBe('incorporado');
    expect(followed.respuesta).toMatchObject({
      resultado: 'aceptado',
      articulo: 'Artículo 52',
      documentoVersion: 'v4',
    });
    expect(followed.lineaTiempo.map((l: Body) => l.texto)).toEqual([
      'Aporte presentado.',
      'Aporte confirmado por su autor.',
      'Clasificado por la oficina de planeación.',
      `Agrupado con aportes similares (grupo ${grouped.grupo.codigo}).`,
      'Respuesta: Aceptado. Cambio en Artículo 52 (versión v4).',
      'Incorporado en la versión v4 del plan.',
    ]);
    expect(JSON.stringify(followed)).not.toContain('vecina@correo.co');
  });

  it('a signed-in citizen is received at once and gets the follow link', async () => {
    const citizen = await t.login(ACCOUNT['ciudadano.zipaquira']!);
    const sent = (await (
      await submit(form({ texto: 'Más ciclorrutas entre el centro y la estación.' }), citizen)
    ).json()) as Body;
    expect(sent).toMatchObject({ estado: 'recibido', confirmacion: null });
    expect(sent.seguimiento).toContain('/participa/seguimiento#25899.');
  });

  it('refuses bad input with a Spanish message and writes nothing', async () => {
    const before = await count();
    const base = {
      texto: 'Un aporte con suficiente texto para pasar.',
      correo: 'a@b.co',
      consentimiento: DATA_POLICY.version,
    };
    const cases: [Record<string, string>, [string, Uint8Array][], number, RegExp][] = [
      [{ ...base, consentimiento: '' }, [], 400, /política de tratamiento/],
      [{ ...base, texto: 'corto' }, [], 400, /al menos 10/],
      [{ ...base, correo: 'no-es-correo' }, [], 400, /correo electrónico válido/],
      [
        {
          ...base,
          geometria:
            '{"type":"Polygon","coordinates":[[[-74,5],[-74.1,5.1],[-74,5.1],[-74.1,5],[-74,5]]]}',
        },
        [],
        400,
        /no es válido/,
      ],
      [
        { ...base, geometria: '{"type":"Point","coordinates":[-75.56,6.25]}' },
        [],
        400,
        /fuera de Zipaquirá/,
      ],
      [
        { ...base, geometria: '{"type":"Polygon","coordinates":[[[-74,5],[-74.1,5.1],[-74,5]]]}' },
        [],
        400,
        /cerrarse/,
      ],
      [{ ...base, geometria: 'no json' }, [], 400, /GeoJSON/],
      [base, [['x.exe', new Uint8Array([0x4d, 0x5a, 1, 2, 3])]], 422, /x\.exe/],
    ];
    for (const [fields, files, status, message] of cases) {
      const response = await submit(form(fields, files));
      const body = (await response.json()) as Body;
      if (!body.error) throw new Error(`${JSON.stringify(fields)} → ${response.status}`);
      expect([response.status, body.error.mensaje]).toEqual([
        status,
        expect.stringMatching(message),
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('bounds floods per address, and staff moves the lifecycle does not allow', async () => {
    const fields = {
      texto: 'Aporte repetido desde la misma dirección.',
      correo: 'x@y.co',
      consentimiento: DATA_POLICY.version,
    };
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await submit(form(fields), undefined, '10.9.9.9')).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);

    const office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const registered = (await (
      await post(
        `${REGISTER}/aportes`,
        {
          origen: 'ventanilla',
          texto: 'Derecho de petición sobre el uso del suelo del predio 01-02-0003.',
          recibidoEn: '2026-03-02',
          peticion: { tipo: 'general', radicado: 'R-2026-0101' },
        },
        office,
      )
    ).json()) as Body;
    expect(registered.venceEn).toBe('2026-03-24');
    const early = await post(
      `${REGISTER}/aportes/${registered.id}/incorporacion`,
      { version: 'v1' },
      office,
    );
    expect(early.status).toBe(409);
    const consultant = await t.login(ACCOUNT['consultor.zipaquira']!);
    const denied = await post(
      `${REGISTER}/aportes/${registered.id}/clasificacion`,
      { tema: 'Usos' },
      consultant,
    );
    expect(denied.status).toBe(403);
    const noReasons = await post(
      `${REGISTER}/aportes/${registered.id}/respuesta`,
      { resultado: 'aceptado', razones: 'Sí.' },
      office,
    );
    expect(noReasons.status).toBe(400);
    const audit = await t.engine.db.withContext({ plataforma: true }, (tx) =>
      tx.select().from(auditoria),
    );
    expect(audit.some((a) => a.accion === 'participacion.aporte.registrar')).toBe(true);
  });

  it('another municipality cannot read this register; the public boundary answers without a session', async () => {
    const medellin = await t.login(ACCOUNT['planeacion.medellin']!);
    expect((await t.request(`${REGISTER}/aportes`, { cookie: medellin })).status).toBe(404);
    const limit = await t.request('/api/v1/publico/25899/participacion/limite.geojson');
    expect(limit.status).toBe(200);
    expect(((await limit.json()) as Body).bbox).toHaveLength(4);
    const dead = await post('/api/v1/publico/participacion/seguimiento', {
      enlace: '25899.noexisteestetokenparanadaxx',
    });
    expect(dead.status).toBe(400);
  });

  it('La Ruta filing gate reads the register: unanswered aportes and overdue petitions are missing pieces', async () => {
    const office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const started = await post(
      '/api/v1/municipios/25899/procesos',
      { tipoRevision: 'revision_general' },
      office,
    );
    expect(started.status).toBe(201);
    const view = (await (
      await t.request('/api/v1/municipios/25899/procesos/actual', { cookie: office })
    ).json()) as Body;
    const missing = view.compuerta.faltantes.map((f: Body) => f.requisito);
    expect(missing).toContain('matriz_respuestas');
    const gap = view.compuerta.faltantes.find((f: Body) => f.requisito === 'matriz_respuestas');
    expect(gap.mensaje).toMatch(/sin respuesta en la matriz/);
    expect(gap.citas[0].norm).toBe('Ley 388 de 1997');
  });

  it('keeps the per-state counts of the register equal to the aportes themselves', async () => {
    const office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const page = (await (
      await t.request(`${REGISTER}/aportes?limite=1`, { cookie: office })
    ).json()) as Body;
    const counted = rowsOf<{ estado: string; n: number }>(
      await t.engine.db.withContext({ plataforma: true }, (tx) =>
        tx.execute(sql`SELECT estado, count(*)::int AS n FROM participacion_aportes
          WHERE municipality_id = '25899' GROUP BY estado`),
      ),
    );
    expect(page.porEstado).toEqual(Object.fromEntries(counted.map((c) => [c.estado, c.n])));
    expect(Object.keys(page.porEstado).length).toBeGreaterThanOrEqual(3);
    const byCode = (await (
      await t.request(`${REGISTER}/aportes?q=a-000001`, { cookie: office })
    ).json()) as Body;
    expect(byCode.aportes.map((a: Body) => a.codigo)).toEqual(['A-000001']);
  });
});
