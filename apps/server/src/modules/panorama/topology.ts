// The national map's boundaries as quantized TopoJSON (issue 12, «The wire»; ADR 0025).
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { type Database, limitsFingerprint, rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

import type { Deps } from '../../http/types';

/** Name of the one object in the topology (the web reads `objects.municipios`). */
const TOPOLOGY_OBJECT = 'municipios';

/**
 * Visvalingam minimum triangle area in square degrees: (0.01°)², about 1.1 km per side. A
 * national map 700 px wide shows ~0.02° per pixel, so what is dropped is below a pixel at the
 * full view and about a pixel at the map's deepest zoom (×4).
 */
const SIMPLIFY_MIN_WEIGHT = 1e-4;
/** Quantization grid per axis: 10,000 steps over Colombia's ~17° is ~0.0018° (~200 m). */
const QUANTIZATION = 10_000;

/**
 * Builds the topology: shared borders become one arc (neighbouring municipalities no longer send
 * their common edge twice), simplified on the topology so neighbours stay glued, then quantized
 * to integers and delta-encoded (TopoJSON spec §2.1.3). Features carry only their DANE code as
 * id: names travel once, in /api/v1/panorama.
 */
function buildLimitsTopology(
  items: readonly { codigo: string; geometry: Polygon | MultiPolygon }[],
): string {
  if (items.length === 0) {
    const vacia: Topology = {
      type: 'Topology',
      objects: { [TOPOLOGY_OBJECT]: { type: 'GeometryCollection', geometries: [] } },
      arcs: [],
    };
    return JSON.stringify(vacia);
  }
  const coleccion: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: items.map((item): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      id: item.codigo,
      properties: {},
      geometry: item.geometry,
    })),
  };
  // A fine grid first (~2 m) only so that coincident vertices are recognised as shared.
  const fina = topology({ [TOPOLOGY_OBJECT]: coleccion }, 1e6);
  const simple = simplify(
    presimplify(fina as unknown as Topology<Objects<object>>),
    SIMPLIFY_MIN_WEIGHT,
  );
  // presimplify returns absolute coordinates in degrees with a weight as third value.
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = simple.bbox ?? [];
  const kx = (x1 - x0) / (QUANTIZATION - 1) || 1;
  const ky = (y1 - y0) / (QUANTIZATION - 1) || 1;
  const arcs = simple.arcs.map((arc) => {
    const out: [number, number][] = [];
    let px = 0;
    let py = 0;
    arc.forEach(([x = 0, y = 0], i) => {
      const qx = Math.round((x - x0) / kx);
      const qy = Math.round((y - y0) / ky);
      // Drop vertices that fall on the previous one; keep both ends so arcs still join.
      if (i > 0 && i < arc.length - 1 && qx === px && qy === py) return;
      out.push([qx - px, qy - py]);
      px = qx;
      py = qy;
    });
    return out;
  });
  const resultado: Topology = {
    type: 'Topology',
    bbox: [x0, y0, x1, y1],
    transform: { scale: [kx, ky], translate: [x0, y0] },
    objects: simple.objects,
    arcs,
  };
  return JSON.stringify(resultado);
}

export interface LimitsTopologyEntry {
  fingerprint: string;
  body: string;
  br: Uint8Array;
  gzip: Uint8Array;
  etag: string;
}

const cache = new WeakMap<Database, Promise<LimitsTopologyEntry>>();

/** Drops the in-memory topology of a database (after an import). */
export function invalidateLimitsTopology(db: Database): void {
  cache.delete(db);
}

function entry(fingerprint: string, body: string, br: Uint8Array): LimitsTopologyEntry {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 32);
  return {
    fingerprint,
    body,
    br,
    gzip: new Uint8Array(gzipSync(body, { level: 9 })),
    etag: `W/"t${hash}"`,
  };
}

/**
 * The stored boundaries as GeoJSON geometry. `completa`: full resolution (6 decimals, ~0.1 m)
 * through PostGIS, used by the import, where PostGIS is already loaded. `simplificada`: the
 * per-municipality simplified text kept at import, read without any PostGIS function — on the
 * embedded engine the first PostGIS call loads the library (seconds and hundreds of MB, ADR 0016),
 * which a public read must never trigger.
 */
async function storedGeometries(deps: Deps, fuente: 'completa' | 'simplificada') {
  const rows = await deps.db.withContext({}, async (tx) =>
    rowsOf<{ codigo: string; g: string }>(
      await tx.execute(
        fuente === 'completa'
          ? sql`SELECT codigo, ST_AsGeoJSON(geom, 6) AS g FROM limites_municipales ORDER BY codigo`
          : sql`SELECT codigo, geojson_simple AS g FROM limites_municipales
                 WHERE geojson_simple IS NOT NULL ORDER BY codigo`,
      ),
    ),
  );
  return rows.map((r) => ({
    codigo: r.codigo,
    geometry: JSON.parse(r.g) as Polygon | MultiPolygon,
  }));
}

/**
 * Builds the topology of the stored boundaries and keeps it in `limites_topologia` under their
 * fingerprint (platform context: derived public reference data, ADR 0009). Called by the import
 * with the full geometry, so the first visitor after an import does not pay the build (~1 s on the
 * national file). With no boundaries stored it writes an empty topology and reads no geometry.
 */
export async function storeLimitsTopology(
  deps: Deps,
  fuente: 'completa' | 'simplificada' = 'completa',
): Promise<LimitsTopologyEntry> {
  const fingerprint = await deps.db.withContext({}, (tx) => limitsFingerprint(tx));
  const items = fingerprint.startsWith('0|') ? [] : await storedGeometries(deps, fuente);
  const body = buildLimitsTopology(items);
  const br = new Uint8Array(
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  );
  await deps.db.withContext({ plataforma: true }, async (tx) => {
    await tx.execute(sql`DELETE FROM limites_topologia WHERE huella <> ${fingerprint}`);
    await tx.execute(sql`
      INSERT INTO limites_topologia (huella, cuerpo, br) VALUES (${fingerprint}, ${body}, ${br})
      ON CONFLICT (huella) DO UPDATE SET cuerpo = excluded.cuerpo, br = excluded.br,
                                         creado_en = now()`);
  });
  const result = entry(fingerprint, body, br);
  cache.set(deps.db, Promise.resolve(result));
  return result;
}

async function loadOrBuild(deps: Deps, fingerprint: string): Promise<LimitsTopologyEntry> {
  const rows = await deps.db.withContext({}, async (tx) =>
    rowsOf<{ cuerpo: string; br: Uint8Array }>(
      await tx.execute(sql`
        SELECT cuerpo, br FROM limites_topologia WHERE huella = ${fingerprint}`),
    ),
  );
  const row = rows[0];
  if (row) return entry(fingerprint, row.cuerpo, new Uint8Array(row.br));
  // Boundaries imported before this table existed: built from the simplified copy (no PostGIS);
  // borders then share fewer arcs (each side was simplified alone) until the next import.
  return storeLimitsTopology(deps, 'simplificada');
}

/**
 * The topology for the current boundaries: from memory, else from `limites_topologia`, else
 * built now from the simplified copy (a database imported before this table existed). Revalidated with the one-row
 * fingerprint query, so an import by the CLI in another process is noticed without a restart.
 * Concurrent first requests share one build.
 */
export async function limitsTopology(deps: Deps): Promise<LimitsTopologyEntry> {
  const fingerprint = await deps.db.withContext({}, (tx) => limitsFingerprint(tx));
  const cached = cache.get(deps.db);
  if (cached) {
    const value = await cached.catch(() => null);
    if (value?.fingerprint === fingerprint) return value;
  }
  const building = loadOrBuild(deps, fingerprint);
  cache.set(deps.db, building);
  building.catch(() => cache.delete(deps.db));
  return building;
}
