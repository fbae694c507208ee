import { rowsOf, type Tx } from '@ruta-pot/db';
import { type SQL, sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';

/** Bounds on a drawn place: a citizen marks a spot, a street or a block, not a region's survey. */
const MAX_GEOJSON_CHARS = 100_000;
const MAX_VERTICES = 2_000;
const KINDS = new Set(['Point', 'LineString', 'Polygon']);
/** Tolerance around the boundary, in degrees (~550 m): the simplified boundary is that coarse. */
const EDGE_TOLERANCE_DEG = 0.005;
/** Without an imported boundary: distance to the municipality's centre that still counts (~55 km). */
const CENTRE_TOLERANCE_DEG = 0.5;

const invalid = (mensaje: string) =>
  new AppError('entrada_invalida', mensaje, { campo: 'geometria' });

function countVertices(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === 'number') return 1;
  return coordinates.reduce<number>((n, c) => n + countVertices(c), 0);
}

function allFinite(coordinates: unknown): boolean {
  if (!Array.isArray(coordinates)) return false;
  if (typeof coordinates[0] === 'number')
    return (
      coordinates.length >= 2 &&
      coordinates.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
      Math.abs(coordinates[0]) <= 180 &&
      Math.abs(coordinates[1] as number) <= 90
    );
  return coordinates.length > 0 && coordinates.every(allFinite);
}

type Position = readonly number[];
const same = (a: Position | undefined, b: Position | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** A line has two points; a polygon's rings have four positions and close on the first. */
function assertShape(type: string, coordinates: unknown[]) {
  if (type === 'Point' && typeof coordinates[0] !== 'number')
    throw invalid('Un punto tiene una sola posición: [longitud, latitud].');
  if (type === 'LineString' && (typeof coordinates[0] === 'number' || coordinates.length < 2))
    throw invalid('Una línea necesita al menos dos puntos.');
  if (type === 'Polygon') {
    const rings = coordinates as Position[][];
    const ok = rings.every(
      (ring) => Array.isArray(ring[0]) && ring.length >= 4 && same(ring[0], ring[ring.length - 1]),
    );
    if (!ok)
      throw invalid('Un polígono necesita al menos tres puntos y debe cerrarse en el primero.');
  }
}

/**
 * Reads a drawn place (GeoJSON geometry in EPSG:4326) and checks its shape before any SQL: one
 * point, line or polygon, finite longitude/latitude, a bounded number of vertices.
 */
export function parseDrawnPlace(text: string): { type: string; json: string } {
  if (text.length > MAX_GEOJSON_CHARS)
    throw invalid(
      'El lugar dibujado es demasiado grande. Señale un punto, una línea o un área más sencilla.',
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid('El lugar señalado no es un GeoJSON válido.');
  }
  const g = value as { type?: unknown; coordinates?: unknown };
  if (typeof g !== 'object' || g === null || typeof g.type !== 'string' || !KINDS.has(g.type))
    throw invalid(
      'Señale un punto, una línea o un polígono (GeoJSON Point, LineString o Polygon).',
    );
  if (!allFinite(g.coordinates))
    throw invalid(
      'Las coordenadas del lugar no son válidas (longitud y latitud en grados, EPSG:4326).',
    );
  assertShape(g.type, g.coordinates as unknown[]);
  if (countVertices(g.coordinates) > MAX_VERTICES)
    throw invalid(
      `El lugar tiene más de ${MAX_VERTICES.toLocaleString('es-CO')} vértices. Simplifíquelo.`,
    );
  return { type: g.type, json: JSON.stringify({ type: g.type, coordinates: g.coordinates }) };
}

/**
 * Checks a parsed place against PostGIS and the municipality: a valid geometry, inside the
 * municipality's boundary (with a tolerance) or, without an imported boundary, near its centre.
 * Returns the SQL expression that stores it in EPSG:9377.
 */
export async function placeInMunicipality(
  tx: Tx,
  input: { codigo: string; nombre: string; json: string },
): Promise<SQL> {
  const geom = sql`ST_SetSRID(ST_GeomFromGeoJSON(${input.json}), 4326)`;
  const [row] = rowsOf<{
    valida: boolean;
    razon: string;
    dentro: boolean | null;
    cerca: boolean | null;
  }>(
    await tx.execute(sql`WITH g AS (SELECT ${geom} AS g)
      SELECT ST_IsValid(g.g) AS valida, ST_IsValidReason(g.g) AS razon,
        (SELECT ST_Covers(ST_Buffer(coalesce(l.geom_simple, l.geom), ${EDGE_TOLERANCE_DEG}), g.g)
          FROM limites_municipales l WHERE l.codigo = ${input.codigo}) AS dentro,
        (SELECT ST_DWithin(ST_SetSRID(ST_MakePoint(m.longitud, m.latitud), 4326), g.g, ${CENTRE_TOLERANCE_DEG})
          FROM municipios m WHERE m.codigo = ${input.codigo} AND m.latitud IS NOT NULL) AS cerca
      FROM g`),
  );
  if (!row?.valida)
    throw invalid(
      `El polígono dibujado no es válido (${row?.razon ?? 'geometría inválida'}): sus bordes no deben cruzarse.`,
    );
  const inside = row.dentro ?? row.cerca ?? true;
  if (!inside)
    throw invalid(
      `El lugar señalado está fuera de ${input.nombre}. Señálelo dentro del municipio.`,
    );
  return sql`ST_Transform(${geom}, 9377)`;
}
