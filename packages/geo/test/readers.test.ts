import { readFileSync } from 'node:fs';

import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { requireSharedData } from '../../domain/test/shared-data';
import { detectLayerFormat, epsgFromPrj, LayerReadError, readLayer } from '../src/readers';

const SANTA_ROSA = 'pot/santa_rosa_de_cabal_66682/';
const read = (relative: string): Uint8Array => readFileSync(requireSharedData(relative));
const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
const square = [
  [
    [-75.6, 4.8],
    [-75.5, 4.8],
    [-75.5, 4.9],
    [-75.6, 4.8],
  ],
];

describe('readLayer on GeoJSON', () => {
  it.each([
    ['amenaza_inundacion.geojson', 233],
    ['amenaza_movimiento_en_masa.geojson', 114],
    ['amenaza_avenida_torrencial.geojson', 3],
    ['predios.geojson', 681],
  ])('reads Santa Rosa de Cabal %s in EPSG:4326 with %i features', async (file, count) => {
    const layer = await readLayer(read(SANTA_ROSA + file), file);
    expect(layer).toMatchObject({ format: 'geojson', epsg: 4326, tables: [], table: null });
    expect(layer.features).toHaveLength(count);
    expect(layer.features[0]?.geometry.type).toBe('MultiPolygon');
    expect(layer.notices).toEqual([]);
  });

  it('keeps the attributes (hazard category, 30-digit parcel code as text)', async () => {
    const hazard = await readLayer(read(`${SANTA_ROSA}amenaza_inundacion.geojson`), 'a.geojson');
    expect(new Set(hazard.features.map((f) => f.properties.Categoria))).toEqual(
      new Set(['Alta', 'Media', 'Baja']),
    );
    const parcels = await readLayer(read(`${SANTA_ROSA}predios.geojson`), 'p.geojson');
    expect(parcels.features[0]?.properties.CODIGO).toBe('666820101000002850009000000000');
  });

  it('drops the Z of a 3D layer with a Spanish notice', async () => {
    const layer = await readLayer(
      read(`${SANTA_ROSA}riesgo_movimientos_masa.geojson`),
      'r.geojson',
    );
    expect(layer.features).toHaveLength(270);
    expect(layer.notices.join(' ')).toMatch(/coordenadas Z o M/);
    const ring = layer.features[0]?.geometry.coordinates as number[][][][];
    expect(ring[0]?.[0]?.[0]).toHaveLength(2);
  });

  it("reads Cali's layer as EPSG:3115 from its crs member", async () => {
    const file = 'pot/cali_76001/amenaza_inundacion_osso_epsg3115.geojson';
    const layer = await readLayer(read(file), 'cali.geojson');
    expect(layer.epsg).toBe(3115);
    expect(layer.features).toHaveLength(13);
    const wgs84 = await readLayer(
      read('pot/cali_76001/amenaza_inundacion_osso_wgs84.geojson'),
      'c',
    );
    expect(wgs84).toMatchObject({ epsg: 4326 });
    expect(wgs84.features).toHaveLength(13);
  });

  it('reads the national municipal (1,122) and departmental (33) boundaries', async () => {
    const municipalities = await readLayer(read('limites/mgn2018_municipios.geojson'), 'm');
    expect(municipalities.features).toHaveLength(1122);
    expect(new Set(municipalities.features.map((f) => f.geometry.type))).toEqual(
      new Set(['Polygon', 'MultiPolygon']),
    );
    const departments = await readLayer(read('limites/mgn2018_departamentos.geojson'), 'd');
    expect(departments.features).toHaveLength(33);
  });

  it('refuses TopoJSON, mixed geometry types, empty layers and unsupported CRS', async () => {
    await expect(readLayer(read('limites/colombia_2018.topojson'), 't.json')).rejects.toThrow(
      /TopoJSON/,
    );
    const mixed = json({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [-75, 4] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square } },
      ],
    });
    await expect(readLayer(mixed, 'x.geojson')).rejects.toThrow(/mezcla tipos de geometría/);
    const empty = json({ type: 'FeatureCollection', features: [] });
    await expect(readLayer(empty, 'x.geojson')).rejects.toThrow(/vacía/);
    const bogota1975 = json({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::21897' } },
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: square } },
      ],
    });
    await expect(readLayer(bogota1975, 'x.geojson')).rejects.toThrow(/EPSG:21897 .*no se admite/);
    await expect(readLayer(new TextEncoder().encode('{ roto'), 'x.geojson')).rejects.toThrow(
      LayerReadError,
    );
  });

  it('refuses a layer beyond the vertex limit of one feature', async () => {
    const ring = Array.from({ length: 200_001 }, (_, index) => [
      -75 + Math.cos(index / 1e5) / 10,
      4 + Math.sin(index / 1e5) / 10,
    ]);
    const huge = json({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    await expect(readLayer(huge, 'x.geojson')).rejects.toThrow(/vértices/);
  });

  it('gives null EPSG with a notice for a GeoJSON in metres without crs', async () => {
    const projected = json({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [4_700_000, 2_100_000] },
    });
    const layer = await readLayer(projected, 'x.geojson');
    expect(layer.epsg).toBeNull();
    expect(layer.notices.join(' ')).toMatch(/no están en grados/);
  });
});

describe('format detection and bad input', () => {
  it('detects the format from the bytes, not the name', () => {
    expect(detectLayerFormat(json({ type: 'FeatureCollection' }))).toBe('geojson');
    expect(detectLayerFormat(zipSync({ 'a.txt': new Uint8Array(1) }))).toBe('shapefile');
    expect(detectLayerFormat(new TextEncoder().encode('SQLite format 3\0...'))).toBe('geopackage');
    expect(detectLayerFormat(new TextEncoder().encode('hola'))).toBeNull();
  });

  it('refuses a .gpkg that is not SQLite and an unknown format', async () => {
    const text = new TextEncoder().encode('no soy una base de datos');
    await expect(readLayer(text, 'capa.gpkg')).rejects.toThrow(/no es una base de datos SQLite/);
    await expect(readLayer(text, 'capa.kml')).rejects.toThrow(/No se reconoce el formato/);
  });

  it('refuses zips with traversal, bombs, no Shapefile or a Shapefile without .dbf', async () => {
    const bytes = new Uint8Array(10);
    await expect(readLayer(zipSync({ '../evil.shp': bytes }), 'x.zip')).rejects.toThrow(
      /ruta no permitida/,
    );
    const bomb = zipSync({ 'a.shp': new Uint8Array(20_000_000) });
    await expect(readLayer(bomb, 'x.zip')).rejects.toThrow(/bomba de compresión/);
    await expect(readLayer(zipSync({ 'leame.txt': bytes }), 'x.zip')).rejects.toThrow(
      /ningún Shapefile/,
    );
    const noDbf = zipSync({ 'a.shp': bytes, 'a.shx': bytes });
    await expect(readLayer(noDbf, 'x.zip')).rejects.toThrow(/le falta \.dbf/);
    await expect(readLayer(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), 'x.zip')).rejects.toThrow(
      LayerReadError,
    );
  });
});

describe(epsgFromPrj.name, () => {
  const gaussKruger = (name: string, centralMeridian: number): string =>
    `PROJCS["${name}",GEOGCS["GCS_MAGNA",DATUM["D_MAGNA",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",1000000.0],PARAMETER["False_Northing",1000000.0],PARAMETER["Central_Meridian",${centralMeridian}],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",4.59620041666667],UNIT["Meter",1.0]]`;

  it.each([
    [3114, -80.0775079166667],
    [3115, -77.0775079166667],
    [3116, -74.0775079166667],
    [3117, -71.0775079166667],
    [3118, -68.0775079166667],
  ])('matches EPSG:%i by its parameters whatever its name', (epsg, meridian) => {
    expect(epsgFromPrj(gaussKruger('Mi_Sistema', meridian))).toEqual({ epsg, name: 'Mi_Sistema' });
  });

  it('matches CTM12, MAGNA-SIRGAS and WGS 84, and keeps the name of an unknown system', () => {
    const ctm12 =
      'PROJCS["MAGNA-SIRGAS_Origen-Nacional",GEOGCS["GCS_MAGNA",DATUM["D_MAGNA",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",5000000.0],PARAMETER["False_Northing",2000000.0],PARAMETER["Central_Meridian",-73.0],PARAMETER["Scale_Factor",0.9992],PARAMETER["Latitude_Of_Origin",4.0],UNIT["Meter",1.0]]';
    expect(epsgFromPrj(ctm12).epsg).toBe(9377);
    const magna =
      'GEOGCS["GCS_MAGNA",DATUM["D_MAGNA",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    expect(epsgFromPrj(magna).epsg).toBe(4686);
    const wgs84 =
      'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    expect(epsgFromPrj(wgs84).epsg).toBe(4326);
    const bogota1975 = gaussKruger('Colombia_Bogota_Zone', -74.0809166666667).replace(
      /GCS_MAGNA|D_MAGNA/g,
      'Bogota',
    );
    expect(epsgFromPrj(bogota1975)).toEqual({ epsg: null, name: 'Colombia_Bogota_Zone' });
    expect(epsgFromPrj('esto no es WKT')).toEqual({ epsg: null, name: null });
  });
});
