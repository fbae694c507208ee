import { OpenAPIHono, z } from '@hono/zod-openapi';
import { LRUCache } from 'lru-cache';

import { defineRoute } from '../../http/authz';
import { PARTICIPANT_ROLES } from '../../http/roles';
import { errorResponses } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { layerParams } from './schemas';
import { layerTile, layerVersion, parseTileKey } from './tile-service';

const MVT = 'application/vnd.mapbox-vector-tile';
const segment = (name: string) =>
  z
    .string()
    .max(16)
    .openapi({ param: { name, in: 'path' } });
const tileParams = layerParams.extend({ z: segment('z'), x: segment('x'), y: segment('y') });

// The same readers as the other layer reads: the municipality's participants, under its RLS.
// Anonymous access to published layers goes through /ogc (its public toggle), not through tiles.
const tile = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/capas/{capaId}/teselas/{z}/{x}/{y}',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Tesela vectorial (Mapbox Vector Tile, EPSG:3857) de una capa: y va con «.mvt»',
  description:
    'Capa interna «entidades»; cada entidad lleva _id, categoria y sus atributos. 204 cuando la tesela no tiene entidades.',
  request: { params: tileParams },
  responses: {
    200: { description: 'Tesela', content: { [MVT]: { schema: z.string() } } },
    204: { description: 'Tesela sin entidades' },
    304: { description: 'Sin cambios (ETag)' },
    ...errorResponses,
  },
});

/**
 * Tiles already cut, by layer version and z/x/y. A layer's features never change after import, so
 * a tile is cut from PostGIS once and then served from memory to every member who pans over it
 * (bench/capas.ts). The layer's row is still read on every request under the municipality's
 * policy (layerVersion), so a deleted layer or another municipality's is never answered from
 * here. Bounded by bytes; an empty tile costs one entry.
 */
const tiles = new LRUCache<string, Uint8Array>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (bytes) => Math.max(1, bytes.length),
});

export const layerTileRoutes = new OpenAPIHono<AppEnv>();
layerTileRoutes.openapi(tile, async (c) => {
  const { codigo, capaId, z: zs, x, y } = c.req.valid('param');
  const key = parseTileKey(zs, x, y);
  const deps = c.var.deps;
  const version = await layerVersion(deps, { codigo, capaId });
  // A layer's features never change after import: its tiles are immutable, kept in the member's
  // browser cache only (private).
  const headers = {
    ETag: version.etag,
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
  if (c.req.header('If-None-Match') === version.etag) return c.body(null, 304, headers);
  const cacheKey = `${version.etag}/${key.z}/${key.x}/${key.y}`;
  let bytes = tiles.get(cacheKey);
  if (!bytes) {
    bytes = await layerTile(deps, { codigo, capaId, tile: key });
    tiles.set(cacheKey, bytes);
  }
  if (bytes.length === 0) return c.body(null, 204, headers);
  return c.body(bytes as unknown as ArrayBuffer, 200, { ...headers, 'Content-Type': MVT });
});
