import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';

import { AppError, notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { encodeTile, type TileGridFeature } from './tile-encode';

/**
 * Vector tiles of a layer (issue 14: «large layers travel as vector tiles from PostGIS»).
 * Web Mercator (EPSG:3857) tiles cut from the EPSG:9377 geometries with ST_TileEnvelope,
 * ST_AsMVTGeom and ST_AsMVT, so the browser draws only what the tile shows, already snapped to
 * the tile's 4096-unit grid (the simplification a zoom needs comes for free).
 */

/** Deepest zoom served: a tile at 22 is ~10 m wide, finer than any municipal study. */
export const MAX_TILE_ZOOM = 22;
/** Name of the single layer inside each tile (the viewer's `source-layer`). */
export const TILE_LAYER = 'entidades';
const EXTENT = 4096;
const BUFFER = 64;

export interface TileKey {
  z: number;
  x: number;
  y: number;
}

const BAD_TILE =
  'La tesela no existe: el nivel de zoom va de 0 a 22 y la columna y la fila de 0 a 2^zoom − 1 (p. ej. /teselas/12/1205/1979.mvt).';

/** Parses the z/x/y of the path («12», «1205», «1979.mvt»); 400 in Spanish when out of range. */
export function parseTileKey(z: string, x: string, yMvt: string): TileKey {
  const y = yMvt.replace(/\.mvt$/, '');
  const parts = [z, x, y];
  if (!parts.every((p) => /^\d{1,8}$/.test(p)))
    throw new AppError('entrada_invalida', BAD_TILE, { campo: 'tesela' });
  const [zn, xn, yn] = parts.map(Number) as [number, number, number];
  const size = 2 ** zn;
  if (zn > MAX_TILE_ZOOM || xn >= size || yn >= size)
    throw new AppError('entrada_invalida', BAD_TILE, { campo: 'tesela' });
  return { z: zn, x: xn, y: yn };
}

export interface LayerVersion {
  /** Features never change after import, so the layer's id and import time name its content. */
  etag: string;
}

/** The layer's content tag (404 when the municipality has no such layer). */
export async function layerVersion(
  deps: Deps,
  key: { codigo: string; capaId: string },
): Promise<LayerVersion> {
  return deps.db.withContext({ municipio: key.codigo }, async (tx) => {
    const [row] = rowsOf<{ v: string }>(
      await tx.execute(sql`SELECT (extract(epoch FROM creado_en) * 1000)::bigint::text AS v
        FROM capas WHERE municipality_id = ${key.codigo} AND id = ${key.capaId}::uuid`),
    );
    if (!row) throw notFound();
    return { etag: `"${key.capaId}-${row.v}"` };
  });
}

/** Whether this engine's PostGIS writes MVT itself (PostgreSQL: yes; the PGlite bundle: no). */
const nativeMvt = new WeakMap<object, Promise<boolean>>();
function hasNativeMvt(deps: Deps): Promise<boolean> {
  let known = nativeMvt.get(deps.db);
  if (!known) {
    known = deps.db
      .withContext({ plataforma: true }, async (tx) => {
        const [row] = rowsOf<{ v: string }>(
          await tx.execute(sql`SELECT postgis_full_version() AS v`),
        );
        return /PROTOBUF/.test(row?.v ?? '');
      })
      .catch(() => false);
    nativeMvt.set(deps.db, known);
  }
  return known;
}

const envelope = (tile: TileKey) => sql`WITH b AS (
    SELECT ST_TileEnvelope(${tile.z}, ${tile.x}, ${tile.y}) AS env
  ), w AS (
    SELECT env, ST_XMin(env) AS x0, ST_YMax(env) AS y1, ${EXTENT} / (ST_XMax(env) - ST_XMin(env)) AS k,
      ST_Expand(env, (ST_XMax(env) - ST_XMin(env)) * ${BUFFER / EXTENT}) AS clip,
      ST_Transform(ST_Segmentize(ST_Expand(env, (ST_XMax(env) - ST_XMin(env)) * ${BUFFER / EXTENT}),
        (ST_XMax(env) - ST_XMin(env)) / 8), 9377) AS env9377 FROM b
  )`;

/**
 * One tile of a layer as Mapbox Vector Tile bytes (empty when nothing falls in it). Each feature
 * carries its number (`_id`, also the MVT feature id, so identify works on tiles), its category
 * and its attributes.
 */
export async function layerTile(
  deps: Deps,
  key: { codigo: string; capaId: string; tile: TileKey },
): Promise<Uint8Array> {
  const { codigo, capaId, tile } = key;
  const native = await hasNativeMvt(deps);
  // The envelope is densified before it goes to EPSG:9377: its straight Mercator edges are
  // curves in the Transverse Mercator, and the index filter must not cut features at the edge.
  const inTile = sql`e.municipality_id = ${codigo} AND e.capa_id = ${capaId}::uuid AND e.geom && w.env9377`;
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    if (native) {
      const [row] = rowsOf<{ mvt: Uint8Array | null }>(
        await tx.execute(sql`${envelope(tile)}, t AS (
            SELECT e.id AS fid, e.id AS _id, e.categoria, e.atributos,
              ST_AsMVTGeom(ST_Transform(e.geom, 3857), w.env, ${EXTENT}, ${BUFFER}, true) AS geom
            FROM capa_entidades e, w WHERE ${inTile}
          )
          SELECT ST_AsMVT(t, ${TILE_LAYER}, ${EXTENT}, 'geom', 'fid') AS mvt FROM t WHERE geom IS NOT NULL`),
      );
      return row?.mvt ? new Uint8Array(row.mvt) : new Uint8Array();
    }
    // Same steps as ST_AsMVTGeom: clip to the buffered tile, exterior rings counter-clockwise in
    // Mercator (clockwise once y points down), scale to tile units, snap to the grid.
    const rows = rowsOf<{
      id: number;
      categoria: string | null;
      atributos: unknown;
      g: string | null;
    }>(
      await tx.execute(sql`${envelope(tile)}
        SELECT e.id, e.categoria, e.atributos, ST_AsGeoJSON(g, 0) AS g FROM capa_entidades e, w,
          LATERAL (SELECT ST_RemoveRepeatedPoints(ST_SnapToGrid(ST_Affine(
            ST_ForcePolygonCCW(ST_ClipByBox2D(ST_Transform(e.geom, 3857), w.clip)),
            w.k, 0, 0, -w.k, -w.x0 * w.k, w.y1 * w.k), 1)) AS g) c
        WHERE ${inTile} AND NOT ST_IsEmpty(g) ORDER BY e.id`),
    );
    return encodeTile(
      TILE_LAYER,
      EXTENT,
      rows
        .filter((r) => r.g !== null)
        .map((r) => ({
          id: Number(r.id),
          geometry: JSON.parse(r.g!) as TileGridFeature['geometry'],
          properties: {
            ...((r.atributos ?? {}) as Record<string, unknown>),
            _id: Number(r.id),
            categoria: r.categoria,
          },
        })),
    );
  });
}
