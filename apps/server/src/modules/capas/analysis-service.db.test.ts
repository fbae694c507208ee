import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { analyzeLandHazard, measureVertexDensity } from './analysis-service';
import { importLayer } from './import-service';

const SANTA_ROSA = 'pot/santa_rosa_de_cabal_66682/';
const readText = (name: string) => readFileSync(requireSharedData(SANTA_ROSA + name), 'utf8');
const INUNDACION = readText('amenaza_inundacion.geojson');
const PREDIOS = readText('predios.geojson');
const RIESGO = readText('riesgo_inundacion.geojson');
const actor = { id: null, label: 'prueba' };

/** The extent of every position of a GeoJSON text, in degrees. */
function extent(geojson: string): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1] as number);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1] as number);
    } else for (const child of c) visit(child);
  };
  for (const f of (JSON.parse(geojson) as { features: { geometry: { coordinates: unknown } }[] })
    .features)
    visit(f.geometry.coordinates);
  return box;
}

const rectangle = (clase: string, [x0, y0, x1, y1]: number[]) => ({
  type: 'Feature',
  properties: { clase },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  },
});

/**
 * A land classification derived for the test (no real one is published, ../shared/data/README.md):
 * the flood layer's extent, padded, split at its middle longitude into urban land (west) and rural
 * land (east), with the east third of the rural half as expansion land.
 */
function landClassification(): string {
  const [x0, y0, x1, y1] = extent(INUNDACION);
  const pad = 0.001;
  const mid = (x0 + x1) / 2;
  const third = mid + (x1 - mid) / 2;
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      rectangle('Suelo urbano', [x0 - pad, y0 - pad, mid, y1 + pad]),
      rectangle('Rural', [mid, y0 - pad, third, y1 + pad]),
      rectangle('Suelo de expansión urbana', [third, y0 - pad, x1 + pad, y1 + pad]),
    ],
  });
}

describe.each(ENGINES)('Suelo × amenaza on %s', (_name, open) => {
  let t: TestApp;
  const suelo = landClassification();
  let ids: { suelo: string; amenaza: string; predios: string; riesgo: string };

  beforeAll(async () => {
    t = await createTestApp(open);
    const encode = (s: string) => new TextEncoder().encode(s);
    const base = { codigo: '66682', actor };
    const s = await importLayer(t.deps, {
      ...base,
      bytes: encode(suelo),
      fileName: 'clasificacion_derivada.geojson',
      tipo: 'clasificacion_suelo',
    });
    expect(s.areaPorCategoriaHa).toHaveProperty('urbano');
    const a = await importLayer(t.deps, {
      ...base,
      bytes: encode(INUNDACION),
      fileName: 'amenaza_inundacion.geojson',
      tipo: 'amenaza_inundacion',
      reparar: true,
      metadatos: { escala: 5000, estudio: 'Estudio detallado ALDESARROLLO (2025)' },
    });
    const p = await importLayer(t.deps, {
      ...base,
      bytes: encode(PREDIOS),
      fileName: 'predios.geojson',
      tipo: 'predios',
    });
    expect(p.entidades).toBe(681);
    const r = await importLayer(t.deps, {
      ...base,
      bytes: encode(RIESGO),
      fileName: 'riesgo_inundacion.geojson',
      tipo: 'riesgo',
      reparar: true,
    });
    expect(r.entidades).toBe(46);
    ids = { suelo: s.capaId, amenaza: a.capaId, predios: p.capaId, riesgo: r.capaId };
  }, 180_000);
  afterAll(() => t.close());

  it('gives the hectares of hand-written intersections per class × category', async () => {
    const r = await analyzeLandHazard(t.deps, {
      codigo: '66682',
      suelo: ids.suelo,
      amenaza: 'amenaza_inundacion',
    });
    expect(r.suelo.capaId).toBe(ids.suelo);
    expect(r.amenaza.capaId).toBe(ids.amenaza);
    const expected = await t.engine.owner.query<{ clase: string; categoria: string; ha: number }>(
      `WITH h AS MATERIALIZED (
         SELECT lower(f->'properties'->>'Categoria') AS c, ST_CollectionExtract(ST_MakeValid(
           ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326), 9377)), 3) AS g
         FROM jsonb_array_elements($1::jsonb->'features') AS f),
       s AS MATERIALIZED (
         SELECT CASE f->'properties'->>'clase' WHEN 'Suelo urbano' THEN 'urbano'
           WHEN 'Rural' THEN 'rural' ELSE 'expansion' END AS k,
           ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326), 9377) AS g
         FROM jsonb_array_elements($2::jsonb->'features') AS f)
       SELECT s.k AS clase, h.c AS categoria, sum(ST_Area(ST_Intersection(s.g, h.g))) / 10000 AS ha
       FROM s JOIN h ON ST_Intersects(s.g, h.g) GROUP BY 1, 2
       HAVING sum(ST_Area(ST_Intersection(s.g, h.g))) > 0.5 ORDER BY 1, 2`,
      [INUNDACION, suelo],
    );
    expect(expected.length).toBeGreaterThanOrEqual(4);
    for (const e of expected) {
      const row = r.tabla.find((x) => x.clase === e.clase && x.categoria === e.categoria);
      expect(row, `${e.clase} × ${e.categoria}`).toBeDefined();
      expect(row!.ha).toBeCloseTo(Number(e.ha), 3);
    }
    const total = r.tabla.reduce((sum, x) => sum + x.ha, 0);
    const [flood] = await t.engine.owner.query<{ ha: number }>(
      'SELECT area_ha AS ha FROM capas WHERE id = $1',
      [ids.amenaza],
    );
    // The three rectangles cover the whole flood layer: the table adds up to its area.
    expect(total).toBeCloseTo(Number(flood!.ha), 2);
    const condition = expected
      .filter((e) => e.clase !== 'rural' && e.categoria !== 'baja')
      .reduce((sum, e) => sum + Number(e.ha), 0);
    expect(r.condicionAmenaza.ha).toBeCloseTo(condition, 2);
    expect(
      r.condicionAmenaza.filas.every((f) => f.clase !== 'rural' && f.categoria !== 'baja'),
    ).toBe(true);
    expect(r.citas.map((c) => c.article).join(' ')).toMatch(/2\.2\.2\.1\.3\.1\.3/);
  });

  it('lists the parcels in high or medium flood hazard, as PostGIS finds them', async () => {
    const r = await analyzeLandHazard(t.deps, {
      codigo: '66682',
      suelo: 'clasificacion_derivada',
      amenaza: ids.amenaza,
    });
    const expected = await t.engine.owner.query<{ codigo: string; alta: boolean }>(
      `WITH h AS MATERIALIZED (
         SELECT lower(f->'properties'->>'Categoria') AS c, ST_CollectionExtract(ST_MakeValid(
           ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326), 9377)), 3) AS g
         FROM jsonb_array_elements($1::jsonb->'features') AS f),
       p AS MATERIALIZED (
         SELECT n, f->'properties'->>'CODIGO' AS codigo,
           ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326), 9377) AS g
         FROM jsonb_array_elements($2::jsonb->'features') WITH ORDINALITY AS e(f, n))
       SELECT p.codigo, bool_or(h.c = 'alta') AS alta FROM p
       JOIN h ON h.c IN ('alta', 'media') AND ST_Intersects(p.g, h.g)
       GROUP BY p.n, p.codigo HAVING sum(ST_Area(ST_Intersection(p.g, h.g))) > 0`,
      [INUNDACION, PREDIOS],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(r.prediosExpuestos?.capa.capaId).toBe(ids.predios);
    expect(r.prediosExpuestos?.total).toBe(expected.length);
    expect(r.prediosExpuestos!.predios.map((p) => p.codigo).sort()).toEqual(
      expected.map((e) => e.codigo).sort(),
    );
    const alta = new Set(expected.filter((e) => e.alta).map((e) => e.codigo));
    for (const p of r.prediosExpuestos!.predios) {
      expect(p.categoria).toBe(alta.has(p.codigo!) ? 'alta' : 'media');
      expect(p.codigo).toMatch(/^66682\d{25}$/);
    }
  });

  it('measures the condición de riesgo: high hazard under parcels and exposed elements', async () => {
    const r = await analyzeLandHazard(t.deps, {
      codigo: '66682',
      suelo: ids.suelo,
      amenaza: ids.amenaza,
    });
    const [e] = await t.engine.owner.query<{ todo: number; predios: number; riesgo: number }>(
      `WITH h AS MATERIALIZED (
         SELECT ST_Union(ST_CollectionExtract(ST_MakeValid(ST_Transform(ST_SetSRID(
           ST_GeomFromGeoJSON(f->>'geometry'), 4326), 9377)), 3)) AS g
         FROM jsonb_array_elements($1::jsonb->'features') AS f
         WHERE lower(f->'properties'->>'Categoria') = 'alta'),
       p AS MATERIALIZED (SELECT ST_Union(ST_Transform(ST_SetSRID(
           ST_GeomFromGeoJSON(f->>'geometry'), 4326), 9377)) AS g
         FROM jsonb_array_elements($2::jsonb->'features') AS f),
       r AS MATERIALIZED (SELECT ST_Union(ST_CollectionExtract(ST_MakeValid(ST_Transform(
           ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326), 9377)), 3)) AS g
         FROM jsonb_array_elements($3::jsonb->'features') AS f)
       SELECT ST_Area(ST_Intersection(h.g, ST_Union(p.g, r.g))) / 10000 AS todo,
         ST_Area(ST_Intersection(h.g, p.g)) / 10000 AS predios,
         ST_Area(ST_Intersection(h.g, r.g)) / 10000 AS riesgo
       FROM h, p, r`,
      [INUNDACION, PREDIOS, RIESGO],
    );
    const c = r.condicionRiesgo!;
    expect(c).not.toBeNull();
    expect(Number(e!.todo)).toBeGreaterThan(0);
    expect(c.ha).toBeCloseTo(Number(e!.todo), 2);
    expect(c.prediosHa).toBeCloseTo(Number(e!.predios), 2);
    expect(c.riesgo!.ha).toBeCloseTo(Number(e!.riesgo), 2);
    expect(c.ha).toBeGreaterThanOrEqual(Math.max(c.prediosHa!, c.riesgo!.ha) - 1e-3);
    expect(c.capas.map((l) => l.capaId)).toEqual([ids.predios, ids.riesgo]);
    expect(c.riesgo!.capa.capaId).toBe(ids.riesgo);
    // Every exposed element of the study lies in flood hazard; some of them in high hazard.
    expect(c.riesgo!.elementos).toBeGreaterThan(0);
    expect(c.riesgo!.elementos).toBeLessThanOrEqual(46);
    expect(Object.keys(c.riesgo!.porCategoria).every((k) => /^(alta|media|baja)$/.test(k))).toBe(
      true,
    );
  });

  it('checks the scale of the hazard study from its metadata and vertex density', async () => {
    const r = await analyzeLandHazard(t.deps, {
      codigo: '66682',
      suelo: ids.suelo,
      amenaza: ids.amenaza,
    });
    const density = await t.deps.db.withContext({ municipio: '66682' }, (tx) =>
      measureVertexDensity(tx, ids.amenaza),
    );
    const [e] = await t.engine.owner.query<{ v: number; km: number }>(
      `SELECT sum(ST_NPoints(geom) - ST_NRings(geom)) AS v, sum(ST_Perimeter(geom)) / 1000 AS km
       FROM capa_entidades WHERE capa_id = $1`,
      [ids.amenaza],
    );
    expect(density!.vertices).toBe(Number(e!.v));
    expect(density!.bordeKm).toBeCloseTo(Number(e!.km), 2);
    expect(density!.verticesPorKm).toBeCloseTo(Number(e!.v) / Number(e!.km), 0);
    // The raster-derived study has a vertex every few metres: dense enough for 1:5.000.
    expect(density!.segmentoMedioM).toBeLessThan(25);
    expect(r.escala).toHaveLength(1);
    expect(r.escala[0]).toMatchObject({
      capaId: ids.amenaza,
      nombre: 'amenaza_inundacion',
      declarada: 5000,
      requerida: 5000,
      densidadVerticesPorKm: density!.verticesPorKm,
      veredicto: 'suficiente',
    });
    expect(r.escala[0]!.citas.map((c) => c.article).join(' ')).toMatch(/2\.2\.2\.1\.3\.1\.3/);
    const none = await t.deps.db.withContext({ municipio: '66682' }, (tx) =>
      measureVertexDensity(tx, '00000000-0000-4000-8000-000000000000'),
    );
    expect(none).toBeNull();
  });

  it('refuses unknown layers and layers of the wrong type in Spanish', async () => {
    await expect(
      analyzeLandHazard(t.deps, { codigo: '66682', suelo: 'no_existe', amenaza: ids.amenaza }),
    ).rejects.toThrow(/no tiene una capa «no_existe»/);
    await expect(
      analyzeLandHazard(t.deps, { codigo: '66682', suelo: ids.amenaza, amenaza: ids.amenaza }),
    ).rejects.toThrow(/use una capa de tipo clasificacion_suelo/);
    await expect(
      analyzeLandHazard(t.deps, { codigo: '66682', suelo: ids.suelo, amenaza: ids.predios }),
    ).rejects.toThrow(/use una capa de amenaza/);
    await expect(
      analyzeLandHazard(t.deps, { codigo: '25899', suelo: ids.suelo, amenaza: ids.amenaza }),
    ).rejects.toThrow(/El municipio 25899 no tiene una capa/);
  });
});
