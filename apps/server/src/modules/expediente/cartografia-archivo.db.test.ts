import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { ACCOUNT, createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { importLayer } from '../capas/import-service';

const HAZARD = 'pot/santa_rosa_de_cabal_66682/amenaza_avenida_torrencial.geojson';
requireSharedData(HAZARD);
const HAZARD_PATH = resolve(process.cwd(), '../shared/data', HAZARD);

const SANTA_ROSA = '/api/v1/municipios/66682/expediente';
const ZIPAQUIRA = '/api/v1/municipios/25899/expediente';
type Body = Record<string, any>;
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);

/** Every file under the test file store (a refused upload must leave none). */
const storedFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describe.each(ENGINES)('Expediente: cartography baselines and archive files on %s', (_n, open) => {
  let t: TestApp;
  let santaRosa: string;
  let zipaquira: string;
  /** The urban rectangle of the test classification, in EPSG:9377 (x0, y0, x1, y1). */
  let urban: [number, number, number, number];

  const ha = (r: [number, number, number, number]) => ((r[2] - r[0]) * (r[3] - r[1])) / 10_000;
  const box = (r: [number, number, number, number]) => [
    [
      [r[0], r[1]],
      [r[2], r[1]],
      [r[2], r[3]],
      [r[0], r[3]],
      [r[0], r[1]],
    ],
  ];
  const indicator = async (id: string) =>
    (await (
      await t.request(`${SANTA_ROSA}/indicadores/${id}`, { cookie: santaRosa })
    ).json()) as Body;

  beforeAll(async () => {
    t = await createTestApp(open);
    santaRosa = await t.login(ACCOUNT['planeacion.santarosa']!);
    zipaquira = await t.login(ACCOUNT['planeacion.zipaquira']!);
    const actor = { id: null, label: 'prueba' };
    // The real torrential-flow hazard study of Santa Rosa de Cabal, through the product's importer.
    await importLayer(t.deps, {
      codigo: '66682',
      bytes: readFileSync(HAZARD_PATH),
      fileName: 'amenaza_avenida_torrencial.geojson',
      tipo: 'amenaza_avenidas_torrenciales',
      epsg: 4326,
      reparar: true,
      metadatos: { estudio: 'Estudio detallado ALDESARROLLO (2025)', fecha: '2025-06-30' },
      actor,
    });
    // A classification drawn for the test over the western half of the hazard's extent (urban)
    // and a square west of it (expansion), in EPSG:9377 so its areas are known exactly.
    const [ext] = await t.engine.owner.query<{ x0: number; y0: number; x1: number; y1: number }>(
      `SELECT ST_XMin(b) AS x0, ST_YMin(b) AS y0, ST_XMax(b) AS x1, ST_YMax(b) AS y1
       FROM (SELECT ST_Extent(geom)::geometry AS b FROM capa_entidades WHERE municipality_id = '66682') s`,
    );
    const x0 = Math.floor(ext!.x0);
    const y0 = Math.floor(ext!.y0);
    const xm = Math.round((ext!.x0 + ext!.x1) / 2);
    const y1 = Math.ceil(ext!.y1);
    urban = [x0, y0, xm, y1];
    const expansion: [number, number, number, number] = [x0 - 400, y0, x0 - 100, y0 + 300];
    const feature = (clase: string, r: [number, number, number, number]) => ({
      type: 'Feature',
      properties: { clase },
      geometry: { type: 'Polygon', coordinates: box(r) },
    });
    await importLayer(t.deps, {
      codigo: '66682',
      bytes: new TextEncoder().encode(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [feature('Suelo urbano', urban), feature('Suelo de expansión', expansion)],
        }),
      ),
      fileName: 'clasificacion_prueba.geojson',
      tipo: 'clasificacion_suelo',
      epsg: 9377,
      campoCategoria: 'clase',
      metadatos: { estudio: 'Clasificación de prueba', fecha: '2024-12-01' },
      actor,
    });
    const adopted = await t.request(`${SANTA_ROSA}/indicadores/catalogo`, {
      method: 'POST',
      cookie: santaRosa,
      body: '{}',
    });
    expect(adopted.status).toBe(200);
  }, 240_000);
  afterAll(() => t.close());

  it('fills empty area baselines from the layers, in EPSG:9377 hectares, citing the layer', async () => {
    const urbana = await indicator('area-urbana');
    expect(urbana.lineaBase.valor).toBeCloseTo(ha(urban), 2);
    expect(urbana.lineaBase.anio).toBe(2024);
    expect(urbana.lineaBaseAutomatica).toBe(true);
    expect(urbana.origenLineaBase).toBe(
      'Tomado de la capa «clasificacion_prueba», Clasificación de prueba, 2024-12-01.',
    );
    // The same area is the measurement of the layer's year (the office typed none).
    expect(urbana.mediciones).toEqual([
      { anio: 2024, valor: urbana.lineaBase.valor, evidencia: urbana.origenLineaBase },
    ]);
    const expansion = await indicator('area-expansion');
    expect(expansion.lineaBase.valor).toBeCloseTo(9, 2);
    // No protection class and no protected-areas layer: the cartography says nothing (no 0 ha).
    const proteccion = await indicator('suelo-proteccion');
    expect(proteccion.lineaBase).toBeNull();
    expect(proteccion.cartografia).toBeNull();
  });

  it('measures urban land in high hazard as PostGIS does on the study file itself', async () => {
    const [expected] = await t.engine.owner.query<{ ha: number }>(
      `WITH f AS (SELECT json_array_elements($1::json -> 'features') AS f)
       SELECT ST_Area(ST_Intersection(
         ST_UnaryUnion(ST_Collect(ST_MakeValid(ST_Transform(
           ST_SetSRID(ST_GeomFromGeoJSON((f -> 'geometry')::text), 4326), 9377)))),
         ST_MakeEnvelope($2, $3, $4, $5, 9377))) / 10000 AS ha
       FROM f WHERE f -> 'properties' ->> 'Categoria' = 'Alta'`,
      [readFileSync(HAZARD_PATH, 'utf8'), ...urban],
    );
    expect(expected!.ha).toBeGreaterThan(0.01);
    const ocupada = await indicator('amenaza-alta-ocupada');
    expect(ocupada.lineaBase.valor).toBeCloseTo(expected!.ha, 2);
    expect(ocupada.cartografia.capas.map((c: Body) => c.nombre).sort()).toEqual([
      'amenaza_avenida_torrencial',
      'clasificacion_prueba',
    ]);
    expect(ocupada.cartografia.supuesto).toMatch(/suelo ocupado/);
  });

  it('never overwrites a typed baseline: it offers the layer and adopts it only when asked, audited', async () => {
    const saved = await t.request(`${SANTA_ROSA}/indicadores/area-urbana`, {
      method: 'PUT',
      cookie: santaRosa,
      body: JSON.stringify({
        nombre: 'Área de suelo urbano',
        dimension: 'modelo_ocupacion',
        unidad: 'ha',
        sentido: 'disminuir',
        lineaBase: 999,
        anioBase: 2019,
      }),
    });
    expect(saved.status).toBe(200);
    const typed = await indicator('area-urbana');
    expect(typed.lineaBase).toEqual({ anio: 2019, valor: 999 });
    expect(typed.origenLineaBase).toBeNull();
    expect(typed.cartografia.valor).toBeCloseTo(ha(urban), 2);

    const adopt = await t.request(`${SANTA_ROSA}/indicadores/area-urbana/linea-base-capa`, {
      method: 'POST',
      cookie: santaRosa,
    });
    expect(adopt.status).toBe(200);
    const after = await indicator('area-urbana');
    expect(after.lineaBase.valor).toBeCloseTo(ha(urban), 2);
    expect(after.lineaBaseAutomatica).toBe(false);
    expect(after.origenLineaBase).toMatch(/^Tomado de la capa «clasificacion_prueba»/);
    const [audit] = await t.engine.owner.query<{ detalle: Body }>(
      `SELECT detalle FROM auditoria WHERE accion = 'expediente.linea_base_capa' AND objeto = 'indicador:area-urbana'`,
    );
    expect(audit!.detalle.anterior).toEqual({ lineaBase: 999, anioBase: 2019 });

    const none = await t.request(`${SANTA_ROSA}/indicadores/suelo-proteccion/linea-base-capa`, {
      method: 'POST',
      cookie: santaRosa,
    });
    expect(none.status).toBe(409);
    expect(((await none.json()) as Body).error.mensaje).toMatch(/no mide este indicador/);
  });

  const upload = (fields: Record<string, string>, bytes: Uint8Array, name: string) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('archivo', new File([bytes as unknown as ArrayBuffer], name));
    return t.app.request(`${ZIPAQUIRA}/archivo/carga`, {
      method: 'POST',
      body: form,
      headers: { cookie: zipaquira },
    });
  };
  const download = (id: string, cookie = zipaquira, base = ZIPAQUIRA) =>
    t.request(`${base}/archivo/${id}/descarga`, { cookie });

  it('stores archive files by version, downloads each, and finds them by words', async () => {
    const first = await upload(
      { tipo: 'estudio', titulo: 'Estudio de amenaza por remoción', fecha: '2024-05-02' },
      pdf('version uno'),
      'estudio-remocion.pdf',
    );
    expect(first.status).toBe(200);
    const v1 = (await first.json()) as Body;
    expect(v1).toMatchObject({ version: 1, archivo: 'estudio-remocion.pdf' });
    const second = await upload(
      {
        serie: v1.serie,
        tipo: 'estudio',
        titulo: 'Estudio de amenaza por remoción (ajustado)',
        fecha: '2025-02-10',
      },
      pdf('version dos'),
      'estudio-remocion-v2.pdf',
    );
    const v2 = (await second.json()) as Body;
    expect(v2.version).toBe(2);
    const one = await download(v1.id);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toBe('application/pdf');
    expect(await one.text()).toContain('version uno');
    expect(await (await download(v2.id)).text()).toContain('version dos');

    const found = (await (
      await t.request(`${ZIPAQUIRA}/archivo?q=remocion`, { cookie: zipaquira })
    ).json()) as Body;
    expect(found.entradas.map((e: Body) => e.archivo)).toEqual(
      expect.arrayContaining(['estudio-remocion.pdf', 'estudio-remocion-v2.pdf']),
    );
  });

  it('refuses a bad file in Spanish writing nothing, and hides files from other municipalities', async () => {
    const count = async () =>
      (
        await t.engine.owner.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM expediente_documentos WHERE municipality_id = '25899'`,
        )
      )[0]!.n;
    const rows = await count();
    const files = storedFiles(t.deps.files.root).length;
    const bad = await upload(
      { tipo: 'documento', titulo: 'Programa disfrazado', fecha: '2025-01-01' },
      new TextEncoder().encode('MZ\x90\x00 no es un PDF'),
      'acuerdo.pdf',
    );
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as Body).error.mensaje).toMatch(/Tipo de archivo no admitido/);
    const noTitle = await upload({ tipo: 'documento', fecha: '2025-01-01' }, pdf('x'), 'a.pdf');
    expect(noTitle.status).toBe(400);
    expect(await count()).toBe(rows);
    expect(storedFiles(t.deps.files.root).length).toBe(files);

    const [doc] = await t.engine.owner.query<{ id: string }>(
      `SELECT id::text AS id FROM expediente_documentos WHERE municipality_id = '25899' LIMIT 1`,
    );
    // Santa Rosa's planner: Zipaquirá's document is neither under Zipaquirá nor under Santa Rosa.
    expect((await download(doc!.id, santaRosa)).status).toBe(404);
    expect((await download(doc!.id, santaRosa, SANTA_ROSA)).status).toBe(404);
  });
});
