import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { demoPreparacion } from '../../demo/demo-preparacion';

interface Prep {
  tipoPlan: string;
  faltantes: string[];
  ajustes: { version: number };
  items: Array<{ id: string; estado: string; holder: string; version: number }>;
  resumen: { tiene: string[]; falta: string[] };
  solicitudes: Array<{
    id: string;
    estado: string;
    alerta: string;
    venceEn: string | null;
    version: number;
  }>;
}

describe.each(ENGINES)('preparation API on %s', (_name, open) => {
  let t: TestApp;
  let office: string;
  const base = '/api/v1/municipios/25899/preparacion';
  const getJson = async <T>(path: string, cookie = office) => {
    const r = await t.request(path, { cookie });
    expect(r.status, await r.clone().text()).toBe(200);
    return (await r.json()) as T;
  };
  const send = (path: string, method: string, body: unknown) =>
    t.request(path, { method, cookie: office, body: JSON.stringify(body) });
  beforeAll(async () => {
    t = await createTestApp(open);
    // Run twice: the demo step is idempotent.
    await demoPreparacion.run(t.deps);
    await demoPreparacion.run(t.deps);
    office = await t.login(ACCOUNT['planeacion.zipaquira']!);
  });
  afterAll(() => t.close());

  it('shows the demo inventory of Zipaquirá: what it has, what it lacks, and the radicated request', async () => {
    const p = await getJson<Prep>(base);
    expect(p.tipoPlan).toBe('POT');
    expect(p.faltantes).toEqual([]);
    expect(p.resumen.falta).toContain('estudio-basico-inundacion');
    expect(p.resumen.tiene).toContain('catastro');
    expect(p.solicitudes[0]).toMatchObject({
      estado: 'radicada',
      venceEn: '2026-03-02',
      alerta: 'por_vencer',
    });
  });

  it('records an item, refuses a stale version, and prices only what is missing', async () => {
    const before = await getJson<{
      estimacion: { estimate: { esperado: number; supuestos: Array<{ id: string }> } };
    }>(`${base}/costo`);
    const ids = before.estimacion.estimate.supuestos.map((s) => s.id);
    const similar = (before.estimacion as unknown as { similares: Array<{ codigo: string }> })
      .similares;
    expect(similar.map((c) => c.codigo)).toContain('05001');
    expect(ids).toContain('estudio-estudio-basico-inundacion');
    expect(ids).not.toContain('estudio-coberturas-uso-suelo');
    const item = (await getJson<Prep>(base)).items.find(
      (i) => i.id === 'estudio-basico-inundacion',
    )!;
    const ok = await send(`${base}/inventario/estudio-basico-inundacion`, 'PUT', {
      estado: 'tiene',
      escala: '1:5.000',
      version: item.version,
    });
    expect(ok.status).toBe(200);
    const status = await send(`${base}/inventario/estudio-basico-inundacion`, 'PUT', {
      estado: 'tiene',
      notas: 'Entregado por el IDEAM',
      version: item.version + 1,
    });
    expect(status.status).toBe(200);
    const kept = (await getJson<Prep>(base)).items.find(
      (i) => i.id === 'estudio-basico-inundacion',
    ) as unknown as { escala: string; estado: string };
    expect(kept).toMatchObject({ escala: '1:5.000', estado: 'tiene' });
    const stale = await send(`${base}/inventario/estudio-basico-inundacion`, 'PUT', {
      estado: 'falta',
      version: item.version,
    });
    expect(stale.status).toBe(409);
    const after = await getJson<{ estimacion: { estimate: { esperado: number } } }>(
      `${base}/costo`,
    );
    expect(after.estimacion.estimate.esperado).toBeLessThan(before.estimacion.estimate.esperado);
  });

  it('says what is missing for a municipality without area instead of guessing', async () => {
    const admin = await t.login(ACCOUNT.admin!);
    const r = await getJson<{ faltantes: string[]; estimacion: null }>(
      '/api/v1/municipios/05001/preparacion/costo',
      admin,
    );
    expect(r.estimacion).toBeNull();
    expect(r.faltantes.join(' ')).toContain('el área del municipio');
  });

  it('generates terms with every required product and the chosen modality', async () => {
    const r = await getJson<{ terminos: { products: Array<{ id: string }>; blocks: unknown[] } }>(
      `${base}/terminos-referencia?tipoRevision=revision_general`,
    );
    expect(r.terminos.products.length).toBeGreaterThan(20);
    expect(JSON.stringify(r.terminos.blocks)).toContain('Concurso de méritos');
    const oversized = await getJson<{ terminos: { warnings: Array<{ code: string }> } }>(
      `${base}/terminos-referencia?equipo=director:40,apoyo:36`,
    );
    expect(oversized.terminos.warnings.map((w) => w.code)).toContain('PROFILE_OVERSIZED');
    const badTeam = await t.request(`${base}/terminos-referencia?equipo=director`, {
      cookie: office,
    });
    expect(badTeam.status).toBe(400);
    const docx = await t.request(`${base}/terminos-referencia/docx?tipoRevision=revision_general`, {
      cookie: office,
    });
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const pdf = await t.request(`${base}/terminos-referencia/pdf`, { cookie: office });
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const letter = await t.request(
      `${base}/inventario/estudio-basico-movimientos-en-masa/carta/pdf`,
      { cookie: office },
    );
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-disposition')).toContain(
      'derecho-de-peticion-estudio-basico-movimientos-en-masa.pdf',
    );
    const bad = await t.request(`${base}/costo?tipoRevision=inventada`, { cookie: office });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { mensaje: string } }).error.mensaje).toContain(
      'Tipo de revisión desconocido',
    );
  });

  it('creates a request, radicates it with a due date from the motor normativo, and closes it with the answer', async () => {
    const created = await send(`${base}/solicitudes`, 'POST', { itemId: 'coberturas-uso-suelo' });
    const { id } = (await created.json()) as { id: string };
    const radicada = await send(`${base}/solicitudes/${id}/estado`, 'POST', {
      estado: 'radicada',
      fecha: '2025-12-19',
      radicado: 'IDEAM-1',
      version: 1,
    });
    expect(await radicada.json()).toMatchObject({
      estado: 'radicada',
      venceEn: '2026-01-06',
      version: 2,
    });
    const early = await send(`${base}/solicitudes/${id}/estado`, 'POST', {
      estado: 'respondida',
      fecha: '2025-12-01',
      version: 2,
    });
    expect(early.status).toBe(400);
    const closed = await send(`${base}/solicitudes/${id}/estado`, 'POST', {
      estado: 'respondida',
      fecha: '2026-01-05',
      respuesta: 'Entregada la capa',
      version: 2,
    });
    expect(await closed.json()).toMatchObject({ estado: 'respondida' });
    const again = await send(`${base}/solicitudes/${id}/estado`, 'POST', {
      estado: 'radicada',
      fecha: '2026-01-06',
      radicado: 'x',
      version: 3,
    });
    expect(again.status).toBe(400);
    const none = await t.request(`${base}/inventario/coberturas-uso-suelo/respuesta`, {
      cookie: office,
    });
    expect(none.status).toBe(204);
    const form = new FormData();
    form.append(
      'archivo',
      new File([new TextEncoder().encode('%PDF-1.7 respuesta del IDEAM')], 'respuesta IDEAM.pdf'),
    );
    const attached = await t.app.request(`${base}/solicitudes/${id}/archivo-respuesta`, {
      method: 'POST',
      body: form,
      headers: { cookie: office },
    });
    expect(attached.status, await attached.clone().text()).toBe(200);
    const refused = new FormData();
    refused.append('archivo', new File([new TextEncoder().encode('MZ ejecutable')], 'virus.exe'));
    const bad = await t.app.request(`${base}/solicitudes/${id}/archivo-respuesta`, {
      method: 'POST',
      body: refused,
      headers: { cookie: office },
    });
    expect(bad.status).toBe(422);
    const file = await t.request(`${base}/inventario/coberturas-uso-suelo/respuesta`, {
      cookie: office,
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(await file.text()).toContain('respuesta del IDEAM');
    const p = await getJson<Prep>(base);
    expect(p.solicitudes.find((s) => s.id === id)!.alerta).toBe('respondida');
  });

  it('lets advisors publish bank cases; the municipality only leaves drafts, which the public does not see', async () => {
    const draft = await send('/api/v1/municipios/25899/banco', 'POST', {
      tipoPlan: 'POT',
      tipoRevision: 'revision_general',
      resultado: 'no_adoptado',
      fuente: 'Oficina de planeación',
      lecciones: 'Borrador de lecciones sobre la concertación frustrada',
    });
    const drafted = (await draft.json()) as { id: string; estado: string };
    expect(drafted.estado).toBe('borrador');
    const pub = await t.request('/api/v1/banco?texto=frustrada');
    expect(((await pub.json()) as { casos: unknown[] }).casos).toEqual([]);
    const advisor = await t.login(ACCOUNT.asesor!);
    const published = await t.request(`/api/v1/municipios/25899/banco/${drafted.id}/publicar`, {
      method: 'POST',
      cookie: advisor,
    });
    expect(published.status).toBe(200);
    const found = await t.request('/api/v1/banco?texto=concertaciones%20frustradas');
    expect(
      ((await found.json()) as { casos: Array<{ resultado: string }> }).casos[0]!.resultado,
    ).toBe('no_adoptado');
    const doc = new FormData();
    doc.append(
      'archivo',
      new File([new TextEncoder().encode('%PDF-1.7 acta de concertación')], 'acta CAR.pdf'),
    );
    doc.append('tipo', 'acta');
    const up = await t.app.request(`/api/v1/municipios/25899/banco/${drafted.id}/documentos`, {
      method: 'POST',
      body: doc,
      headers: { cookie: advisor },
    });
    expect(up.status, await up.clone().text()).toBe(200);
    const { indice } = (await up.json()) as { indice: number };
    const pub2 = await t.request(`/api/v1/banco/casos/${drafted.id}/documentos/${indice}`);
    expect(pub2.status).toBe(200);
    expect(await pub2.text()).toContain('acta de concertación');
    // A title given by the advisor is what the bank lists; the download keeps the file's name.
    const titled = new FormData();
    titled.append('archivo', new File([new TextEncoder().encode('%PDF-1.7 fallo')], 'fallo.pdf'));
    titled.append('tipo', 'sentencia');
    titled.append('titulo', 'Fallo del Tribunal Administrativo (2019)');
    const up2 = await t.app.request(`/api/v1/municipios/25899/banco/${drafted.id}/documentos`, {
      method: 'POST',
      body: titled,
      headers: { cookie: advisor },
    });
    expect(((await up2.json()) as { titulo: string }).titulo).toBe(
      'Fallo del Tribunal Administrativo (2019)',
    );
    const withDocs = (await (await t.request(`/api/v1/banco/casos/${drafted.id}`)).json()) as {
      documentos: Array<{ tipo: string; titulo: string }>;
    };
    expect(withDocs.documentos.map((d) => [d.tipo, d.titulo])).toEqual([
      ['acta', 'acta CAR.pdf'],
      ['sentencia', 'Fallo del Tribunal Administrativo (2019)'],
    ]);
    const fallo = await t.request(`/api/v1/banco/casos/${drafted.id}/documentos/1`);
    expect(fallo.headers.get('content-disposition')).toContain('filename="fallo.pdf"');
    const exe = new FormData();
    exe.append('archivo', new File([new TextEncoder().encode('MZ ejecutable')], 'x.exe'));
    const rejected = await t.app.request(
      `/api/v1/municipios/25899/banco/${drafted.id}/documentos`,
      { method: 'POST', body: exe, headers: { cookie: advisor } },
    );
    expect(rejected.status).toBe(422);
    const officeUpload = await t.app.request(
      `/api/v1/municipios/25899/banco/${drafted.id}/documentos`,
      { method: 'POST', body: doc, headers: { cookie: office } },
    );
    expect(officeUpload.status).toBe(403);
    const denied = await t.request(
      '/api/v1/municipios/25899/banco/00000000-0000-4000-8000-000000000000/publicar',
      { method: 'POST', cookie: office },
    );
    expect(denied.status).toBe(403);
  });
});
