import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { requireSharedData } from '../../domain/test/shared-data';
import { readLayer } from '../src/readers';

// Fixtures generated from ../shared/data with GDAL's ogr2ogr (Debian gdal-bin).
const SANTA_ROSA = 'pot/santa_rosa_de_cabal_66682/';
let dir = '';

const ogr2ogr = (args: string[]): void => {
  execFileSync('ogr2ogr', args, { cwd: dir, stdio: 'ignore' });
};

/** Zips every file of a Shapefile (`stem.*`) in the temp dir. */
function zipShapefile(stem: string, skip: string[] = []): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) {
    const extension = name.slice(stem.length);
    if (name.startsWith(`${stem}.`) && !skip.includes(extension)) {
      files[name] = readFileSync(join(dir, name));
    }
  }
  return zipSync(files);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readers-'));
  const exposed = requireSharedData(`${SANTA_ROSA}riesgo_inundacion.geojson`);
  const hazard = requireSharedData(`${SANTA_ROSA}amenaza_inundacion.geojson`);
  const cali = requireSharedData('pot/cali_76001/amenaza_inundacion_osso_epsg3115.geojson');
  const shp = ['-f', 'ESRI Shapefile', '-t_srs', 'EPSG:3116'];
  ogr2ogr([...shp, '-lco', 'ENCODING=ISO-8859-1', 'latin1.shp', exposed]);
  ogr2ogr([...shp, '-lco', 'ENCODING=UTF-8', 'utf8.shp', exposed]);
  ogr2ogr(['-f', 'ESRI Shapefile', '-t_srs', 'EPSG:21897', 'bogota1975.shp', hazard]);
  ogr2ogr(['-f', 'GPKG', 'two.gpkg', hazard, '-nln', 'amenaza_inundacion']);
  ogr2ogr(['-update', '-f', 'GPKG', 'two.gpkg', cali, '-nln', 'cali', '-nlt', 'MULTIPOLYGON']);
  ogr2ogr(['-f', 'GPKG', 'three_d.gpkg', exposed, '-t_srs', 'EPSG:9377']);
  ogr2ogr(['-f', 'FlatGeobuf', '-t_srs', 'EPSG:9377', 'layer.fgb', exposed]);
  ogr2ogr(['-f', 'SQLite', 'plain.sqlite', hazard]);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('readLayer on zipped Shapefiles', () => {
  it('reads a Latin-1 DBF in EPSG:3116 with its .cpg, dropping Z', async () => {
    const layer = await readLayer(zipShapefile('latin1'), 'capa.zip');
    expect(layer).toMatchObject({ format: 'shapefile', epsg: 3116, tables: [], table: null });
    expect(layer.features).toHaveLength(46);
    expect(layer.features[0]?.properties.TIPO).toBe('Edificación');
    expect(layer.notices.join(' ')).toMatch(/coordenadas Z o M/);
    const [x] = (layer.features[0]?.geometry.coordinates as number[][][])[0]?.[0] ?? [];
    expect(x).toBeGreaterThan(800_000); // Bogotá origin metres, not degrees
  });

  it('without .cpg, falls back to Windows-1252 for Latin-1 and keeps valid UTF-8', async () => {
    const latin1 = await readLayer(zipShapefile('latin1', ['.cpg']), 'capa.zip');
    expect(latin1.features[0]?.properties.TIPO).toBe('Edificación');
    expect(latin1.notices.join(' ')).toMatch(/Windows-1252/);
    const utf8 = await readLayer(zipShapefile('utf8', ['.cpg']), 'capa.zip');
    expect(utf8.features[0]?.properties.TIPO).toBe('Edificación');
    expect(utf8.notices.join(' ')).toMatch(/como UTF-8/);
  });

  it('refuses an unknown .prj naming it, and reads a Shapefile without .prj as CRS unknown', async () => {
    await expect(readLayer(zipShapefile('bogota1975'), 'capa.zip')).rejects.toThrow(
      /No se reconoce el sistema de coordenadas del \.prj \(«Colombia_Bogota_Zone»\)/,
    );
    const noPrj = await readLayer(zipShapefile('latin1', ['.prj']), 'capa.zip');
    expect(noPrj.epsg).toBeNull();
    expect(noPrj.notices.join(' ')).toMatch(/no trae \.prj/);
  });

  it('refuses a Shapefile without .shx or .dbf', async () => {
    await expect(readLayer(zipShapefile('latin1', ['.dbf']), 'capa.zip')).rejects.toThrow(
      /le falta \.dbf/,
    );
    await expect(readLayer(zipShapefile('latin1', ['.shx']), 'capa.zip')).rejects.toThrow(
      /le falta \.shx/,
    );
  });
});

describe('readLayer on GeoPackage and FlatGeobuf', () => {
  it('lists the tables and asks for one when there are several', async () => {
    const bytes = readFileSync(join(dir, 'two.gpkg'));
    await expect(readLayer(bytes, 'capas.gpkg')).rejects.toThrow(
      /varias tablas de entidades; elija una: amenaza_inundacion, cali/,
    );
    const santaRosa = await readLayer(bytes, 'capas.gpkg', { table: 'amenaza_inundacion' });
    expect(santaRosa).toMatchObject({
      format: 'geopackage',
      epsg: 4326,
      tables: ['amenaza_inundacion', 'cali'],
      table: 'amenaza_inundacion',
    });
    expect(santaRosa.features).toHaveLength(233);
    expect(santaRosa.features[0]?.properties).toMatchObject({ Categoria: expect.any(String) });
    const cali = await readLayer(bytes, 'capas.gpkg', { table: 'cali' });
    expect(cali.epsg).toBe(3115);
    expect(cali.features).toHaveLength(13);
    await expect(readLayer(bytes, 'capas.gpkg', { table: 'otra' })).rejects.toThrow(
      /no tiene la tabla/,
    );
  });

  it('reads a 3D GeoPackage in EPSG:9377 as 2D with a notice', async () => {
    const layer = await readLayer(readFileSync(join(dir, 'three_d.gpkg')), 'x.gpkg');
    expect(layer.epsg).toBe(9377);
    expect(layer.features).toHaveLength(46);
    expect(layer.notices.join(' ')).toMatch(/coordenadas Z o M/);
    const position = (layer.features[0]?.geometry.coordinates as number[][][][])[0]?.[0]?.[0];
    expect(position).toHaveLength(2);
  });

  it('refuses a SQLite database that is not a GeoPackage', async () => {
    await expect(readLayer(readFileSync(join(dir, 'plain.sqlite')), 'x.gpkg')).rejects.toThrow(
      /no un GeoPackage/,
    );
  });

  it('reads FlatGeobuf with its CRS from the header', async () => {
    const layer = await readLayer(readFileSync(join(dir, 'layer.fgb')), 'capa.fgb');
    expect(layer).toMatchObject({ format: 'flatgeobuf', epsg: 9377 });
    expect(layer.features).toHaveLength(46);
    // The spatial index reorders the features.
    expect(layer.features.map((feature) => feature.properties.TIPO)).toContain('Edificación');
  });
});
