import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { LRUCache } from 'lru-cache';

import {
  prebuildJson,
  prebuiltBytes,
  type PrebuiltJson,
  sendPrebuiltJson,
} from '../../http/prebuilt-json';
import type { AppEnv, Deps } from '../../http/types';
import { type CollectionInfo, findCollection, LIMITES_ID, listCollections } from './collections';
import {
  collectionDocument,
  collectionsDocument,
  CONFORMANCE,
  GEOJSON,
  JSON_TYPE,
  landingPage,
} from './documents';
import { downloadLayer, isDownloadFormat } from './downloads';
import { notFoundOgc, ogcErrorResponse } from './errors';
import { LIMITES_FILTERS, readItem, readItems } from './features';
import { parseFeatureQuery, parseItemsQuery } from './params';
import { queryables } from './queryables';
import { body, collectionParams, OGC_PREFIX, ogcRoute } from './route-config';

/** Public data: proxies and clients may keep it a minute. */
const CACHE = 'public, max-age=60';

const deps = (c: Context<AppEnv>): Deps => c.var.deps;

const baseOf = (c: Context<AppEnv>) => `${new URL(c.req.url).origin}${OGC_PREFIX}`;

/** A hand-built body; @hono/zod-openapi types JSON media as c.json, so it is widened here. */
function send(c: Context<AppEnv>, value: unknown, type = JSON_TYPE) {
  return c.body(JSON.stringify(value), 200, { 'Content-Type': type }) as never;
}

async function collectionOr404(c: Context<AppEnv>): Promise<CollectionInfo> {
  const info = await findCollection(deps(c), c.req.param('collectionId') ?? '');
  if (!info) throw notFoundOgc();
  return info;
}

const landingRoute = ogcRoute({
  method: 'get',
  path: '/',
  summary: 'OGC API – Features: página de inicio',
  responses: body(JSON_TYPE, 'Enlaces a la definición, la conformidad y las colecciones'),
});
const conformanceRoute = ogcRoute({
  method: 'get',
  path: '/conformance',
  summary: 'OGC API – Features: clases de conformidad',
  responses: body(JSON_TYPE, 'conformsTo'),
});
const collectionsRoute = ogcRoute({
  method: 'get',
  path: '/collections',
  summary: 'OGC API – Features: límites municipales y capas públicas de los municipios',
  responses: body(JSON_TYPE, 'Colecciones'),
});
const collectionRoute = ogcRoute({
  method: 'get',
  path: '/collections/{collectionId}',
  summary: 'OGC API – Features: una colección',
  request: { params: collectionParams },
  responses: body(JSON_TYPE, 'Colección'),
});
const queryablesRoute = ogcRoute({
  method: 'get',
  path: '/collections/{collectionId}/queryables',
  summary: 'OGC API – Features: propiedades por las que se puede filtrar (JSON Schema)',
  request: { params: collectionParams },
  responses: body('application/schema+json', 'Propiedades filtrables'),
});
const itemsRoute = ogcRoute({
  method: 'get',
  path: '/collections/{collectionId}/items',
  summary:
    'OGC API – Features: elementos (limit ≤ 1000, offset, bbox, bbox-crs, crs y filtros por propiedad, p. ej. categoria=alta o codigo=25899)',
  request: { params: collectionParams },
  responses: body(
    GEOJSON,
    'FeatureCollection con numberMatched, numberReturned y enlaces next/prev',
  ),
});
const itemRoute = ogcRoute({
  method: 'get',
  path: '/collections/{collectionId}/items/{featureId}',
  summary: 'OGC API – Features: un elemento',
  request: { params: collectionParams.extend({ featureId: z.string() }) },
  responses: body(GEOJSON, 'Feature'),
});
const downloadRoute = ogcRoute({
  method: 'get',
  path: '/collections/{collectionId}/descargas/{formato}',
  summary: 'Descarga de una capa pública en GeoJSON, GeoPackage o Shapefile comprimido',
  request: {
    params: collectionParams.extend({ formato: z.string() }),
  },
  responses: body('application/octet-stream', 'El archivo de la capa'),
});

/** The paging links of /items: the query kept, `offset` moved. */
function pageLinks(
  c: Context<AppEnv>,
  page: { offset: number; limit: number; returned: number; matched: number },
) {
  const url = new URL(c.req.url);
  const at = (offset: number) => {
    const next = new URL(url);
    next.searchParams.set('offset', String(offset));
    next.searchParams.set('limit', String(page.limit));
    return next.toString();
  };
  const links = [
    { href: url.toString(), rel: 'self', type: GEOJSON, title: 'Esta página' },
    {
      href: `${baseOf(c)}/collections/${c.req.param('collectionId')}`,
      rel: 'collection',
      type: JSON_TYPE,
      title: 'La colección',
    },
  ];
  if (page.offset + page.returned < page.matched)
    links.push({
      href: at(page.offset + page.limit),
      rel: 'next',
      type: GEOJSON,
      title: 'Siguiente página',
    });
  if (page.offset > 0)
    links.push({
      href: at(Math.max(0, page.offset - page.limit)),
      rel: 'prev',
      type: GEOJSON,
      title: 'Página anterior',
    });
  return links;
}

/**
 * Pages of layer collections already answered, as the bytes sent, by their full address. A
 * layer's features never change after the transaction that imported it (only its name, metadata
 * and publication do, and findCollection asks on every request whether it is still public), so
 * the same address always gets the same page: it is read, reprojected, serialised and gzipped
 * once (bench/capas.ts: a page of Santa Rosa's flood layer was ~400 kB of GeoJSON), and its
 * timeStamp is the time it was read. The municipal boundaries can be imported again, so their
 * pages are always read. Bounded by bytes.
 */
const layerPages = new LRUCache<string, PrebuiltJson>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: prebuiltBytes,
});

/**
 * OGC API – Features Part 1 (Core, GeoJSON) and Part 2 (CRS by reference) at /ogc, plus the
 * downloads of each public layer. Only public layers and the municipal boundaries are served.
 */
export const ogcRoutes = new OpenAPIHono<AppEnv>();

// Browsers of other sites may read the published data (no cookies are involved).
ogcRoutes.use('*', async (c, next) => {
  await next();
  c.header('Access-Control-Allow-Origin', '*');
});
ogcRoutes.onError((error, c) => ogcErrorResponse(error, c));

ogcRoutes
  .openapi(landingRoute, (c) => {
    c.header('Cache-Control', CACHE);
    return send(c, landingPage(baseOf(c), new URL(c.req.url).origin));
  })
  .openapi(conformanceRoute, (c) => {
    c.header('Cache-Control', CACHE);
    return send(c, { conformsTo: CONFORMANCE });
  })
  .openapi(collectionsRoute, async (c) => {
    c.header('Cache-Control', CACHE);
    return send(c, collectionsDocument(baseOf(c), await listCollections(deps(c))));
  })
  .openapi(collectionRoute, async (c) => {
    const info = await collectionOr404(c);
    c.header('Cache-Control', CACHE);
    return send(c, collectionDocument(baseOf(c), info));
  })
  .openapi(queryablesRoute, async (c) => {
    const info = await collectionOr404(c);
    const self = `${baseOf(c)}/collections/${info.id}/queryables`;
    c.header('Cache-Control', CACHE);
    return send(c, await queryables(deps(c), info, self), 'application/schema+json');
  })
  .openapi(itemsRoute, async (c) => {
    const info = await collectionOr404(c);
    const query = parseItemsQuery(
      c.req.query(),
      info.ref.kind === 'limites' ? (name) => LIMITES_FILTERS.has(name) : null,
    );
    c.header('Cache-Control', CACHE);
    c.header('Content-Crs', `<${query.crs.uri}>`);
    const immutable = info.ref.kind === 'capa';
    const cached = immutable ? layerPages.get(c.req.url) : undefined;
    if (cached) return sendPrebuiltJson(c, cached, GEOJSON);
    const page = await readItems(deps(c), info.ref, query);
    const returned = page.features.length;
    const collection = {
      type: 'FeatureCollection',
      features: page.features,
      numberMatched: page.numberMatched,
      numberReturned: returned,
      timeStamp: new Date().toISOString(),
      links: pageLinks(c, { ...query, returned, matched: page.numberMatched }),
    };
    if (!immutable) return send(c, collection, GEOJSON);
    const built = prebuildJson(collection);
    layerPages.set(c.req.url, built);
    return sendPrebuiltJson(c, built, GEOJSON);
  })
  .openapi(itemRoute, async (c) => {
    const info = await collectionOr404(c);
    const crs = parseFeatureQuery(c.req.query());
    const featureId = c.req.param('featureId') ?? '';
    const feature = await readItem(deps(c), info.ref, { featureId, crs });
    if (!feature) throw notFoundOgc('El elemento no existe en esta colección.');
    const self = `${baseOf(c)}/collections/${info.id}`;
    c.header('Cache-Control', CACHE);
    c.header('Content-Crs', `<${crs.uri}>`);
    return send(
      c,
      {
        ...feature,
        links: [
          { href: c.req.url, rel: 'self', type: GEOJSON, title: 'Este elemento' },
          { href: self, rel: 'collection', type: JSON_TYPE, title: info.title },
        ],
      },
      GEOJSON,
    );
  })
  .openapi(downloadRoute, async (c) => {
    const info = await collectionOr404(c);
    const formato = c.req.param('formato') ?? '';
    if (info.id === LIMITES_ID || !isDownloadFormat(formato))
      throw notFoundOgc('Descarga inexistente: use geojson, gpkg o shp de una capa pública.');
    const file = await downloadLayer(deps(c), { info, formato });
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.type,
      'Content-Disposition': `attachment; filename="${file.name}"`,
      'Cache-Control': CACHE,
    });
  });
