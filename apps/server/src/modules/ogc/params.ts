import { crsFor, type CrsInfo, DEFAULT_CRS, SUPPORTED_CRS } from './crs';
import { badParameter } from './errors';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** Query parameters of /items that are not property filters. */
const RESERVED = new Set(['limit', 'offset', 'bbox', 'bbox-crs', 'crs', 'f', 'datetime']);
/** Media types that `f` may ask for (always answered as GeoJSON). */
const FORMATS = new Set(['json', 'geojson', 'application/geo+json', 'application/json']);

/** A bounding box in the PostGIS axis order (x = easting/longitude, y = northing/latitude). */
export interface Bbox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  srid: 4326 | 9377;
}

export interface ItemsQuery {
  limit: number;
  offset: number;
  bbox: Bbox | null;
  crs: CrsInfo;
  /** Property name → value that must be equal (text comparison). */
  filters: Record<string, string>;
}

function integer(name: string, value: string | undefined, min: number) {
  if (value === undefined) return null;
  if (!/^\d{1,9}$/.test(value.trim()))
    throw badParameter(`El parámetro «${name}» debe ser un número entero; se recibió «${value}».`);
  const n = Number(value);
  if (n < min)
    throw badParameter(`El parámetro «${name}» debe ser al menos ${min}; se recibió ${n}.`);
  return n;
}

function crsParam(name: string, value: string | undefined): CrsInfo {
  if (value === undefined) return DEFAULT_CRS;
  const crs = crsFor(value);
  if (!crs)
    throw badParameter(
      `El sistema de coordenadas «${value}» de «${name}» no se ofrece. Use uno de: ${SUPPORTED_CRS.join(', ')}.`,
    );
  return crs;
}

function bboxParam(value: string | undefined, crs: CrsInfo): Bbox | null {
  if (value === undefined) return null;
  const parts = value.split(',').map((v) => Number(v.trim()));
  const valid = (parts.length === 4 || parts.length === 6) && parts.every(Number.isFinite);
  if (!valid)
    throw badParameter(
      `El parámetro «bbox» son 4 números separados por comas (mínimo y máximo de cada eje); se recibió «${value}».`,
    );
  const [a, b, c, d] = parts.length === 6 ? [parts[0]!, parts[1]!, parts[3]!, parts[4]!] : parts;
  // Axis order of the bbox-crs: CRS84 is longitude, latitude; EPSG:4326 and 9377 northing first.
  const [minX, minY, maxX, maxY] = crs.flip ? [b!, a!, d!, c!] : [a!, b!, c!, d!];
  if (minY > maxY)
    throw badParameter('En «bbox» el mínimo del eje norte-sur es mayor que el máximo.');
  if (crs.srid === 4326 && (Math.abs(minY) > 90 || Math.abs(maxY) > 90))
    throw badParameter('En «bbox» las latitudes deben estar entre -90 y 90.');
  return { minX, minY, maxX, maxY, srid: crs.srid };
}

/** Reads and checks the query of /items; throws a 400 with a Spanish message on bad input. */
export function parseItemsQuery(
  query: Record<string, string>,
  allowedFilters: ((name: string) => boolean) | null,
): ItemsQuery {
  const f = query.f;
  if (f !== undefined && !FORMATS.has(f.toLowerCase()))
    throw badParameter(`El formato «${f}» no se ofrece: los elementos se sirven en GeoJSON.`);
  const filters: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (RESERVED.has(name)) continue;
    if (allowedFilters && !allowedFilters(name))
      throw badParameter(`El parámetro «${name}» no existe ni es una propiedad filtrable.`);
    filters[name] = value;
  }
  return {
    // Above the maximum the page is the maximum (OGC 17-069r4, /req/core/fc-limit-response).
    limit: Math.min(integer('limit', query.limit, 1) ?? DEFAULT_LIMIT, MAX_LIMIT),
    offset: integer('offset', query.offset, 0) ?? 0,
    bbox: bboxParam(query.bbox, crsParam('bbox-crs', query['bbox-crs'])),
    crs: crsParam('crs', query.crs),
    filters,
  };
}

/** Reads the `crs` of a single feature's request. */
export function parseFeatureQuery(query: Record<string, string>): CrsInfo {
  return crsParam('crs', query.crs);
}
