import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { importLayer } from '../capas/import-service';
import { importLimits } from '../panorama/limits-import';
import { CRS84, EPSG_9377 } from './crs';
import { gdal, listen } from './test-server';

const SANTA_ROSA = 'pot/santa_rosa_de_cabal_66682/';
const read = (name: string) => new Uint8Array(readFileSync(requireSharedData(SANTA_ROSA + name)));
const actor = { id: null, label: 'prueba' };
/** amenaza_inundacion.geojson: 233 features, Categoria Media 209, Alta 23, Baja 1. */
const TOTAL = 233;
const ALTA = 23;

interface Json {
  [key: string]: unknown;
}
interface Page {
  features: { id: number; geometry: { coordinates: unknown }; properties: Json }[];
  numberMatched: number;
  numberReturned: number;
  links: { rel: string; href: string }[];
}

const firstPosition = (coordinates: unknown): number[] => {
  let c = coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return c as number[];
};

describe.each(ENGINES)('OGC API – Features on %s', (_name, open) => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof listen>>;
  let capaId: string;
  let privada: string;
  let dir: string;
  const get = async (path: string) => server.app.request(path);
  const json = async <T = Json>(path: string) => {
    const response = await get(path);
    expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
    return (await response.json()) as T;
  };
  const oapif = () => `OAPIF:${server.url}/ogc`;
  const db = <T>(query: string, params: unknown[] = []) => t.engine.owner.query<T>(query, params);

  beforeAll(async () => {
    t = await createTestApp(open);
    const imported = await importLayer(t.deps, {
      codigo: '66682',
      bytes: read('amenaza_inundacion.geojson'),
      fileName: 'amenaza_inundacion.geojson',
      tipo: 'amenaza_inundacion',
      // Three features self-intersect; the user's confirmation repairs them (ST_MakeValid).
      reparar: true,
      actor,
    });
    capaId = imported.capaId;
    privada = (
      await importLayer(t.deps, {
        codigo: '66682',
        bytes: read('amenaza_avenida_torrencial.geojson'),
        fileName: 'amenaza_avenida_torrencial.geojson',
        tipo: 'amenaza_avenidas_torrenciales',
        actor,
      })
    ).capaId;
    await db(`UPDATE capas SET publica = true WHERE id = $1`, [capaId]);
    // Santa Rosa de Cabal's boundary from DANE's MGN (the demo loads only its own municipalities).
    const mgn = JSON.parse(
      readFileSync(requireSharedData('limites/mgn2018_municipios.geojson'), 'utf8'),
    ) as { features: { properties?: { MPIO_CCNCT?: string } }[] };
    const features = mgn.features.filter((f) => f.properties?.MPIO_CCNCT === '66682');
    await importLimits(t.deps, {
      bytes: new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features })),
      source: 'mgn2018_municipios.geojson',
      actor,
    });
    server = await listen(t);
    dir = mkdtempSync(join(tmpdir(), 'ruta-ogc-'));
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    await t?.close();
  });

  it('publishes a landing page, conformance and the public collections only', async () => {
    const landing = await json<{ links: { rel: string; href: string }[] }>('/ogc');
    expect(landing.links.map((l) => l.rel).sort()).toEqual([
      'conformance',
      'data',
      'self',
      'service-desc',
    ]);
    const conformance = await json<{ conformsTo: string[] }>('/ogc/conformance');
    expect(conformance.conformsTo).toContain(
      'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
    );
    const { collections } = await json<{ collections: Json[] }>('/ogc/collections');
    const ids = collections.map((c) => c.id);
    expect(ids).toEqual(['limites-municipales', `capa-${capaId}`]);
    const capa = await json<Json>(`/ogc/collections/capa-${capaId}`);
    expect(capa.title).toContain('Santa Rosa de Cabal');
    expect(capa.crs).toEqual([CRS84, 'http://www.opengis.net/def/crs/EPSG/0/4326', EPSG_9377]);
    expect(capa.storageCrs).toBe(EPSG_9377);
    const [bbox] = (capa.extent as { spatial: { bbox: number[][] } }).spatial.bbox;
    expect(bbox![0]).toBeGreaterThan(-76);
    expect(bbox![2]).toBeLessThan(-75.4);
    expect(bbox![1]).toBeGreaterThan(4.7);
    expect(bbox![3]).toBeLessThan(5);
    // Not public, unknown, malformed: the same 404.
    for (const id of [`capa-${privada}`, 'capa-00000000-0000-0000-0000-000000000000', 'x'])
      expect((await get(`/ogc/collections/${id}/items`)).status).toBe(404);
  });

  it('pages, filters and reprojects items', async () => {
    const base = `/ogc/collections/capa-${capaId}/items`;
    const response = await get(base);
    expect(response.headers.get('content-type')).toContain('application/geo+json');
    expect(response.headers.get('content-crs')).toBe(`<${CRS84}>`);
    const first = (await response.json()) as Page;
    expect([first.numberMatched, first.numberReturned]).toEqual([TOTAL, 100]);
    const next = first.links.find((l) => l.rel === 'next')!;
    expect(new URL(next.href).searchParams.get('offset')).toBe('100');
    const last = await json<Page>(`${base}?offset=200&limit=50`);
    expect(last.numberReturned).toBe(TOTAL - 200);
    expect(last.links.map((l) => l.rel)).toContain('prev');
    expect(last.links.map((l) => l.rel)).not.toContain('next');
    // The source has its own «Categoria»: the profile's category goes as «cat_pot», as in the
    // downloads, so a GIS that saves the items to a case-insensitive format keeps both.
    const alta = await json<Page>(`${base}?cat_pot=alta&limit=1000`);
    expect(alta.numberMatched).toBe(ALTA);
    expect(alta.features.every((f) => f.properties.cat_pot === 'alta')).toBe(true);
    expect(alta.features.some((f) => 'categoria' in f.properties)).toBe(false);
    expect(alta.features.every((f) => typeof f.properties.Categoria === 'string')).toBe(true);

    const [stored] = await db<{ id: number; lonlat: string; ne: string; x: number; y: number }>(
      `SELECT id, ST_AsGeoJSON(ST_Transform(geom, 4326), 7) AS lonlat,
         ST_AsGeoJSON(ST_FlipCoordinates(geom), 3) AS ne, ST_X(ST_PointOnSurface(geom)) AS x,
         ST_Y(ST_PointOnSurface(geom)) AS y
       FROM capa_entidades WHERE capa_id = $1 ORDER BY id LIMIT 1`,
      [capaId],
    );
    expect(first.features[0]!.geometry).toEqual(JSON.parse(stored!.lonlat));
    const projected = await get(`${base}/${stored!.id}?crs=${encodeURIComponent(EPSG_9377)}`);
    expect(projected.headers.get('content-crs')).toBe(`<${EPSG_9377}>`);
    const feature = (await projected.json()) as { geometry: unknown };
    expect(feature.geometry).toEqual(JSON.parse(stored!.ne));
    const [north, east] = firstPosition((feature.geometry as { coordinates: unknown }).coordinates);
    expect(north).toBeGreaterThan(2_000_000);
    expect(east).toBeGreaterThan(4_000_000);
    // A 20 m box around a point of the first feature, in EPSG:9377 (northing, easting).
    const box = [stored!.y - 10, stored!.x - 10, stored!.y + 10, stored!.x + 10].join(',');
    const inBox = await json<Page>(
      `${base}?bbox=${box}&bbox-crs=${encodeURIComponent(EPSG_9377)}&limit=1000`,
    );
    expect(inBox.features.map((f) => f.id)).toContain(stored!.id);
    expect(inBox.numberMatched).toBeLessThan(10);

    // EPSG:4326 is latitude, longitude (Part 2: the CRS's own axis order).
    const latLon = await json<Page>(
      `${base}?limit=1&crs=${encodeURIComponent('http://www.opengis.net/def/crs/EPSG/0/4326')}`,
    );
    const [lon, lat] = firstPosition(first.features[0]!.geometry.coordinates);
    expect(firstPosition(latLon.features[0]!.geometry.coordinates)).toEqual([lat, lon]);

    const schema = await json<{ properties: Record<string, { type: string }> }>(
      `/ogc/collections/capa-${capaId}/queryables`,
    );
    expect(schema.properties).toMatchObject({
      cat_pot: { type: 'string' },
      Categoria: { type: 'string' },
      gridcode: { type: 'number' },
    });
    const byCode = await json<Page>(`${base}?gridcode=3&Categoria=Media&limit=1`);
    expect(byCode.numberMatched).toBeGreaterThan(0);
    expect(byCode.numberMatched).toBeLessThanOrEqual(TOTAL - ALTA);

    const limite = await json<Page>(
      '/ogc/collections/limites-municipales/items?codigo=66682&bbox=-75.7,4.8,-75.5,4.9',
    );
    expect(limite.numberMatched).toBe(1);
    expect(limite.features[0]!.properties.nombre).toBe('Santa Rosa de Cabal');
  });

  it('answers bad parameters with a 400 OGC exception in Spanish', async () => {
    const base = `/ogc/collections/capa-${capaId}/items`;
    for (const query of ['limit=abc', 'limit=0', 'bbox=1,2,3', 'crs=EPSG:3857', 'f=html']) {
      const response = await get(`${base}?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { code: string; description: string };
      expect(body.code).toBe('InvalidParameterValue');
      expect(body.description).toMatch(/[áéíóúñ«]/);
    }
    const unknown = await get('/ogc/collections/limites-municipales/items?color=rojo');
    expect(unknown.status).toBe(400);
  });

  it('is read by GDAL (ogrinfo and ogr2ogr, OAPIF driver)', async () => {
    const summary = await gdal('ogrinfo', ['-ro', '-so', oapif()]);
    expect(summary).toContain(`capa-${capaId}`);
    expect(summary).toContain('limites-municipales');
    const layer = await gdal('ogrinfo', ['-ro', '-so', oapif(), `capa-${capaId}`]);
    expect(layer).toContain(`Feature Count: ${TOTAL}`);
    const filtered = await gdal('ogrinfo', [
      ...['-ro', '-so', oapif(), `capa-${capaId}`],
      ...['-where', "categoria = 'alta'"],
    ]);
    expect(filtered).toContain(`Feature Count: ${ALTA}`);

    const copy = join(dir, 'copia.gpkg');
    await gdal('ogr2ogr', ['-f', 'GPKG', copy, oapif(), `capa-${capaId}`, '-nln', 'copia']);
    expect(await gdal('ogrinfo', ['-ro', '-so', copy, 'copia'])).toContain(
      `Feature Count: ${TOTAL}`,
    );
    const back = join(dir, 'copia.geojson');
    await gdal('ogr2ogr', ['-f', 'GeoJSON', back, copy, 'copia']);
    const copied = JSON.parse(readFileSync(back, 'utf8')) as Page;
    const original = await db<{ g: string }>(
      `SELECT ST_AsGeoJSON(ST_Transform(geom, 4326), 7) AS g FROM capa_entidades
       WHERE capa_id = $1 ORDER BY id`,
      [capaId],
    );
    expect(copied.features).toHaveLength(TOTAL);
    copied.features.forEach((f, i) => {
      const expected = (JSON.parse(original[i]!.g) as { coordinates: unknown }).coordinates;
      expect(JSON.stringify(f.geometry.coordinates)).toBe(JSON.stringify(expected));
    });
  });

  it('downloads a public layer as GeoJSON, GeoPackage and zipped Shapefile', async () => {
    const [extent] = await db<{ x0: number; y0: number; x1: number; y1: number }>(
      `SELECT ST_XMin(e) AS x0, ST_YMin(e) AS y0, ST_XMax(e) AS x1, ST_YMax(e) AS y1
       FROM (SELECT ST_Extent(geom) AS e FROM capa_entidades WHERE capa_id = $1) t`,
      [capaId],
    );
    const round = (v: number) => Number(v).toFixed(6);
    const files: Record<string, string> = {};
    for (const formato of ['geojson', 'gpkg', 'shp']) {
      const response = await get(`/ogc/collections/capa-${capaId}/descargas/${formato}`);
      expect(response.status, formato).toBe(200);
      const name = /filename="([^"]+)"/.exec(
        response.headers.get('content-disposition') ?? '',
      )![1]!;
      expect(name).toMatch(/^amenaza_inundacion_66682\.(geojson|gpkg|zip)$/);
      files[formato] = join(dir, name);
      writeFileSync(files[formato], new Uint8Array(await response.arrayBuffer()));
    }
    for (const [formato, path] of Object.entries(files)) {
      const source = formato === 'shp' ? `/vsizip/${path}` : path;
      const info = await gdal('ogrinfo', ['-ro', '-so', '-al', source]);
      expect(info, formato).toContain(`Feature Count: ${TOTAL}`);
      if (formato === 'geojson') continue;
      // CTM12 (EPSG:9377): GDAL 3.6 names it «MAGNA-SIRGAS / Origen-Nacional».
      expect(info, formato).toMatch(/Origen-Nacional/);
      expect(info, formato).toMatch(
        /"Longitude of natural origin",-73,[\s\S]*"False easting",5000000,/,
      );
      if (formato === 'gpkg') expect(info).toContain('ID["EPSG",9377]');
      expect(info, formato).toContain(
        `Extent: (${round(extent!.x0)}, ${round(extent!.y0)}) - (${round(extent!.x1)}, ${round(extent!.y1)})`,
      );
      // The file's own «Categoria» keeps its name; the normalised category goes as «cat_pot».
      expect(info, formato).toMatch(/Categoria: String[\s\S]*cat_pot: String/);
      const alta = await gdal('ogrinfo', [
        '-ro',
        '-so',
        '-al',
        source,
        '-where',
        "cat_pot = 'alta'",
      ]);
      expect(alta, formato).toContain(`Feature Count: ${ALTA}`);
    }
    const privateDownload = await get(`/ogc/collections/capa-${privada}/descargas/gpkg`);
    expect(privateDownload.status).toBe(404);
    expect((await get(`/ogc/collections/capa-${capaId}/descargas/kml`)).status).toBe(404);
  });

  it('keeps accented text in the Shapefile (UTF-8, .cpg) and the GeoPackage', async () => {
    const texto = 'Inundación lenta en la vereda La Españolita';
    const square = (x: number) => ({
      type: 'Feature',
      properties: { Descripción: texto, Área: 1.5 },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x, 4.86],
            [x + 0.01, 4.86],
            [x + 0.01, 4.87],
            [x, 4.87],
            [x, 4.86],
          ],
        ],
      },
    });
    const bytes = new TextEncoder().encode(
      JSON.stringify({ type: 'FeatureCollection', features: [square(-75.63), square(-75.6)] }),
    );
    const { capaId: id } = await importLayer(t.deps, {
      codigo: '66682',
      bytes,
      fileName: 'veredas.geojson',
      tipo: 'otra',
      actor,
    });
    await db(`UPDATE capas SET publica = true WHERE id = $1`, [id]);
    for (const [formato, open] of [
      ['shp', (path: string) => `/vsizip/${path}`],
      ['gpkg', (path: string) => path],
    ] as const) {
      const response = await get(`/ogc/collections/capa-${id}/descargas/${formato}`);
      expect(response.status).toBe(200);
      const path = join(dir, `veredas.${formato === 'shp' ? 'zip' : 'gpkg'}`);
      writeFileSync(path, new Uint8Array(await response.arrayBuffer()));
      const info = await gdal('ogrinfo', ['-ro', '-al', '-q', open(path)]);
      expect(info.split(texto)).toHaveLength(3);
      expect(info).toMatch(formato === 'shp' ? /Descripcio \(String\)/ : /Descripción \(String\)/);
    }
  });
});
