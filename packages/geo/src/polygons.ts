import { isInColombia, wgs84 } from './crs';

/** A GeoJSON Polygon or MultiPolygon in WGS84 (RFC 7946). */
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export type GeometryCheck =
  { ok: true; geometry: AreaGeometry; vertices: number } | { ok: false; reason: string };

function checkRing(ring: unknown): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'un anillo tiene menos de 4 posiciones';
  for (const position of ring) {
    if (!Array.isArray(position) || position.length < 2)
      return 'una posición no es [longitud, latitud]';
    const checked = wgs84(Number(position[0]), Number(position[1]));
    if (!checked)
      return 'hay coordenadas fuera del rango en grados (¿coordenadas proyectadas? se espera EPSG:4326)';
    if (!isInColombia(checked))
      return 'hay coordenadas fuera de Colombia (¿coordenadas proyectadas o invertidas? se espera EPSG:4326)';
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'un anillo no está cerrado';
  return null;
}

/**
 * Validates a Polygon/MultiPolygon from untrusted input: structure, WGS84 range, Colombian
 * extent and closed rings. Topology (self-intersections) is checked in PostGIS with ST_IsValid.
 */
export function checkAreaGeometry(geometry: unknown): GeometryCheck {
  if (!geometry || typeof geometry !== 'object') return { ok: false, reason: 'sin geometría' };
  const g = geometry as { type?: unknown; coordinates?: unknown };
  const polygons =
    g.type === 'Polygon'
      ? [g.coordinates]
      : g.type === 'MultiPolygon' && Array.isArray(g.coordinates)
        ? g.coordinates
        : null;
  if (!polygons)
    return {
      ok: false,
      reason: `tipo de geometría «${String(g.type)}» no admitido (se espera Polygon o MultiPolygon)`,
    };
  let vertices = 0;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0)
      return { ok: false, reason: 'un polígono no tiene anillos' };
    for (const ring of polygon) {
      const problem = checkRing(ring);
      if (problem) return { ok: false, reason: problem };
      vertices += (ring as unknown[]).length;
    }
  }
  return { ok: true, geometry: geometry as AreaGeometry, vertices };
}
