import Point from '@mapbox/point-geometry';
import { fromVectorTileJs, type VectorTileFeatureLike } from '@maplibre/vt-pbf';

/**
 * Mapbox Vector Tile encoding in JavaScript, for the engine whose PostGIS lacks protobuf (the
 * PGlite bundle: «ST_AsMVT: Compiled without protobuf-c support»). PostGIS still clips, projects
 * and snaps each geometry to the tile grid (tile-service.ts); this file only writes the
 * protobuf, with @maplibre/vt-pbf, the encoder MapLibre itself uses.
 */

export interface TileGridFeature {
  id: number;
  /** GeoJSON geometry in tile units (0…extent, y down), exterior rings already clockwise. */
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}

type Pos = [number, number];
const TYPES: Record<string, 1 | 2 | 3> = {
  Point: 1,
  MultiPoint: 1,
  LineString: 2,
  MultiLineString: 2,
  Polygon: 3,
  MultiPolygon: 3,
};

const points = (line: readonly Pos[]) => line.map(([x, y]) => new Point(x, y));

/** MVT geometry: one array of points per point set, line or ring. */
function rings(g: TileGridFeature['geometry']): Point[][] {
  const c = g.coordinates;
  switch (g.type) {
    case 'Point':
      return [points([c as Pos])];
    case 'MultiPoint':
      return [points(c as Pos[])];
    case 'LineString':
      return [points(c as Pos[])];
    case 'MultiLineString':
    case 'Polygon':
      return (c as Pos[][]).map(points);
    case 'MultiPolygon':
      return (c as Pos[][][]).flat().map(points);
    default:
      return [];
  }
}

/** MVT values are scalars: nested attribute values travel as JSON text. */
function scalars(properties: Record<string, unknown>) {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(properties)) {
    if (v === null || v === undefined) continue;
    out[k] =
      typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
        ? v
        : JSON.stringify(v);
  }
  return out;
}

/** The tile's bytes with one layer; empty when no feature kept a geometry. */
export function encodeTile(
  layerName: string,
  extent: number,
  features: readonly TileGridFeature[],
): Uint8Array {
  const kept: VectorTileFeatureLike[] = [];
  for (const f of features) {
    const type = TYPES[f.geometry.type];
    const geometry = rings(f.geometry).filter((r) => r.length > 0);
    if (!type || geometry.length === 0) continue;
    kept.push({
      type,
      id: f.id,
      extent,
      properties: scalars(f.properties),
      loadGeometry: () => geometry,
    });
  }
  if (kept.length === 0) return new Uint8Array();
  return fromVectorTileJs({
    layers: {
      [layerName]: {
        version: 2,
        name: layerName,
        extent,
        length: kept.length,
        feature: (i) => kept[i]!,
      },
    },
  });
}
