import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../test/shared-data';
import { createTestApp, ENGINES, type TestApp } from '../../test/test-app';
import { analyzeLandHazard } from '../modules/capas/analysis-service';
import {
  DEMO_CAPAS_MUNICIPIO,
  DEMO_CLASIFICACION,
  DEMO_CLASIFICACION_NOTA,
  demoCapas,
} from './demo-capas';
import { demoLimites } from './demo-limites';

// The step reads these in place; without them it would skip silently, so the test asks for them.
requireSharedData('limites/mgn2018_municipios.geojson');
for (const name of [
  'amenaza_inundacion',
  'amenaza_movimiento_en_masa',
  'amenaza_avenida_torrencial',
  'predios',
  'riesgo_inundacion',
])
  requireSharedData(`pot/santa_rosa_de_cabal_66682/${name}.geojson`);

/** Features per layer, as ../shared/data/README.md counts them. */
const EXPECTED: Record<string, { tipo: string; entidades: number }> = {
  amenaza_inundacion: { tipo: 'amenaza_inundacion', entidades: 233 },
  amenaza_movimiento_en_masa: { tipo: 'amenaza_movimientos_masa', entidades: 114 },
  amenaza_avenida_torrencial: { tipo: 'amenaza_avenidas_torrenciales', entidades: 3 },
  predios: { tipo: 'predios', entidades: 681 },
  riesgo_inundacion: { tipo: 'riesgo', entidades: 46 },
  [DEMO_CLASIFICACION]: { tipo: 'clasificacion_suelo', entidades: 3 },
};

interface LayerRow {
  id: string;
  nombre: string;
  tipo: string;
  entidades: number;
  publica: boolean;
  metadatos: { entidad?: string; estudio?: string; escala?: number; autor?: string };
}

describe.each(ENGINES)('Santa Rosa de Cabal cartography demo on %s', (_name, open) => {
  let t: TestApp;
  let layers: LayerRow[];
  beforeAll(async () => {
    t = await createTestApp(open);
    await demoLimites.run(t.deps);
    await demoCapas.run(t.deps);
    // Idempotent: a second run imports nothing.
    await demoCapas.run(t.deps);
    layers = await t.engine.owner.query<LayerRow>(
      `SELECT id::text AS id, nombre, tipo, entidades, publica, metadatos FROM capas
       WHERE municipality_id = $1 ORDER BY nombre`,
      [DEMO_CAPAS_MUNICIPIO],
    );
  }, 300_000);
  afterAll(() => t.close());

  it('imports the study layers once, public, with their metadata and feature counts', async () => {
    expect(layers.map((l) => l.nombre).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const l of layers) {
      expect({ tipo: l.tipo, entidades: Number(l.entidades) }, l.nombre).toEqual(
        EXPECTED[l.nombre],
      );
      expect(l.publica, l.nombre).toBe(true);
      const [stored] = await t.engine.owner.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM capa_entidades WHERE capa_id = $1',
        [l.id],
      );
      expect(Number(stored!.n), l.nombre).toBe(EXPECTED[l.nombre]!.entidades);
    }
    const flood = layers.find((l) => l.nombre === 'amenaza_inundacion')!;
    expect(flood.metadatos).toMatchObject({
      entidad: 'Alcaldía de Santa Rosa de Cabal',
      estudio: 'Estudio detallado ALDESARROLLO (2025)',
      escala: 5000,
    });
    const derived = layers.find((l) => l.nombre === DEMO_CLASIFICACION)!;
    expect(derived.metadatos.estudio).toContain(DEMO_CLASIFICACION_NOTA);
  });

  it('derives a land classification that covers the municipality without overlaps', async () => {
    const derived = layers.find((l) => l.nombre === DEMO_CLASIFICACION)!;
    const classes = await t.engine.owner.query<{ categoria: string; ha: number }>(
      `SELECT categoria, ST_Area(geom) / 10000 AS ha FROM capa_entidades
       WHERE capa_id = $1 ORDER BY id`,
      [derived.id],
    );
    expect(classes.map((c) => c.categoria)).toEqual(['urbano', 'expansion', 'rural']);
    const [muni] = await t.engine.owner.query<{ ha: number; overlap: number; union: number }>(
      `SELECT (SELECT area_km2 * 100 FROM limites_municipales WHERE codigo = $2) AS ha,
         (SELECT coalesce(sum(ST_Area(ST_Intersection(a.geom, b.geom))), 0) / 10000
          FROM capa_entidades a JOIN capa_entidades b ON b.capa_id = a.capa_id AND b.id > a.id
          WHERE a.capa_id = $1) AS overlap,
         (SELECT ST_Area(ST_Union(geom)) / 10000 FROM capa_entidades WHERE capa_id = $1) AS union`,
      [derived.id, DEMO_CAPAS_MUNICIPIO],
    );
    const sum = classes.reduce((s, c) => s + Number(c.ha), 0);
    expect(Number(muni!.ha)).toBeGreaterThan(10_000);
    expect(Math.abs(sum - Number(muni!.ha)) / Number(muni!.ha)).toBeLessThan(1e-4);
    expect(Number(muni!.overlap)).toBeLessThan(0.01);
    expect(Math.abs(Number(muni!.union) - sum)).toBeLessThan(0.01);
    // Urban and expansion land are a small part of the municipality; rural land is the rest.
    const [urbano, expansion, rural] = classes.map((c) => Number(c.ha));
    expect(urbano).toBeGreaterThan(0);
    expect(expansion).toBeGreaterThan(urbano!);
    expect(rural).toBeGreaterThan(0.9 * sum);
  });

  it('feeds the suelo × amenaza analysis with real shapes', async () => {
    const r = await analyzeLandHazard(t.deps, {
      codigo: DEMO_CAPAS_MUNICIPIO,
      suelo: DEMO_CLASIFICACION,
      amenaza: 'amenaza_inundacion',
    });
    expect(r.condicionAmenaza.ha).toBeGreaterThan(0);
    expect(r.prediosExpuestos!.total).toBeGreaterThan(0);
    expect(r.condicionRiesgo!.ha).toBeGreaterThan(0);
    expect(r.condicionRiesgo!.riesgo!.elementos).toBeGreaterThan(0);
    expect(r.escala[0]).toMatchObject({
      declarada: 5000,
      requerida: 5000,
      veredicto: 'suficiente',
    });
  });
});
