/**
 * The coordinate reference systems the OGC API offers (Part 2): CRS84 (longitude, latitude; the
 * default), EPSG:4326 (latitude, longitude) and EPSG:9377, where the features are stored
 * (MAGNA-SIRGAS 2018 / Origen-Nacional, ADR 0005; northing, easting as EPSG defines its axes).
 */
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const EPSG_4326 = 'http://www.opengis.net/def/crs/EPSG/0/4326';
export const EPSG_9377 = 'http://www.opengis.net/def/crs/EPSG/0/9377';

export const SUPPORTED_CRS = [CRS84, EPSG_4326, EPSG_9377] as const;
export type CrsUri = (typeof SUPPORTED_CRS)[number];

export interface CrsInfo {
  uri: CrsUri;
  /** SRID in PostGIS. */
  srid: 4326 | 9377;
  /** Whether the CRS's first axis is northing/latitude, so coordinates are flipped from PostGIS. */
  flip: boolean;
}

const INFO: Record<CrsUri, CrsInfo> = {
  [CRS84]: { uri: CRS84, srid: 4326, flip: false },
  [EPSG_4326]: { uri: EPSG_4326, srid: 4326, flip: true },
  [EPSG_9377]: { uri: EPSG_9377, srid: 9377, flip: true },
};

/** Other spellings clients use for the same CRS (https, EPSG:n, OGC:CRS84). */
const ALIASES: Record<string, CrsUri> = {
  'ogc:crs84': CRS84,
  'epsg:4326': EPSG_4326,
  'epsg:9377': EPSG_9377,
  'https://www.opengis.net/def/crs/ogc/1.3/crs84': CRS84,
  'https://www.opengis.net/def/crs/epsg/0/4326': EPSG_4326,
  'https://www.opengis.net/def/crs/epsg/0/9377': EPSG_9377,
  '[ogc:crs84]': CRS84,
  '[epsg:4326]': EPSG_4326,
  '[epsg:9377]': EPSG_9377,
};

/** The CRS named by a `crs` or `bbox-crs` value, or null when it is not offered. */
export function crsFor(value: string): CrsInfo | null {
  const exact = (SUPPORTED_CRS as readonly string[]).includes(value) ? (value as CrsUri) : null;
  const uri = exact ?? ALIASES[value.trim().toLowerCase()] ?? null;
  return uri ? INFO[uri] : null;
}

export const DEFAULT_CRS = INFO[CRS84];
