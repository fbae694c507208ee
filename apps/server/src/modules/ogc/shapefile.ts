import { type OGCGeometry, write } from '@mapbox/shp-write';
import { zipSync } from 'fflate';

import { badParameter } from './errors';
import { columnsOf, type ColumnType, type LayerDump, type Properties } from './layer-rows';

/** Longest text a DBF character field holds (bytes). */
const DBF_TEXT_BYTES = 254;
const DBF_NAME_CHARS = 10;

/** DBF field names: ASCII, at most 10 characters, unique (the format's limits). */
export function dbfFieldNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const ascii =
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9_]/g, '_')
        .slice(0, DBF_NAME_CHARS) || 'campo';
    let candidate = ascii;
    for (let n = 2; used.has(candidate.toUpperCase()); n++) {
      const suffix = `_${n}`;
      candidate = ascii.slice(0, DBF_NAME_CHARS - suffix.length) + suffix;
    }
    used.add(candidate.toUpperCase());
    return candidate;
  });
}

/**
 * Text as the DBF writer expects it: one character per byte. The writer stores each character's
 * code as a byte, so the UTF-8 bytes are handed over as such (the .cpg says UTF-8), cut at a
 * character boundary within the field's 254 bytes.
 */
function utf8Chars(text: string): string {
  let bytes = new TextEncoder().encode(text);
  if (bytes.length > DBF_TEXT_BYTES) {
    let end = DBF_TEXT_BYTES;
    while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
    bytes = bytes.slice(0, end);
  }
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

function dbfValue(type: ColumnType, value: Properties[string] | undefined) {
  if (value === null || value === undefined) return null;
  if (type === 'text') return utf8Chars(String(value));
  // Numeric fields are written with 3 decimals (the writer's N(18,3)).
  if (type === 'integer' || type === 'real') return Math.round(Number(value) * 1000) / 1000;
  return value;
}

const SHAPE_TYPE: Record<string, OGCGeometry> = {
  Point: 'POINT',
  MultiLineString: 'POLYLINE',
  LineString: 'POLYLINE',
  MultiPolygon: 'POLYGON',
  Polygon: 'POLYGON',
};

function shapeType(dump: LayerDump): OGCGeometry {
  const types = new Set(dump.rows.map((r) => (JSON.parse(r.geojson) as { type: string }).type));
  const shape = new Set([...types].map((t) => SHAPE_TYPE[t]));
  const [only] = shape;
  if (shape.size > 1 || (types.size > 0 && only === undefined))
    throw badParameter(
      'Esta capa tiene multipuntos, que la descarga en Shapefile no escribe: descárguela en GeoPackage o GeoJSON.',
    );
  return only ?? 'POLYGON';
}

interface ShpFiles {
  shp: DataView;
  shx: DataView;
  dbf: DataView;
}

const bytesOf = (view: DataView) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

/**
 * The layer as a zipped Shapefile in EPSG:9377: .shp/.shx/.dbf written by `@mapbox/shp-write`,
 * plus the .prj (PostGIS's WKT of EPSG:9377) and a .cpg declaring UTF-8 (ADR 0024).
 */
export function buildShapefileZip(dump: LayerDump, baseName: string): Uint8Array {
  const type = shapeType(dump);
  const columns = columnsOf(dump.rows);
  const names = dbfFieldNames(columns.map((c) => c.name));
  const rows = dump.rows.map((row) =>
    Object.fromEntries(
      columns.map((c, i) => [names[i]!, dbfValue(c.type, row.properties[c.name])] as const),
    ),
  );
  const geometries = dump.rows.map(
    (row) => (JSON.parse(row.geojson) as { coordinates: object }).coordinates,
  );
  let out: ShpFiles | null = null;
  // The writer calls back synchronously and only with success.
  write(rows, type, geometries, (_error: unknown, data: ShpFiles) => {
    out = data;
  });
  const files = out as ShpFiles | null;
  if (!files) throw new Error('El escritor de Shapefile no devolvió archivos.');
  const text = (value: string) => new TextEncoder().encode(value);
  return zipSync({
    [`${baseName}.shp`]: bytesOf(files.shp),
    [`${baseName}.shx`]: bytesOf(files.shx),
    [`${baseName}.dbf`]: bytesOf(files.dbf),
    [`${baseName}.prj`]: text(dump.wkt9377),
    [`${baseName}.cpg`]: text('UTF-8'),
  });
}
