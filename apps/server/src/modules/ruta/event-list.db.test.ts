import { processEventKind } from '@ruta-pot/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

const Z = '/api/v1/municipios/25899';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);

interface Page {
  eventos: { id: string; fecha: string }[];
  total: number;
  siguiente: string | null;
}

describe.each(ENGINES)('bounded process view and event pages on %s (issue 12)', (_name, open) => {
  let t: TestApp;
  let office: string;
  let procesoId: string;

  const get = async (path: string, cookie = office) => {
    const response = await t.request(path, { cookie });
    const text = await response.text();
    return { status: response.status, bytes: Buffer.byteLength(text), body: JSON.parse(text) };
  };

  /** Inserts `n` petitions as the database owner, several per day so the id tiebreak matters. */
  const insertEvents = async (n: number, from: number) => {
    const kind = processEventKind('peticion_recibida')!;
    await t.engine.owner.query(
      `INSERT INTO eventos_tramite (municipality_id, id, proceso_id, tipo, fecha, tramite, vence_el,
         tipo_dias, citas, nota, registrado_por, registrado_en)
       SELECT '25899', gen_random_uuid(), p.id, 'peticion_recibida',
              DATE '2024-01-01' + (i / 7), 'peticion-general', DATE '2024-01-01' + (i / 7) + 21,
              'habiles', $2::jsonb, 'Petición ciudadana número ' || i, p.iniciado_por, now()
         FROM procesos p, generate_series($3::int, $3::int + $4::int - 1) AS i
        WHERE p.municipality_id = '25899' AND p.id = $1`,
      [procesoId, JSON.stringify(kind.citas), from, n],
    );
  };

  /** Every event id of the process, newest first, straight from the table. */
  const expectedOrder = async () =>
    (
      await t.engine.owner.query<{ id: string }>(
        `SELECT id FROM eventos_tramite WHERE municipality_id = '25899' AND proceso_id = $1
          ORDER BY fecha DESC, id DESC`,
        [procesoId],
      )
    ).map((r) => r.id);

  beforeAll(async () => {
    t = await createTestApp(open);
    office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const started = await t.request(`${Z}/procesos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipoRevision: 'revision_general' }),
    });
    expect(started.status).toBe(201);
    procesoId = ((await started.json()) as { id: string }).id;
  });
  afterAll(() => t.close());

  it('sends the newest 50 events with the total, and the pages walk every event once, in order', async () => {
    await insertEvents(260, 0);
    const actual = await get(`${Z}/procesos/actual`);
    expect(actual.status).toBe(200);
    expect(actual.body.eventos).toHaveLength(50);
    expect(actual.body.eventosTotal).toBe(260);
    expect(actual.body.eventosSiguiente).toEqual(expect.any(String));
    // Alerts are computed over all 260 overdue petitions, but only the first 50 are sent.
    expect(actual.body.alertas.vencidos).toHaveLength(50);
    expect(actual.body.alertas.totalVencidos).toBe(260);

    const expected = await expectedOrder();
    expect(expected).toHaveLength(260);
    const seen: string[] = actual.body.eventos.map((e: { id: string }) => e.id);
    expect(seen).toEqual(expected.slice(0, 50));

    // The list route's first page is the same window; then walk on with mixed page sizes.
    const first = await get(`${Z}/procesos/${procesoId}/eventos`);
    expect(first.status).toBe(200);
    expect((first.body as Page).eventos.map((e) => e.id)).toEqual(seen);
    expect((first.body as Page).siguiente).toBe(actual.body.eventosSiguiente);
    let cursor: string | null = actual.body.eventosSiguiente;
    const sizes = [100, 7, 100, 100];
    let pages = 0;
    while (cursor) {
      const limite = sizes[pages++ % sizes.length]!;
      const page = await get(
        `${Z}/procesos/${procesoId}/eventos?antesDe=${cursor}&limite=${limite}`,
      );
      expect(page.status).toBe(200);
      const body = page.body as Page;
      expect(body.total).toBe(260);
      expect(body.eventos.length).toBeLessThanOrEqual(limite);
      seen.push(...body.eventos.map((e) => e.id));
      cursor = body.siguiente;
      expect(pages).toBeLessThan(20);
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(260);
  });

  it('refuses a page size over 100, a zero one and a forged cursor', async () => {
    const base = `${Z}/procesos/${procesoId}/eventos`;
    expect((await get(`${base}?limite=101`)).status).toBe(400);
    expect((await get(`${base}?limite=0`)).status).toBe(400);
    expect((await get(`${base}?antesDe=bm9wZQ`)).status).toBe(400);
    expect((await get(`${base}?antesDe=${'a'.repeat(300)}`)).status).toBe(400);
    const missing = await get(`${Z}/procesos/00000000-0000-4000-8000-000000000000/eventos`);
    expect(missing.status).toBe(404);
    const medellin = await t.login(ACCOUNT['planeacion.medellin']!);
    expect((await get(`${base}`, medellin)).status).toBe(404);
  });

  it('states the bounds in the OpenAPI document', async () => {
    const { body } = await get('/api/v1/openapi.json');
    const list = body.paths['/api/v1/municipios/{codigo}/procesos/{procesoId}/eventos'].get;
    const limite = list.parameters.find((p: { name: string }) => p.name === 'limite');
    expect(limite.in).toBe('query');
    expect(limite.schema).toMatchObject({ minimum: 1, maximum: 100, default: 50 });
    expect(limite.description).toMatch(/de 1 a 100/);
    const page = body.components.schemas.PaginaEventos;
    expect(page.properties.eventos.maxItems).toBe(100);
    const proceso = body.components.schemas.Proceso;
    expect(proceso.properties.eventos.maxItems).toBe(50);
    expect(proceso.properties.alertas.properties.vencidos.maxItems).toBe(50);
  });

  it('sends the newest 10 evidence versions of an item with their total', async () => {
    for (let v = 1; v <= 12; v++) {
      const form = new FormData();
      form.append('archivo', new File([pdf(`v${v}`)], `dts v${v}.pdf`));
      const response = await t.app.request(
        `${Z}/procesos/${procesoId}/items/dts-diagnostico/evidencias`,
        { method: 'POST', body: form, headers: { cookie: office } },
      );
      expect(response.status).toBe(201);
    }
    const actual = await get(`${Z}/procesos/actual`);
    const dts = actual.body.etapas
      .flatMap((s: { items: unknown[] }) => s.items)
      .find((i: { id: string }) => i.id === 'dts-diagnostico');
    expect(dts.evidenciasTotal).toBe(12);
    expect(dts.evidencias.map((e: { version: number }) => e.version)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(dts.conceptosTotal).toBe(0);
  });

  it('keeps procesos/actual small with 3,700 events', async () => {
    await insertEvents(3_440, 260);
    const actual = await get(`${Z}/procesos/actual`);
    expect(actual.status).toBe(200);
    expect(actual.body.eventosTotal).toBe(3_700);
    expect(actual.body.eventos).toHaveLength(50);
    // What the unbounded view used to carry on top: every other event in full.
    let rest = 0;
    let cursor: string | null = actual.body.eventosSiguiente;
    while (cursor) {
      const page = await get(`${Z}/procesos/${procesoId}/eventos?antesDe=${cursor}&limite=100`);
      rest += Buffer.byteLength(JSON.stringify((page.body as Page).eventos)) - 1;
      cursor = (page.body as Page).siguiente;
    }
    console.info(
      `procesos/actual with 3,700 events: ${actual.bytes} bytes (unbounded it would be about ${actual.bytes + rest})`,
    );
    expect(actual.bytes).toBeLessThan(200_000);
  });
});
