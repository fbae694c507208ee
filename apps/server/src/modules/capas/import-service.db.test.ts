import { readFileSync } from 'node:fs';

import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { AppError } from '../../http/errors';
import { importLayer, type ImportLayerInput } from './import-service';

const SANTA_ROSA = 'pot/santa_rosa_de_cabal_66682/';
const read = (name: string) => new Uint8Array(readFileSync(requireSharedData(SANTA_ROSA + name)));
const INUNDACION = read('amenaza_inundacion.geojson');
const TORRENCIAL = read('amenaza_avenida_torrencial.geojson');
const actor = { id: null, label: 'prueba' };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

const polygon = (ring: number[][]) => ({
  type: 'Feature',
  properties: { Categoria: 'Alta' },
  geometry: { type: 'Polygon', coordinates: [ring] },
});
/** A bow-tie in Santa Rosa de Cabal: closed, but self-intersecting (ST_IsValid is false). */
const BOW_TIE = polygon([
  [-75.62, 4.87],
  [-75.61, 4.88],
  [-75.61, 4.87],
  [-75.62, 4.88],
  [-75.62, 4.87],
]);
const SQUARE = polygon([
  [-75.63, 4.86],
  [-75.62, 4.86],
  [-75.62, 4.87],
  [-75.63, 4.87],
  [-75.63, 4.86],
]);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('se esperaba un rechazo');
}

describe.each(ENGINES)('Layer import on %s', (_name, open) => {
  let t: TestApp;
  const count = async () =>
    (
      await t.engine.owner.query<{ capas: number; entidades: number; auditoria: number }>(
        `SELECT (SELECT count(*)::int FROM capas) AS capas,
          (SELECT count(*)::int FROM capa_entidades) AS entidades,
          (SELECT count(*)::int FROM auditoria WHERE accion = 'capas.importar') AS auditoria`,
      )
    )[0]!;
  const base = (over: Partial<ImportLayerInput>): ImportLayerInput => ({
    codigo: '66682',
    bytes: TORRENCIAL,
    fileName: 'amenaza_avenida_torrencial.geojson',
    tipo: 'amenaza_avenidas_torrenciales',
    actor,
    ...over,
  });
  /** Hectares per category computed by PostGIS from the file itself, independently of the importer. */
  const reference = async (bytes: Uint8Array, field: string) =>
    t.engine.owner.query<{ categoria: string; ha: number }>(
      `SELECT lower(f->'properties'->>'${field}') AS categoria,
         sum(ST_Area(ST_CollectionExtract(ST_MakeValid(
           ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326), 9377)), 3))) / 10000 AS ha
       FROM jsonb_array_elements($1::jsonb->'features') AS f GROUP BY 1 ORDER BY 1`,
      [text(bytes)],
    );

  beforeAll(async () => {
    t = await createTestApp(open);
  }, 120_000);
  afterAll(() => t.close());

  it('imports a valid real layer in EPSG:9377 with the areas PostGIS computes', async () => {
    const r = await importLayer(
      t.deps,
      base({ metadatos: { entidad: 'ALDESARROLLO', escala: 5000 } }),
    );
    expect(r).toMatchObject({ entidades: 3, crsOrigen: 4326, campoCategoria: 'Categoria' });
    const expected = await reference(TORRENCIAL, 'Categoria');
    expect(Object.keys(r.areaPorCategoriaHa).sort()).toEqual(['alta', 'media']);
    for (const e of expected)
      expect(r.areaPorCategoriaHa[e.categoria]).toBeCloseTo(Number(e.ha), 3);
    const total = expected.reduce((s, e) => s + Number(e.ha), 0);
    expect(r.areaHa).toBeCloseTo(total, 3);
    expect(r.areaHa).toBeGreaterThan(4);
    const [row] = await t.engine.owner.query<{
      srid: number;
      n: number;
      area_ha: number;
      escala: number;
    }>(
      `SELECT max(ST_SRID(e.geom)) AS srid, count(*)::int AS n, max(c.area_ha) AS area_ha,
         max((c.metadatos->>'escala')::int) AS escala
       FROM capas c JOIN capa_entidades e ON e.capa_id = c.id WHERE c.id = $1`,
      [r.capaId],
    );
    expect(row).toMatchObject({ srid: 9377, n: 3, escala: 5000 });
    expect(Number(row!.area_ha)).toBeCloseTo(r.areaHa, 6);
    // Row-level security: another municipality's transaction sees none of it.
    const seen = await t.deps.db.withContext({ municipio: '25899' }, async (tx) =>
      rowsOf<{ n: number }>(
        await tx.execute(
          sql`SELECT (SELECT count(*) FROM capas) + (SELECT count(*) FROM capa_entidades) AS n`,
        ),
      ),
    );
    expect(Number(seen[0]!.n)).toBe(0);
  });

  it('refuses the real flood layer, which has invalid geometries, listing them with their place', async () => {
    const before = await count();
    const error = await refusal(
      importLayer(
        t.deps,
        base({
          bytes: INUNDACION,
          fileName: 'amenaza_inundacion.geojson',
          tipo: 'amenaza_inundacion',
        }),
      ),
    );
    expect(error.code).toBe('entrada_invalida');
    expect(error.message).toMatch(/3 geometrías no válidas según PostGIS/);
    expect(error.message).toMatch(/Self-intersection/i);
    expect(error.message).toMatch(/--reparar/);
    const found = (error.details as { geometriasInvalidas: { ubicacion: string }[] })
      .geometriasInvalidas;
    expect(found).toHaveLength(3);
    for (const g of found) expect(g.ubicacion).toMatch(/^POINT\(-75\.6\d* 4\.8\d*\)$/);
    expect(await count()).toEqual(before);
  });

  it('repairs them when the user confirms, with the areas of ST_MakeValid', async () => {
    const r = await importLayer(
      t.deps,
      base({
        bytes: INUNDACION,
        fileName: 'amenaza_inundacion.geojson',
        tipo: 'amenaza_inundacion',
        reparar: true,
      }),
    );
    expect(r).toMatchObject({ entidades: 233, crsOrigen: 4326, reparadas: 3 });
    const expected = await reference(INUNDACION, 'Categoria');
    expect(expected.map((e) => e.categoria)).toEqual(['alta', 'baja', 'media']);
    for (const e of expected)
      expect(r.areaPorCategoriaHa[e.categoria]).toBeCloseTo(Number(e.ha), 3);
    expect(r.areaHa).toBeCloseTo(
      expected.reduce((s, e) => s + Number(e.ha), 0),
      3,
    );
    const [bad] = await t.engine.owner.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM capa_entidades WHERE capa_id = $1 AND NOT ST_IsValid(geom)',
      [r.capaId],
    );
    expect(bad!.n).toBe(0);
  });

  it('reads gridcode 2/3/4 as alta/media/baja when told to', async () => {
    const r = await importLayer(
      t.deps,
      base({
        bytes: INUNDACION,
        fileName: 'amenaza_inundacion.geojson',
        tipo: 'amenaza_inundacion',
        campoCategoria: 'gridcode',
        reparar: true,
      }),
    );
    expect(Object.keys(r.areaPorCategoriaHa).sort()).toEqual(['alta', 'baja', 'media']);
  });

  it('asks for the CRS when the file has none and honours an override', async () => {
    // The torrential layer in EPSG:3116 (MAGNA-SIRGAS Bogotá), without a `crs` member.
    const [projected] = await t.engine.owner.query<{ fc: string }>(
      `SELECT json_build_object('type', 'FeatureCollection', 'features', json_agg(json_build_object(
         'type', 'Feature', 'properties', f->'properties',
         'geometry', ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326), 3116), 3)::json
       )))::text AS fc
       FROM jsonb_array_elements($1::jsonb->'features') AS f`,
      [text(TORRENCIAL)],
    );
    const bytes = new TextEncoder().encode(projected!.fc);
    const before = await count();
    const asked = await refusal(
      importLayer(t.deps, base({ bytes, fileName: 'torrencial_3116.geojson' })),
    );
    expect(asked.message).toMatch(/no dice en qué sistema de coordenadas/);
    expect(asked.message).toMatch(/EPSG:3116/);
    const wrong = await refusal(
      importLayer(t.deps, base({ bytes, fileName: 'torrencial_3116.geojson', epsg: 4326 })),
    );
    expect(wrong.message).toMatch(/fuera de Colombia/);
    const unsupported = await refusal(
      importLayer(t.deps, base({ bytes, fileName: 'torrencial_3116.geojson', epsg: 32618 })),
    );
    expect(unsupported.message).toMatch(/EPSG:32618 no se admite/);
    expect(await count()).toEqual(before);
    const r = await importLayer(
      t.deps,
      base({ bytes, fileName: 'torrencial_3116.geojson', epsg: 3116 }),
    );
    expect(r.crsOrigen).toBe(3116);
    const original = await reference(TORRENCIAL, 'Categoria');
    // Millimetre rounding in EPSG:3116 changes the area by far less than 0.01 ha.
    expect(r.areaHa).toBeCloseTo(
      original.reduce((s, e) => s + Number(e.ha), 0),
      2,
    );
  });

  it('refuses bad input in Spanish and writes nothing', async () => {
    const before = await count();
    const unknownType = await refusal(importLayer(t.deps, base({ tipo: 'inundacion' })));
    expect(unknownType.message).toMatch(
      /El tipo de capa «inundacion» no existe.*amenaza_inundacion/,
    );
    const spain = encode({
      type: 'FeatureCollection',
      features: [
        polygon([
          [-3.7, 40.4],
          [-3.6, 40.4],
          [-3.6, 40.5],
          [-3.7, 40.4],
        ]),
      ],
    });
    const outside = await refusal(
      importLayer(t.deps, base({ bytes: spain, fileName: 'madrid.geojson' })),
    );
    expect(outside.message).toMatch(/fuera de Colombia/);
    const noField = await refusal(importLayer(t.deps, base({ campoCategoria: 'Nivel' })));
    expect(noField.message).toMatch(/no tiene el atributo «Nivel».*Categoria/);
    const notALayer = await refusal(
      importLayer(t.deps, base({ bytes: new TextEncoder().encode('hola'), fileName: 'x.txt' })),
    );
    expect(notALayer.message).toMatch(/No se reconoce el formato/);
    const noTown = await refusal(importLayer(t.deps, base({ codigo: '99999' })));
    expect(noTown.code).toBe('no_encontrado');
    const bowTie = encode({ type: 'FeatureCollection', features: [SQUARE, BOW_TIE] });
    const invalid = await refusal(
      importLayer(t.deps, base({ bytes: bowTie, fileName: 'lazo.geojson' })),
    );
    expect(invalid.message).toMatch(/elemento 2: Self-intersection/);
    expect(await count()).toEqual(before);
    const repaired = await importLayer(
      t.deps,
      base({ bytes: bowTie, fileName: 'lazo.geojson', reparar: true }),
    );
    expect(repaired).toMatchObject({ entidades: 2, reparadas: 1 });
    expect((await count()).auditoria).toBe(before.auditoria + 1);
  });
});
