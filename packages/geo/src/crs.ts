/**
 * Coordinate reference systems used by Ruta POT (docs/adr/0005-crs-and-units.md). Positions are
 * branded so that a projected position can never be passed where WGS84 is expected.
 */
declare const wgs84Brand: unique symbol;
declare const origenNacionalBrand: unique symbol;

/** EPSG:4326, [longitude, latitude] in degrees (RFC 7946 order); what the web map and GeoJSON use. */
export type Wgs84Position = readonly [number, number] & { readonly [wgs84Brand]: true };
/** EPSG:9377 MAGNA-SIRGAS 2018 / Origen-Nacional, [easting, northing] in metres; official since IGAC Res. 471 de 2020. */
export type OrigenNacionalPosition = readonly [number, number] & {
  readonly [origenNacionalBrand]: true;
};

export const EPSG_WGS84 = 4326;
export const EPSG_ORIGEN_NACIONAL = 9377;

/** Colombia's extent with a margin (San Andrés to Leticia), in degrees. */
export const COLOMBIA_BBOX = { minLon: -82.5, minLat: -4.8, maxLon: -66.5, maxLat: 16.5 } as const;

/** Validates and brands a WGS84 position; returns null when outside the valid degree range. */
export function wgs84(lon: number, lat: number): Wgs84Position | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90)
    return null;
  return [lon, lat] as unknown as Wgs84Position;
}

/** Whether a WGS84 position lies within Colombia's extent (catches swapped or projected coordinates). */
export function isInColombia(position: Wgs84Position): boolean {
  const [lon, lat] = position;
  return (
    lon >= COLOMBIA_BBOX.minLon &&
    lon <= COLOMBIA_BBOX.maxLon &&
    lat >= COLOMBIA_BBOX.minLat &&
    lat <= COLOMBIA_BBOX.maxLat
  );
}
