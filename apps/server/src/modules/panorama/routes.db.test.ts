import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { importDivipola } from '../catalog/service';
import { importLimits } from './limits-import';
import { csvField } from './open-data';
import { invalidatePanoramaCaches } from './service';
import { storeLimitsTopology } from './topology';

const actor = { id: null, label: 'prueba' };

interface Fila {
  codigo: string;
  estadoPlan: string;
  tipoPlan: string | null;
  vigenciaLargoPlazo: string | null;
  procesoEtapa: string | null;
  procesoIniciado: string | null;
  codigoDepartamento: string;
}
interface Panorama {
  fecha: string;
  municipios: Fila[];
  resumen: { total: number; vigente: number; vencido: number; sin_plan: number };
  fuentes: { norm: string; article: string }[];
}

describe('csvField (RFC 4180)', () => {
  it('quotes separators, doubles quotes and defuses spreadsheet formulas', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('BOGOTÁ, D.C.')).toBe('"BOGOTÁ, D.C."');
    expect(csvField('Acuerdo "12"')).toBe('"Acuerdo ""12"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('2026-03-02')).toBe('2026-03-02');
  });
});

describe.each(ENGINES)('Panorama nacional and open data on %s', (_name, open) => {
  let t: TestApp;
  const get = async <T>(path: string) => {
    const response = await t.request(path);
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };
  beforeAll(async () => {
    t = await createTestApp(open);
    await importDivipola(t.deps, {
      bytes: new Uint8Array(readFileSync(requireSharedData('divipola/municipios_colombia.csv'))),
      source: 'municipios_colombia.csv',
      actor,
    });
    await importLimits(t.deps, {
      bytes: new Uint8Array(readFileSync(requireSharedData('limites/mgn2018_municipios.geojson'))),
      source: 'mgn2018_municipios.geojson',
      actor,
    });
    // A revision in course in Medellín (written as the owner: the Ruta module is not needed here).
    await t.engine.owner.exec(
      `INSERT INTO procesos (municipality_id, id, tipo_revision, tipo_plan, etapa_actual, fecha_base, iniciado_en)
       VALUES ('05001', '8d7e1a52-4a35-4a47-9d0e-5b0c2f3c1a01', 'revision_general', 'POT', 'diagnostico',
               '2026-01-15', '2026-01-16T02:00:00Z')`,
    );
    invalidatePanoramaCaches(t.deps.db);
  });
  afterAll(() => t.close());

  it('lists all 1,122 municipalities with status from the rules engine, without a session', async () => {
    const body = await get<Panorama>('/api/v1/panorama?fecha=2026-03-02');
    expect(body.fecha).toBe('2026-03-02');
    expect(body.municipios).toHaveLength(1122);
    expect(body.resumen.total).toBe(1122);
    expect(body.resumen.vigente + body.resumen.vencido + body.resumen.sin_plan).toBe(1122);
    const byCode = new Map(body.municipios.map((m) => [m.codigo, m]));
    // Acuerdo 48 de 2014: long term to 31-Dec-2027 (same as the Estado del POT test).
    expect(byCode.get('05001')).toMatchObject({
      estadoPlan: 'vigente',
      tipoPlan: 'POT',
      vigenciaLargoPlazo: '2027-12-31',
      procesoEtapa: 'diagnostico',
      // 02:00 UTC on the 16th is still the 15th in Bogotá.
      procesoIniciado: '2026-01-15',
    });
    expect(byCode.get('25899')).toMatchObject({ estadoPlan: 'vencido' });
    expect(byCode.get('91001')).toMatchObject({ estadoPlan: 'sin_plan', procesoEtapa: null });
    expect(body.fuentes.map((f) => f.article)).toEqual(expect.arrayContaining(['9']));
    expect(JSON.stringify(body)).not.toMatch(/@|instrumento|usuario/);
  });

  it('agrees with the Estado del POT when the plan history is recorded as acts', async () => {
    const office = await t.login('planeacion.santarosa@demo.rutapot.co');
    for (const act of [
      { tipo: 'adopcion', instrumento: 'Acuerdo 28 de 2000', fecha: '2000-08-20' },
      { tipo: 'revision_general', instrumento: 'Acuerdo 10 de 2013', fecha: '2013-05-05' },
    ]) {
      const saved = await t.request('/api/v1/municipios/66682/actos-plan', {
        method: 'POST',
        cookie: office,
        body: JSON.stringify(act),
      });
      expect(saved.status).toBe(201);
    }
    invalidatePanoramaCaches(t.deps.db);
    const body = await get<Panorama>('/api/v1/panorama?fecha=2026-03-02');
    const santaRosa = body.municipios.find((m) => m.codigo === '66682');
    const estado = await get<{ vigencias: { longTermEnd: string; status: string } }>(
      '/api/v1/municipios/66682/estado-pot?fecha=2026-03-02',
    );
    // A revisión general in 2013 restarts the clock (legal-rules §2.3 ex. 5): 31-Dec-2027.
    expect(santaRosa).toMatchObject({
      estadoPlan: estado.vigencias.status,
      vigenciaLargoPlazo: '2027-12-31',
    });
    expect(estado.vigencias.longTermEnd).toBe('2027-12-31');
  });

  it('filters by department, plan type and status; the summary counts what is returned', async () => {
    const antioquia = await get<Panorama>('/api/v1/panorama?fecha=2026-03-02&departamento=05');
    expect(antioquia.municipios.length).toBe(125);
    expect(antioquia.municipios.every((m) => m.codigoDepartamento === '05')).toBe(true);
    const vencidos = await get<Panorama>('/api/v1/panorama?fecha=2026-03-02&estado=vencido');
    expect(vencidos.municipios.map((m) => m.codigo)).toContain('25899');
    expect(vencidos.resumen).toMatchObject({ vigente: 0, sin_plan: 0 });
    const pot = await get<Panorama>('/api/v1/panorama?fecha=2026-03-02&tipoPlan=POT');
    expect(pot.municipios.every((m) => m.tipoPlan === 'POT')).toBe(true);
  });

  it('answers a Spanish 400 for bad filters', async () => {
    for (const query of ['departamento=5', 'estado=caducado', 'tipoPlan=XYZ', 'fecha=2026-02-30']) {
      const response = await t.request(`/api/v1/panorama?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { mensaje: string } };
      expect(body.error.mensaje.length).toBeGreaterThan(10);
    }
  });

  it('serves the simplified boundaries with ETag, one-hour caching, gzip and 304', async () => {
    const response = await t.request('/api/v1/panorama/limites.geojson', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);
    const geojson = JSON.parse(
      gunzipSync(new Uint8Array(await response.arrayBuffer())).toString('utf8'),
    ) as { features: { properties: { codigo: string; nombre: string } }[] };
    expect(geojson.features).toHaveLength(1122);
    expect(geojson.features[0]!.properties).toEqual({ codigo: '05001', nombre: 'MEDELLÍN' });
    const again = await t.request('/api/v1/panorama/limites.geojson', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const plain = await t.request('/api/v1/panorama/limites.geojson');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.text()).startsWith('{"type":"FeatureCollection"')).toBe(true);
  });

  it('serves the map boundaries as quantized TopoJSON with shared borders, brotli and ETag (ADR 0025)', async () => {
    const geojsonGzip = (
      await (
        await t.request('/api/v1/panorama/limites.geojson', {
          headers: { 'accept-encoding': 'gzip' },
        })
      ).arrayBuffer()
    ).byteLength;
    const response = await t.request('/api/v1/panorama/limites.topojson', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    const br = new Uint8Array(await response.arrayBuffer());
    // The wire target of issue 12: well under half of the gzipped GeoJSON.
    expect(br.byteLength).toBeLessThan(geojsonGzip * 0.4);
    const topo = JSON.parse(brotliDecompressSync(br).toString('utf8')) as {
      type: string;
      transform: { scale: [number, number]; translate: [number, number] };
      objects: { municipios: { geometries: { id: string; arcs: unknown }[] } };
      arcs: [number, number][][];
    };
    expect(topo.type).toBe('Topology');
    const geometries = topo.objects.municipios.geometries;
    expect(geometries).toHaveLength(1122);
    expect(geometries[0]!.id).toBe('05001');
    // Quantized: integer deltas on a grid of 10,000 steps.
    expect(topo.arcs.flat(2).every((n) => Number.isInteger(n))).toBe(true);
    expect(topo.transform.translate[0]).toBeLessThan(-81);
    // Shared borders travel once: most arcs are used by two municipalities.
    const uses = new Map<number, number>();
    for (const index of JSON.stringify(geometries.map((g) => g.arcs)).match(/-?\d+/g) ?? []) {
      const arc = Number(index) < 0 ? ~Number(index) : Number(index);
      uses.set(arc, (uses.get(arc) ?? 0) + 1);
    }
    const shared = [...uses.values()].filter((n) => n === 2).length;
    expect(shared / topo.arcs.length).toBeGreaterThan(0.6);
    const etag = response.headers.get('etag')!;
    const again = await t.request('/api/v1/panorama/limites.topojson', {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const gzip = await t.request('/api/v1/panorama/limites.topojson', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const text = gunzipSync(new Uint8Array(await gzip.arrayBuffer())).toString('utf8');
    expect(text).toBe(brotliDecompressSync(br).toString('utf8'));
    // Built by the import and stored: a restarted server (empty memory) reads it back as is.
    invalidatePanoramaCaches(t.deps.db);
    const stored = await t.request('/api/v1/panorama/limites.topojson');
    expect(await stored.text()).toBe(text);
    expect(stored.headers.get('etag')).toBe(etag);
    // A database whose boundaries were imported before the table existed: built on request
    // from the simplified copy (no PostGIS call on a public read), and stored.
    await t.deps.db.withContext({ plataforma: true }, (tx) =>
      tx.execute(sql`DELETE FROM limites_topologia`),
    );
    invalidatePanoramaCaches(t.deps.db);
    const rebuilt = await t.request('/api/v1/panorama/limites.topojson');
    expect(rebuilt.status).toBe(200);
    const fallback = JSON.parse(await rebuilt.text()) as typeof topo;
    expect(fallback.objects.municipios.geometries).toHaveLength(1122);
    const rows = await t.deps.db.withContext({}, (tx) =>
      tx.execute(sql`SELECT count(*)::int AS n FROM limites_topologia`),
    );
    expect(rowsOf<{ n: number }>(rows)[0]!.n).toBe(1);
    // Restore the import's topology for the tests that follow.
    await storeLimitsTopology(t.deps);
  });

  it('exports open data as CSV (BOM, RFC 4180, one dated row per municipality)', async () => {
    const response = await t.request('/api/v1/datos-abiertos/estado-pot.csv?fecha=2026-03-02');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="estado-pot-colombia-2026-03-02.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe(
      'codigo,nombre,departamento,tipo_plan,estado_plan,fecha_adopcion,instrumento,vigencia_largo_plazo,inicio_formulacion,proceso_tipo,proceso_etapa,proceso_iniciado,fecha_corte',
    );
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1124);
    const medellin = lines.find((l) => l.startsWith('05001,'))!;
    expect(medellin).toMatch(/^05001,MEDELLÍN,ANTIOQUIA,POT,vigente,2014-12-19,/);
    expect(medellin).toMatch(/,2027-12-31,.*,revision_general,diagnostico,2026-01-15,2026-03-02$/);
    expect(lines.find((l) => l.startsWith('11001,'))).toContain('"BOGOTÁ, D.C."');
  });

  it('exports the same rows for Excel in Spanish, separated by semicolons (issue 12)', async () => {
    const response = await t.request(
      '/api/v1/datos-abiertos/estado-pot.csv?fecha=2026-03-02&separador=punto_y_coma',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]!.replace(/^\uFEFF/, '').split(';')).toHaveLength(13);
    expect(lines.find((l) => l.startsWith('11001;'))).toContain(';BOGOTÁ, D.C.;');
    expect(lines.find((l) => l.startsWith('05001;'))).toMatch(
      /^05001;MEDELLÍN;ANTIOQUIA;POT;vigente;/,
    );
  });

  it('exports open data as GeoJSON on the simplified boundaries', async () => {
    const response = await t.request('/api/v1/datos-abiertos/estado-pot.geojson?fecha=2026-03-02');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('.geojson"');
    const body = (await response.json()) as {
      features: { properties: Record<string, string | null>; geometry: { type: string } | null }[];
    };
    expect(body.features).toHaveLength(1122);
    const zipaquira = body.features.find((f) => f.properties['codigo'] === '25899')!;
    expect(zipaquira.properties).toMatchObject({
      estado_plan: 'vencido',
      fecha_corte: '2026-03-02',
    });
    expect(zipaquira.geometry!.type).toBe('MultiPolygon');
  });
});
