/**
 * Spatial SQL for municipal boundaries (`limites_municipales`). Geometry crosses this boundary
 * only as GeoJSON text, so callers never see PostGIS types (docs/adr/0005-crs-and-units.md).
 * Writes need a transaction in platform context (RLS: reference data written by importers).
 */
import { sql } from 'drizzle-orm';

import { rowsOf, type Tx } from './database';

/** One boundary to store: DANE code and a GeoJSON Polygon or MultiPolygon in EPSG:4326. */
export interface LimitInput {
  codigo: string;
  geometry: unknown;
}

/** A geometry PostGIS considers invalid (self-intersection, ring crossing…), with its reason. */
export interface InvalidLimit {
  codigo: string;
  motivo: string;
}

/**
 * Tolerance in degrees for the web-map copy (~550 m at the equator): enough for a national view,
 * and it brings the whole country to a payload an office connection downloads in seconds.
 */
export const SIMPLIFY_TOLERANCE_DEG = 0.005;

/** Features per statement: keeps each JSON parameter a few MB at most on either engine. */
const BATCH = 100;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

const payload = (items: readonly LimitInput[]) =>
  JSON.stringify(items.map((item) => ({ c: item.codigo, g: item.geometry })));

/**
 * Returns the boundaries PostGIS rejects with ST_IsValid, with ST_IsValidReason. Run it over the
 * whole file before writing so the importer can name every bad municipality at once.
 */
export async function invalidLimitGeometries(
  tx: Tx,
  items: readonly LimitInput[],
): Promise<InvalidLimit[]> {
  const invalid: InvalidLimit[] = [];
  for (const batch of batches(items)) {
    const result = await tx.execute(sql`
      SELECT e.codigo, ST_IsValidReason(e.geom) AS motivo
        FROM (SELECT x->>'c' AS codigo, ST_SetSRID(ST_GeomFromGeoJSON(x->>'g'), 4326) AS geom
                FROM jsonb_array_elements(${payload(batch)}::jsonb) AS x) AS e
       WHERE NOT ST_IsValid(e.geom)`);
    invalid.push(...rowsOf<InvalidLimit>(result));
  }
  return invalid;
}

/**
 * Inserts or replaces boundaries keyed by DANE code, computing the simplified web copy and the
 * area in km² on EPSG:9377. The table's CHECK rejects invalid geometry as a last fence.
 * Returns how many rows were new.
 */
export async function upsertMunicipalLimits(
  tx: Tx,
  input: { items: readonly LimitInput[]; fuente: string; importadoEn: Date },
): Promise<{ nuevos: number; actualizados: number }> {
  let nuevos = 0;
  let actualizados = 0;
  for (const batch of batches(input.items)) {
    const result = await tx.execute(sql`
      INSERT INTO limites_municipales
             (codigo, geom, geom_simple, geojson_simple, area_km2, fuente, importado_en)
      SELECT s.codigo, s.geom, s.simple, ST_AsGeoJSON(s.simple, 4),
             ST_Area(ST_Transform(s.geom, 9377)) / 1e6,
             ${input.fuente}, ${input.importadoEn.toISOString()}::timestamptz
        FROM (SELECT e.codigo, e.geom,
                     ST_Multi(ST_SimplifyPreserveTopology(e.geom, ${SIMPLIFY_TOLERANCE_DEG}::float8))
                       AS simple
                FROM (SELECT x->>'c' AS codigo,
                             ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(x->>'g'), 4326)) AS geom
                        FROM jsonb_array_elements(${payload(batch)}::jsonb) AS x) AS e) AS s
      ON CONFLICT (codigo) DO UPDATE SET
        geom = excluded.geom,
        geom_simple = excluded.geom_simple,
        geojson_simple = excluded.geojson_simple,
        area_km2 = excluded.area_km2,
        fuente = excluded.fuente,
        importado_en = excluded.importado_en
      RETURNING (xmax = 0) AS nuevo`);
    for (const row of rowsOf<{ nuevo: boolean }>(result)) {
      if (row.nuevo) nuevos += 1;
      else actualizados += 1;
    }
  }
  return { nuevos, actualizados };
}

/** One boundary as stored (area and metadata; geometry only as simplified GeoJSON). */
export async function municipalLimit(tx: Tx, codigo: string) {
  const rows = rowsOf<{
    codigo: string;
    area_km2: number;
    fuente: string;
    tipo: string;
    geojson: string;
  }>(
    await tx.execute(sql`
      SELECT codigo, area_km2, fuente, GeometryType(geom) AS tipo, geojson_simple AS geojson
        FROM limites_municipales WHERE codigo = ${codigo}`),
  );
  const row = rows[0];
  return row
    ? {
        codigo: row.codigo,
        areaKm2: Number(row.area_km2),
        fuente: row.fuente,
        tipo: row.tipo,
        geojson: row.geojson,
      }
    : null;
}

/**
 * The simplified boundaries of every municipality as GeoJSON FeatureCollection text (properties
 * codigo and nombre), 4 decimals (~11 m): built in SQL so 1,122 features never round-trip
 * through JSON.parse on the server.
 */
export async function simplifiedLimitsGeoJson(tx: Tx): Promise<string> {
  const rows = rowsOf<{ features: string }>(
    await tx.execute(sql`
      SELECT coalesce(json_agg(json_build_object(
               'type', 'Feature',
               'properties', json_build_object('codigo', l.codigo, 'nombre', m.nombre),
               'geometry', l.geojson_simple::json) ORDER BY l.codigo), '[]'::json)::text
             AS features
        FROM limites_municipales l JOIN municipios m ON m.codigo = l.codigo
       WHERE l.geojson_simple IS NOT NULL`),
  );
  return `{"type":"FeatureCollection","features":${rows[0]?.features ?? '[]'}}`;
}

/** Simplified geometry (GeoJSON text) per DANE code, for exports that join their own rows. */
export async function simplifiedGeometriesByCode(tx: Tx): Promise<Map<string, string>> {
  const rows = rowsOf<{ codigo: string; geojson: string }>(
    await tx.execute(sql`
      SELECT codigo, geojson_simple AS geojson
        FROM limites_municipales WHERE geojson_simple IS NOT NULL`),
  );
  return new Map(rows.map((row) => [row.codigo, row.geojson]));
}

/**
 * A cheap fingerprint of the stored boundaries (count and last import instant). Caches compare
 * it so an import made by another process (the CLI) is noticed without re-reading geometry.
 */
export async function limitsFingerprint(tx: Tx): Promise<string> {
  const rows = rowsOf<{ n: number; ultimo: string | null }>(
    await tx.execute(sql`
      SELECT count(*)::int AS n, max(importado_en)::text AS ultimo FROM limites_municipales`),
  );
  return `${rows[0]?.n ?? 0}|${rows[0]?.ultimo ?? ''}`;
}
