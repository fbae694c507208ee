import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';

const SANTA_ROSA = '66682';
const base = `/api/v1/municipios/${SANTA_ROSA}/capas`;

/** Tile (x, y) holding a lon/lat at zoom z (Web Mercator, as MapLibre asks for them). */
function tileOf(lon: number, lat: number, z: number) {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return { x, y };
}

// Two squares in Santa Rosa de Cabal, 0.01° (~1 km) apart, with their own attributes.
const LAYER = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    [-75.62, 4.87, 'Alta', 'Quebrada San Eugenio'],
    [-75.6, 4.87, 'Media', 'Río Campoalegre'],
  ].map(([x, y, categoria, cauce]) => ({
    type: 'Feature',
    properties: { Categoria: categoria, cauce },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [(x as number) + 0.005, y],
          [(x as number) + 0.005, (y as number) + 0.005],
          [x, (y as number) + 0.005],
          [x, y],
        ],
      ],
    },
  })),
});

describe.each(ENGINES)('Vector tiles of a layer on %s', (_name, open) => {
  let t: TestApp;
  let cookie: string;
  let capaId: string;
  const tileUrl = (z: number, x: number, y: number | string) =>
    `${base}/${capaId}/teselas/${z}/${x}/${y}.mvt`;

  beforeAll(async () => {
    t = await createTestApp(open);
    cookie = await t.login('planeacion.santarosa@demo.rutapot.co');
    const form = new FormData();
    form.append('archivo', new File([LAYER], 'cauces.geojson'));
    form.append('tipo', 'amenaza_inundacion');
    form.append('categoria', 'Categoria');
    const res = await t.app.request(base, { method: 'POST', body: form, headers: { cookie } });
    expect(res.status).toBe(200);
    capaId = ((await res.json()) as { capaId: string }).capaId;
  });
  afterAll(() => t.close());

  it('serves a tile whose features carry their number, category and attributes', async () => {
    const { x, y } = tileOf(-75.61, 4.872, 12);
    const res = await t.app.request(tileUrl(12, x, y), { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const etag = res.headers.get('etag');
    expect(etag).toContain(capaId);
    const tile = new VectorTile(new Pbf(new Uint8Array(await res.arrayBuffer())));
    const layer = tile.layers.entidades!;
    expect(layer.length).toBe(2);
    const features = [0, 1].map((i) => layer.feature(i));
    const byCause = new Map(features.map((f) => [f.properties.cauce, f]));
    const alta = byCause.get('Quebrada San Eugenio')!;
    expect(alta.properties.categoria).toBe('alta');
    expect(alta.properties._id).toBe(1);
    expect(alta.id).toBe(1);
    expect(byCause.get('Río Campoalegre')!.properties.categoria).toBe('media');
    expect(alta.type).toBe(3); // polygon
    // The square lands where it is: its ring, back in degrees, spans -75.62 … -75.615.
    const ring = alta.toGeoJSON(x, y, 12).geometry as { coordinates: number[][][] };
    const lons = ring.coordinates[0]!.map((p) => p[0]!);
    expect(Math.min(...lons)).toBeCloseTo(-75.62, 3);
    expect(Math.max(...lons)).toBeCloseTo(-75.615, 3);

    const again = await t.app.request(tileUrl(12, x, y), {
      headers: { cookie, 'If-None-Match': etag! },
    });
    expect(again.status).toBe(304);
  });

  it('answers 204 for a tile without features', async () => {
    const { x, y } = tileOf(-74.08, 4.6, 12); // Bogotá
    const res = await t.app.request(tileUrl(12, x, y), { headers: { cookie } });
    expect(res.status).toBe(204);
  });

  it('refuses a bad z/x/y with a Spanish message', async () => {
    for (const url of [tileUrl(23, 0, 0), tileUrl(2, 4, 0), tileUrl(2, 0, 'a')]) {
      const res = await t.app.request(url, { headers: { cookie } });
      expect(res.status, url).toBe(400);
      const body = (await res.json()) as { error: { mensaje: string } };
      expect(body.error.mensaje).toContain('La tesela no existe');
    }
  });

  it('serves tiles to members of the municipality only', async () => {
    const { x, y } = tileOf(-75.61, 4.872, 12);
    expect((await t.app.request(tileUrl(12, x, y))).status).toBe(401);
    const zipaquira = await t.login('planeacion.zipaquira@demo.rutapot.co');
    expect(
      (await t.app.request(tileUrl(12, x, y), { headers: { cookie: zipaquira } })).status,
    ).toBe(404);
  });
});
