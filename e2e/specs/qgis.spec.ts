import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type RunningServer, startServer } from '../lib/server';

// QGIS is the desktop GIS planning offices use. Its OAPIF provider is its own client (not GDAL's),
// so it is checked apart from the ogrinfo test. QGIS is large (about 500 MB of Debian packages):
// the check runs where `python3-qgis` is installed and says so where it is not.
const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('../qgis/leer_ogc.py', import.meta.url));
const hasQgis = spawnSync(PYTHON, ['-c', 'import qgis.core'], { stdio: 'ignore' }).status === 0;
if (!hasQgis)
  console.warn(
    'QGIS no está instalado (apt-get install python3-qgis): se omite su lectura de /ogc.',
  );

interface QgisLayer {
  valida: boolean;
  entidades?: number;
  crs?: string;
  extension?: [number, number, number, number];
  campos?: string[];
}

describe.skipIf(!hasQgis)('QGIS reads the OGC API – Features (issue 14)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('lists every public collection, each a valid layer with its features inside Colombia', async () => {
    const answer = await fetch(`${server.url}/ogc/collections?f=json`);
    const expected = ((await answer.json()) as { collections: { id: string }[] }).collections;
    const output = execFileSync(PYTHON, [SCRIPT, `${server.url}/ogc`], {
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
      encoding: 'utf8',
      timeout: 240_000,
    });
    const { capas } = JSON.parse(output) as { capas: Record<string, QgisLayer> };
    expect(Object.keys(capas).sort()).toEqual(expected.map((c) => c.id).sort());
    for (const [id, layer] of Object.entries(capas)) {
      expect(layer.valida, id).toBe(true);
      expect(layer.entidades, id).toBeGreaterThan(0);
      expect(layer.crs, id).toBe('EPSG:4326');
      const [x0, y0, x1, y1] = layer.extension ?? [];
      // Colombia's mainland lies between 79.1° W and 66.8° W, 4.3° S and 12.5° N.
      expect(x0).toBeGreaterThan(-79.1);
      expect(x1).toBeLessThan(-66.8);
      expect(y0).toBeGreaterThan(-4.3);
      expect(y1).toBeLessThan(12.5);
    }
    // The boundaries carry their names; Santa Rosa de Cabal's flood layer its 233 polygons.
    expect(capas['limites-municipales']?.campos).toContain('nombre');
    const counts = Object.values(capas).map((l) => l.entidades);
    expect(counts).toContain(233);
  });
});
