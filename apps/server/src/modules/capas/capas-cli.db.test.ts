import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { cliRunner, embeddedEnv, seedDemoFolder } from '../../../test/cli-harness';
import { requireSharedData } from '../../../test/shared-data';

const INUNDACION = requireSharedData('pot/santa_rosa_de_cabal_66682/amenaza_inundacion.geojson');
const TORRENCIAL = requireSharedData(
  'pot/santa_rosa_de_cabal_66682/amenaza_avenida_torrencial.geojson',
);

/** A land classification around Santa Rosa's flood study: west urban, east rural. */
const SUELO = {
  type: 'FeatureCollection',
  features: [
    ['Urbano', -75.632, -75.6265],
    ['Rural', -75.6265, -75.62],
  ].map(([clase, x0, x1]) => ({
    type: 'Feature',
    properties: { CLASE_SUELO: clase },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, 4.87],
          [x1, 4.87],
          [x1, 4.885],
          [x0, 4.885],
          [x0, 4.87],
        ],
      ],
    },
  })),
};

describe('ruta-pot capas (CLI contract)', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-cli-capas-'));
  const files = mkdtempSync(join(tmpdir(), 'ruta-capas-'));
  const cli = cliRunner(embeddedEnv(dir));
  const importar = (...args: string[]) => cli('capas', 'importar', '--municipio', '66682', ...args);

  beforeAll(() => seedDemoFolder(dir));

  it('refuses the flood layer with invalid geometries (exit 2), then imports it with --reparar', async () => {
    const refused = await importar(
      '--archivo',
      INUNDACION,
      '--tipo',
      'amenaza_inundacion',
      '--json',
    );
    expect(refused.code).toBe(2);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(/Error: La capa tiene 3 geometrías no válidas/);
    expect(refused.err).toMatch(
      /\n {2}elemento \d+: Ring Self-intersection — POINT\(-75\.\d+ 4\.\d+\)\n/,
    );
    const r = await importar(
      '--archivo',
      INUNDACION,
      '--tipo',
      'amenaza_inundacion',
      '--categoria',
      'Categoria',
      '--reparar',
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'capaId',
      'entidades',
      'crsOrigen',
      'areaHa',
      'areaPorCategoriaHa',
    ]);
    expect(json).toMatchObject({ entidades: 233, crsOrigen: 4326 });
    expect(Object.keys(json.areaPorCategoriaHa as object).sort()).toEqual([
      'alta',
      'baja',
      'media',
    ]);
  });

  it('runs suelo × amenaza on the imported layers and prints JSON only', async () => {
    const suelo = join(files, 'suelo.geojson');
    writeFileSync(suelo, JSON.stringify(SUELO));
    const s = await importar('--archivo', suelo, '--tipo', 'clasificacion_suelo', '--json');
    expect(s.code).toBe(0);
    const r = await cli(
      'capas',
      'analizar',
      '--municipio',
      '66682',
      '--suelo',
      'suelo',
      '--amenaza',
      'amenaza_inundacion',
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const analysis = JSON.parse(r.out) as {
      tabla: { clase: string; categoria: string; ha: number }[];
      condicionAmenaza: { ha: number };
    };
    expect(analysis.tabla.some((x) => x.clase === 'urbano' && x.categoria === 'media')).toBe(true);
    expect(analysis.condicionAmenaza.ha).toBeGreaterThan(0);
  });

  it('exits 2 with a Spanish message on bad input and writes nothing', async () => {
    const unknownType = await importar('--archivo', TORRENCIAL, '--tipo', 'inundacion');
    expect(unknownType.code).toBe(2);
    expect(unknownType.err).toMatch(/El tipo de capa «inundacion» no existe/);
    const wrongCrs = await importar(
      '--archivo',
      TORRENCIAL,
      '--tipo',
      'amenaza_avenidas_torrenciales',
      '--crs',
      'EPSG:3116',
    );
    expect(wrongCrs.code).toBe(2);
    expect(wrongCrs.err).toMatch(/fuera de Colombia/);
    const badCrs = await importar('--archivo', TORRENCIAL, '--tipo', 'otra', '--crs', 'magna');
    expect(badCrs.code).toBe(2);
    expect(badCrs.err).toMatch(/EPSG:NNNN/);
    const missing = await importar('--tipo', 'otra');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Falta la opción --archivo/);
    const noFile = await importar('--archivo', join(files, 'no.geojson'), '--tipo', 'otra');
    expect(noFile.code).toBe(2);
    const noLayer = await cli(
      'capas',
      'analizar',
      '--municipio',
      '66682',
      '--suelo',
      'nada',
      '--amenaza',
      'amenaza_inundacion',
    );
    expect(noLayer.code).toBe(2);
    expect(noLayer.err).toMatch(/no tiene una capa «nada»/);
  });
});
