import { Buffer } from 'node:buffer';

import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';
import { type CollectionRef, readPublic } from './collections';

export type Properties = Record<string, string | number | boolean | null>;

/** A feature of a layer as the downloads need it, in EPSG:9377 (the storage CRS). */
export interface LayerRow {
  id: number;
  properties: Properties;
  /** ST_Multi'd (points stay single), polygons with clockwise outer rings (Shapefile's rule). */
  geojson: string;
  /** The same geometry as little-endian WKB. */
  wkb: Uint8Array;
  envelope: [number, number, number, number];
}

export interface LayerDump {
  rows: LayerRow[];
  /** WKT of EPSG:9377 from PostGIS's spatial_ref_sys (the .prj and the GeoPackage's SRS). */
  wkt9377: string;
}

interface RawRow {
  id: number;
  props: Properties | string;
  categoria: string | null;
  g: string;
  wkb: Uint8Array | string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A bytea as bytes: drivers answer a Uint8Array/Buffer, or the `\x…` hex text. */
function bytes(value: Uint8Array | string): Uint8Array {
  if (typeof value !== 'string') return new Uint8Array(value);
  const hex = value.startsWith('\\x') ? value.slice(2) : value;
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

/** Name of the normalised category in the files: «categoria», or «cat_pot» beside the file's own. */
export const CATEGORY_FIELD = 'categoria';
const CATEGORY_FALLBACK = 'cat_pot';

/**
 * The attributes plus the profile's category. GeoPackage and DBF column names ignore case, so a
 * source attribute such as «Categoria» keeps its name and the category goes as «cat_pot».
 */
export function withCategory(props: Properties, categoria: string | null): Properties {
  return { ...props, [categoryFieldFor(Object.keys(props))]: categoria };
}

/** The name the normalised category takes beside attributes named `names`. */
export function categoryFieldFor(names: readonly string[]): string {
  const taken = names.some((k) => k.toLowerCase() === CATEGORY_FIELD);
  return taken ? CATEGORY_FALLBACK : CATEGORY_FIELD;
}

/** Every feature of a public layer, in EPSG:9377 and its stored order. */
export function dumpLayer(
  deps: Deps,
  ref: Extract<CollectionRef, { kind: 'capa' }>,
): Promise<LayerDump> {
  return readPublic(deps, async (tx) => {
    const rows = rowsOf<RawRow>(
      await tx.execute(sql`WITH f AS (
          SELECT id, atributos AS props, categoria,
            ST_ForcePolygonCW(CASE WHEN GeometryType(geom) NOT LIKE '%POINT' THEN ST_Multi(geom)
              WHEN ST_NumGeometries(geom) = 1 THEN ST_GeometryN(geom, 1) ELSE geom END) AS g
          FROM capa_entidades WHERE municipality_id = ${ref.codigo} AND capa_id = ${ref.capaId}::uuid)
        SELECT id, props, categoria, ST_AsGeoJSON(g, 15) AS g, ST_AsBinary(g, 'NDR') AS wkb,
          ST_XMin(g) AS x0, ST_YMin(g) AS y0, ST_XMax(g) AS x1, ST_YMax(g) AS y1
        FROM f ORDER BY id`),
    );
    const [srs] = rowsOf<{ srtext: string }>(
      await tx.execute(sql`SELECT srtext FROM spatial_ref_sys WHERE srid = 9377`),
    );
    return {
      wkt9377: srs?.srtext ?? '',
      rows: rows.map((r) => ({
        id: Number(r.id),
        properties: withCategory(
          typeof r.props === 'string' ? (JSON.parse(r.props) as Properties) : r.props,
          r.categoria,
        ),
        geojson: r.g,
        wkb: bytes(r.wkb),
        envelope: [Number(r.x0), Number(r.y0), Number(r.x1), Number(r.y1)],
      })),
    };
  });
}

/** The attribute names of the layer in first-seen order, each with one column type. */
export function columnsOf(rows: readonly LayerRow[]): { name: string; type: ColumnType }[] {
  const types = new Map<string, ColumnType | null>();
  for (const row of rows)
    for (const [name, value] of Object.entries(row.properties)) {
      const seen = types.get(name) ?? null;
      types.set(name, merge(seen, value));
    }
  return [...types].map(([name, type]) => ({ name, type: type ?? 'text' }));
}

export type ColumnType = 'integer' | 'real' | 'boolean' | 'text';

function typeOf(value: Properties[string]): ColumnType | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'real';
  return 'text';
}

function merge(seen: ColumnType | null, value: Properties[string]): ColumnType | null {
  const type = typeOf(value);
  if (seen === null) return type;
  if (type === null || type === seen) return seen;
  const numeric = new Set<ColumnType>(['integer', 'real']);
  if (numeric.has(type) && numeric.has(seen)) return 'real';
  return 'text';
}
