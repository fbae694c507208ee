// PGlite only, by nature: PostgreSQL loads its own PostGIS from the Debian package.
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openTestPglite } from '../test/engines';
import { preparePostgisAssets } from './postgis-on-demand';

describe('PostGIS on demand (embedded engine)', () => {
  let cache: string;
  beforeAll(async () => {
    cache = await mkdtemp(join(tmpdir(), 'ruta-pot-postgis-'));
  });
  afterAll(async () => {
    await rm(cache, { recursive: true, force: true });
  });

  it('keeps only PostGIS core, its install script and PROJ data', () => {
    const { files, folder } = preparePostgisAssets(cache);
    expect(files).toContain('lib/postgresql/postgis-3.so');
    expect(files).toContain('share/postgresql/extension/postgis.control');
    expect(files).toContain('share/proj/proj.db');
    expect(files.filter((n) => n.endsWith('.so'))).toEqual(['lib/postgresql/postgis-3.so']);
    expect(files.some((n) => /raster|topology|tiger/.test(n))).toBe(false);
    expect(files.filter((n) => /postgis--.*--/.test(n))).toEqual([]);
    const library = readFileSync(join(folder, 'lib/postgresql/postgis-3.so'));
    expect([...library.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
  });

  it('reuses the extracted assets on the next start', async () => {
    const first = preparePostgisAssets(cache);
    const before = await readdir(cache);
    expect(preparePostgisAssets(cache)).toEqual(first);
    expect(await readdir(cache)).toEqual(before);
  });

  it('compiles PostGIS on the first spatial query of a migrated database (EPSG:9377)', async () => {
    const db = await openTestPglite();
    try {
      const rows = await db.raw.query<{ x: number; y: number; version: string }>(
        `SELECT round(ST_X(p)) AS x, round(ST_Y(p)) AS y, postgis_lib_version() AS version
           FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(-74, 4.6), 4326), 9377) AS p) AS t`,
      );
      // Origen-Nacional: false easting 5,000,000 m and northing 2,000,000 m at 4°N 73°W.
      expect(rows[0]?.x).toBeGreaterThan(4_880_000);
      expect(rows[0]?.x).toBeLessThan(4_900_000);
      expect(rows[0]?.y).toBeGreaterThan(2_060_000);
      expect(rows[0]?.y).toBeLessThan(2_070_000);
      expect(rows[0]?.version).toMatch(/^3\./);
    } finally {
      await db.close();
    }
  });
});
