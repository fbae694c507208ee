import { readdirSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

const Z = '/api/v1/municipios/25899';
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);

describe.each(ENGINES)('La Ruta on %s', (_name, open) => {
  let t: TestApp;
  let office: string;
  let consultant: string;
  let supervisor: string;
  let procesoId: string;
  const json = async (path: string, init: Parameters<TestApp['request']>[1] = {}) => {
    const response = await t.request(path, init);
    return { status: response.status, body: await response.json() };
  };
  const upload = (cookie: string, itemId: string, name: string, bytes: Uint8Array) => {
    const form = new FormData();
    form.append('archivo', new File([bytes as Uint8Array<ArrayBuffer>], name));
    return t.app.request(`${Z}/procesos/${procesoId}/items/${itemId}/evidencias`, {
      method: 'POST',
      body: form,
      headers: { cookie },
    });
  };
  const item = async (itemId: string) => {
    const { body } = await json(`${Z}/procesos/actual`, { cookie: office });
    return body.etapas.flatMap((s: any) => s.items).find((i: any) => i.id === itemId);
  };

  beforeAll(async () => {
    t = await createTestApp(open);
    office = await t.login(ACCOUNT['planeacion.zipaquira']!);
    consultant = await t.login(ACCOUNT['consultor.zipaquira']!);
    supervisor = await t.login(ACCOUNT['interventor.zipaquira']!);
  });
  afterAll(() => t.close());

  it('proposes the revisión general for an expired plan, then starts it with a checklist from the rules engine', async () => {
    const proposal = await json(`${Z}/procesos/propuesta`, { cookie: office });
    expect(proposal.body.propuesta).toBe('revision_general');
    expect(
      (
        await json(`${Z}/procesos`, {
          method: 'POST',
          cookie: consultant,
          body: JSON.stringify({ tipoRevision: 'revision_general' }),
        })
      ).status,
    ).toBe(403);
    const started = await json(`${Z}/procesos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipoRevision: 'revision_general' }),
    });
    expect(started.status).toBe(201);
    procesoId = started.body.id;
    expect(started.body.tipoPlan).toBe('POT');
    const items = started.body.etapas.flatMap((s: any) => s.items);
    expect(items.map((i: any) => i.id)).toContain('estudio-basico-movimientos-en-masa');
    for (const i of items) expect(i.citas.length, i.id).toBeGreaterThan(0);
    const again = await json(`${Z}/procesos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipoRevision: 'revision_general' }),
    });
    expect(again.status).toBe(409);
  });

  it('lets the consultant upload versions of a product, stored by content hash', async () => {
    const first = await upload(consultant, 'dts-diagnostico', 'DTS diagnóstico v1.pdf', pdf('v1'));
    expect(first.status).toBe(201);
    const second = await upload(consultant, 'dts-diagnostico', 'DTS diagnóstico v2.pdf', pdf('v2'));
    expect((await second.json()).version).toBe(2);
    const dts = await item('dts-diagnostico');
    expect(dts.evidencias.map((e: any) => e.nombreArchivo)).toEqual([
      'DTS diagnóstico v1.pdf',
      'DTS diagnóstico v2.pdf',
    ]);
    const download = await t.request(`${Z}/evidencias/${dts.evidencias[0].id}/archivo`, {
      cookie: supervisor,
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new TextDecoder().decode(await download.arrayBuffer())).toContain('v1');
    // Another municipality cannot fetch it even knowing the id.
    const medellin = await t.login(ACCOUNT['planeacion.medellin']!);
    expect(
      (
        await t.request(`/api/v1/municipios/05001/evidencias/${dts.evidencias[0].id}/archivo`, {
          cookie: medellin,
        })
      ).status,
    ).toBe(404);
  });

  it('rejects an upload by its bytes, not its name, and leaves nothing behind', async () => {
    const filesBefore = readdirSync(t.deps.files.root, { recursive: true }).length;
    const fake = await upload(
      consultant,
      'dts-diagnostico',
      'informe.pdf',
      new TextEncoder().encode('MZ\u0090 not a pdf'),
    );
    expect(fake.status).toBe(422);
    expect((await fake.json()).error.mensaje).toMatch(/no admitido/);
    expect((await item('dts-diagnostico')).evidencias).toHaveLength(2);
    expect(readdirSync(t.deps.files.root, { recursive: true }).length).toBe(filesBefore);
  });

  it('records the supervisor verdict and refuses a stale edit with 409', async () => {
    const move = async (cookie: string, estado: string, itemId = 'dts-diagnostico') => {
      const current = await item(itemId);
      return json(`${Z}/procesos/${procesoId}/items/${itemId}`, {
        method: 'PATCH',
        cookie,
        body: JSON.stringify({ estado, version: current.version }),
      });
    };
    const verdict = (decision: 'aprobado' | 'devuelto', suficiencia = 'cumple') =>
      json(`${Z}/procesos/${procesoId}/items/dts-diagnostico/conceptos`, {
        method: 'POST',
        cookie: supervisor,
        body: JSON.stringify({
          calidad: 'cumple',
          suficiencia,
          pertinencia: 'cumple',
          comentarios: 'Revisado.',
          decision,
        }),
      });
    // Only a product in review can be rated (issue 12: the item is a state machine).
    const early = await verdict('devuelto', 'no_cumple');
    expect(early.status).toBe(400);
    expect(early.body.error.mensaje).toMatch(/no puede pasar a «Devuelto para ajustes»/);
    expect((await move(consultant, 'en_revision')).status).toBe(400);
    expect((await move(consultant, 'en_curso')).status).toBe(200);
    expect((await move(consultant, 'en_revision')).status).toBe(200);
    const returned = await json(`${Z}/procesos/${procesoId}/items/dts-diagnostico/conceptos`, {
      method: 'POST',
      cookie: supervisor,
      body: JSON.stringify({
        calidad: 'cumple',
        suficiencia: 'no_cumple',
        pertinencia: 'cumple',
        comentarios: 'Falta el análisis rural.',
        decision: 'devuelto',
      }),
    });
    expect(returned.status).toBe(200);
    // A returned product says so (not «en curso»), and goes back to review after its adjustments.
    expect((await item('dts-diagnostico')).estado).toBe('devuelto');
    const board = await json(`${Z}/tablero`, { cookie: office });
    expect(board.body.proceso.devueltos).toEqual([
      expect.objectContaining({ id: 'dts-diagnostico', etapa: 'Diagnóstico' }),
    ]);
    expect((await verdict('aprobado')).status).toBe(400);
    expect((await move(consultant, 'en_revision')).status).toBe(200);
    const approvedBadly = await json(`${Z}/procesos/${procesoId}/items/dts-diagnostico/conceptos`, {
      method: 'POST',
      cookie: supervisor,
      body: JSON.stringify({
        calidad: 'cumple',
        suficiencia: 'no_cumple',
        pertinencia: 'cumple',
        comentarios: 'Aprobado igual.',
        decision: 'aprobado',
      }),
    });
    expect(approvedBadly.status).toBe(400);
    const ok = await json(`${Z}/procesos/${procesoId}/items/dts-diagnostico/conceptos`, {
      method: 'POST',
      cookie: supervisor,
      body: JSON.stringify({
        calidad: 'cumple',
        suficiencia: 'cumple',
        pertinencia: 'cumple',
        comentarios: 'Completo y pertinente.',
        decision: 'aprobado',
      }),
    });
    const dts = ok.body.etapas
      .flatMap((s: any) => s.items)
      .find((i: any) => i.id === 'dts-diagnostico');
    expect(dts.estado).toBe('aprobado');
    expect(dts.conceptos.map((c: any) => c.decision)).toEqual(['devuelto', 'aprobado']);
    await move(consultant, 'en_curso', 'cartografia-diagnostico');
    await move(consultant, 'en_revision', 'cartografia-diagnostico');
    const noEvidence = await json(
      `${Z}/procesos/${procesoId}/items/cartografia-diagnostico/conceptos`,
      {
        method: 'POST',
        cookie: supervisor,
        body: JSON.stringify({
          calidad: 'cumple',
          suficiencia: 'cumple',
          pertinencia: 'cumple',
          comentarios: 'Sin archivo.',
          decision: 'aprobado',
        }),
      },
    );
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.error.mensaje).toMatch(/sin documento/);
    const target = await item('cartografia-diagnostico');
    const first = await json(`${Z}/procesos/${procesoId}/items/cartografia-diagnostico`, {
      method: 'PATCH',
      cookie: consultant,
      body: JSON.stringify({ estado: 'en_curso', version: target.version }),
    });
    expect(first.status).toBe(200);
    const stale = await json(`${Z}/procesos/${procesoId}/items/cartografia-diagnostico`, {
      method: 'PATCH',
      cookie: office,
      body: JSON.stringify({ estado: 'en_revision', version: target.version }),
    });
    expect(stale.status).toBe(409);
    expect(
      (
        await json(`${Z}/procesos/${procesoId}/items/cartografia-diagnostico`, {
          method: 'PATCH',
          cookie: consultant,
          body: JSON.stringify({ estado: 'aprobado', version: target.version + 1 }),
        })
      ).status,
    ).toBe(403);
  });

  it('blocks radicación ante el Concejo and names what is missing and why', async () => {
    const blocked = await json(`${Z}/procesos/${procesoId}/radicacion-concejo`, {
      method: 'POST',
      cookie: office,
    });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.codigo).toBe('requisitos_faltantes');
    const missing = blocked.body.error.detalles.faltantes;
    expect(missing.map((m: any) => m.requisito)).toEqual([
      'consejo_gobierno',
      'acta_concertacion_car',
      'concepto_ctp',
      'consulta_democratica',
    ]);
    expect(missing[1].citas.some((c: any) => c.norm === 'Ley 388 de 1997')).toBe(true);
  });

  it('computes legal deadlines from recorded events and opens the gate once the law is satisfied', async () => {
    const council = await json(`${Z}/procesos/${procesoId}/eventos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipo: 'consejo_gobierno', fecha: '2025-10-20' }),
    });
    expect(council.status).toBe(201);
    const car = await json(`${Z}/procesos/${procesoId}/eventos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipo: 'radicacion_car', fecha: '2025-11-04' }),
    });
    expect(car.status).toBe(201);
    expect(car.body).toMatchObject({ venceEl: '2026-01-13', tipoDias: 'habiles' });
    expect(
      (
        await json(`${Z}/procesos/${procesoId}/eventos`, {
          method: 'POST',
          cookie: office,
          body: JSON.stringify({ tipo: 'inventado', fecha: '2025-11-04' }),
        })
      ).status,
    ).toBe(400);
    expect(
      (await upload(office, 'acta-concertacion-car', 'acta CAR.pdf', pdf('acta'))).status,
    ).toBe(201);
    expect(
      (await upload(office, 'evidencias-consulta-democratica', 'asistencia.pdf', pdf('asistencia')))
        .status,
    ).toBe(201);
    await json(`${Z}/procesos/${procesoId}/eventos`, {
      method: 'POST',
      cookie: office,
      body: JSON.stringify({ tipo: 'radicacion_ctp', fecha: '2026-02-20' }),
    });
    const stillBlocked = await json(`${Z}/procesos/${procesoId}/radicacion-concejo`, {
      method: 'POST',
      cookie: office,
    });
    expect(stillBlocked.body.error.detalles.faltantes.map((m: any) => m.requisito)).toEqual([
      'concepto_ctp',
    ]);
    expect((await upload(office, 'concepto-ctp', 'concepto CTP.pdf', pdf('concepto'))).status).toBe(
      201,
    );
    const filed = await json(`${Z}/procesos/${procesoId}/radicacion-concejo`, {
      method: 'POST',
      cookie: office,
    });
    expect(filed.status).toBe(200);
    expect(filed.body.estado).toBe('radicado_concejo');
    // Filed: the checklist is closed, and the process cannot be filed twice.
    const closed = await item('dts-diagnostico');
    const edit = await json(`${Z}/procesos/${procesoId}/items/dts-diagnostico`, {
      method: 'PATCH',
      cookie: office,
      body: JSON.stringify({ estado: 'en_curso', version: closed.version }),
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.mensaje).toMatch(/Radicado ante el Concejo.*ya no se modifica/);
    const twice = await json(`${Z}/procesos/${procesoId}/radicacion-concejo`, {
      method: 'POST',
      cookie: office,
    });
    expect(twice.status).toBe(409);
    expect(filed.body.eventos.find((e: any) => e.tipo === 'radicacion_concejo').tipoDias).toBe(
      'calendario',
    );
    const audit = await json(`${Z}/auditoria?limite=100`, { cookie: office });
    const actions = audit.body.entradas.map((e: any) => e.accion);
    for (const a of [
      'proceso.iniciar',
      'evidencia.cargar',
      'item.aprobar',
      'item.devolver',
      'evento.registrar',
      'proceso.radicar_concejo',
    ])
      expect(actions).toContain(a);
  });

  it('shows the mayor a one-page dashboard: plan status, stage, progress, deadlines', async () => {
    const mayor = await t.login(ACCOUNT['alcaldia.zipaquira']!);
    const { status, body } = await json(`${Z}/tablero`, { cookie: mayor });
    expect(status).toBe(200);
    expect(body.plan).toMatchObject({ estado: 'vencido', tipoPlan: 'POT' });
    expect(body.proceso.estado).toBe('radicado_concejo');
    expect(body.proceso.progresoPorEtapa).toHaveLength(9);
    expect(body.proceso.progresoPorEtapa.find((p: any) => p.etapa === 'diagnostico').hechos).toBe(
      1,
    );
    const citizen = await t.login(ACCOUNT['ciudadano.zipaquira']!);
    expect((await t.request(`${Z}/tablero`, { cookie: citizen })).status).toBe(403);
  });

  it('lists the deadlines of the user in the in-app digest', async () => {
    const { status, body } = await json('/api/v1/avisos', { cookie: office });
    expect(status).toBe(200);
    // The Concejo's 90 calendar days from the filing are the open term (Ley 810 de 2003 art. 12).
    expect(
      body.avisos.some((a: any) => a.municipio.codigo === '25899' && a.enlace === '/m/25899/ruta'),
    ).toBe(true);
    expect((await t.request('/api/v1/avisos')).status).toBe(401);
    // A citizen does not see the checklist, so the digest does not leak its items or dates.
    const citizen = await t.login(ACCOUNT['ciudadano.zipaquira']!);
    const forCitizen = await json('/api/v1/avisos', { cookie: citizen });
    expect(forCitizen.status).toBe(200);
    expect(forCitizen.body.avisos).toEqual([]);
  });
});
