import { readFileSync } from 'node:fs';

import { municipalLimit } from '@ruta-pot/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../../test/test-app';
import { runCli } from '../../cli/index';
import { ImportError } from '../catalog/import-error';
import { importDivipola } from '../catalog/service';
import { importLimits, normalizeDaneCode, parseLimits } from './limits-import';

const MGN = requireSharedData('limites/mgn2018_municipios.geojson');
const actor = { id: null, label: 'prueba' };

const square = (lon: number, lat: number, d = 0.05) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});
/** A bow-tie: closed, inside Colombia, but self-intersecting (ST_IsValid is false). */
const bowTie = {
  type: 'Polygon',
  coordinates: [
    [
      [-75.6, 6.2],
      [-75.5, 6.3],
      [-75.5, 6.2],
      [-75.6, 6.3],
      [-75.6, 6.2],
    ],
  ],
};
const collection = (features: Array<{ codigo: unknown; geometry: unknown }>) =>
  new TextEncoder().encode(
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map((f) => ({
        type: 'Feature',
        properties: { cod_mpio: f.codigo },
        geometry: f.geometry,
      })),
    }),
  );

describe('parseLimits (pure)', () => {
  it('detects the code property and restores leading zeros lost in spreadsheets', () => {
    expect(normalizeDaneCode(5001)).toBe('05001');
    expect(normalizeDaneCode(' 25899 ')).toBe('25899');
    expect(normalizeDaneCode('5A001')).toBeNull();
    const parsed = parseLimits(collection([{ codigo: 5001, geometry: square(-75.6, 6.2) }]));
    expect(parsed).toMatchObject({ propiedadCodigo: 'cod_mpio', items: [{ codigo: '05001' }] });
  });

  it('collects every problem with a Spanish message: bad code, duplicate, projected coordinates', () => {
    const bytes = collection([
      { codigo: '05001', geometry: square(-75.6, 6.2) },
      { codigo: 'x', geometry: square(-75.6, 6.2) },
      { codigo: '05001', geometry: square(-75.6, 6.2) },
      { codigo: '25899', geometry: square(1_000_000, 1_000_000) },
    ]);
    let error: unknown;
    try {
      parseLimits(bytes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect((error as ImportError).message).toMatch(/proyectadas/);
    expect(() => parseLimits(new TextEncoder().encode('{"type":"Feature"}'))).toThrow(
      /FeatureCollection/,
    );
    expect(() => parseLimits(new TextEncoder().encode('no es json'))).toThrow(/GeoJSON válido/);
  });
});

describe.each(ENGINES)('Municipal boundaries import on %s', (_name, open) => {
  let t: TestApp;
  const stored = async () =>
    (
      await t.engine.owner.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM limites_municipales',
      )
    )[0]!.n;
  beforeAll(async () => {
    t = await createTestApp(open);
    await importDivipola(t.deps, {
      bytes: new Uint8Array(readFileSync(requireSharedData('divipola/municipios_colombia.csv'))),
      source: 'municipios_colombia.csv',
      actor,
    });
  });
  afterAll(() => t.close());

  it('refuses codes missing from the catalogue and writes nothing', async () => {
    await expect(
      importLimits(t.deps, {
        bytes: collection([
          { codigo: '05001', geometry: square(-75.6, 6.2) },
          { codigo: '99999', geometry: square(-74, 4) },
        ]),
        source: 'prueba.geojson',
        actor,
      }),
    ).rejects.toThrow(/99999.*DIVIPOLA/s);
    expect(await stored()).toBe(0);
    // Nothing imported: the map's topology is empty (the web then shows only the table).
    const empty = await t.request('/api/v1/panorama/limites.topojson');
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({
      type: 'Topology',
      objects: { municipios: { type: 'GeometryCollection', geometries: [] } },
      arcs: [],
    });
  });

  it('refuses an invalid geometry naming the municipality, and never stores it', async () => {
    const attempt = importLimits(t.deps, {
      bytes: collection([
        { codigo: '25899', geometry: square(-74, 5) },
        { codigo: '05001', geometry: bowTie },
      ]),
      source: 'prueba.geojson',
      actor,
    });
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow(/05001: geometría no válida.*Self-intersection/s);
    expect(await stored()).toBe(0);
    // The table's CHECK is the last fence for any other write path.
    await expect(
      t.engine.owner.exec(
        `INSERT INTO limites_municipales (codigo, geom, area_km2, fuente)
         VALUES ('05001', ST_Multi(ST_GeomFromText('POLYGON((-75.6 6.2,-75.5 6.3,-75.5 6.2,-75.6 6.3,-75.6 6.2))', 4326)), 1, 'x')`,
      ),
    ).rejects.toThrow(/limites_geom_valida/);
  });

  it('imports the DANE MGN 2018 file: 1,122 municipalities, areas on EPSG:9377, audited', async () => {
    const result = await importLimits(t.deps, {
      bytes: new Uint8Array(readFileSync(MGN)),
      source: MGN,
      actor,
    });
    expect(result).toMatchObject({
      leidos: 1122,
      nuevos: 1122,
      actualizados: 0,
      propiedadCodigo: 'MPIO_CCNCT',
      sinLimite: 0,
    });
    expect(await stored()).toBe(1122);
    const medellin = await t.deps.db.withContext({}, (tx) => municipalLimit(tx, '05001'));
    // MGN 2018 reports 374.83 km² for Medellín (MPIO_NAREA, computed by DANE on MAGNA-SIRGAS).
    expect(medellin!.areaKm2).toBeGreaterThan(370);
    expect(medellin!.areaKm2).toBeLessThan(380);
    expect(medellin!.tipo).toBe('MULTIPOLYGON');
    expect(medellin!.fuente).toBe('Límites municipales (mgn2018_municipios.geojson)');
    const audit = await t.engine.owner.query<{ accion: string; detalle: Record<string, unknown> }>(
      "SELECT accion, detalle FROM auditoria WHERE municipality_id = '00000' AND accion = 'catalogo.importar_limites'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detalle).toMatchObject({ leidos: 1122, nuevos: 1122 });
  });

  it('re-imports in place without duplicates', async () => {
    const result = await importLimits(t.deps, {
      bytes: collection([{ codigo: '05001', geometry: square(-75.6, 6.2) }]),
      source: 'corregido.geojson',
      fuente: 'Corrección de prueba',
      actor,
    });
    expect(result).toMatchObject({ nuevos: 0, actualizados: 1 });
    expect(await stored()).toBe(1122);
    const medellin = await t.deps.db.withContext({}, (tx) => municipalLimit(tx, '05001'));
    expect(medellin!.fuente).toBe('Corrección de prueba');
  });

  it('explains the CLI usage in Spanish when the kind or file is missing', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      expect(await runCli(['importar', 'limites'], () => {})).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).toMatch(/divipola\|poblacion\|limites/);
  });
});
