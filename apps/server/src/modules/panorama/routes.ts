import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { isoDate, todayInColombia } from '../../http/dates';
import { errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { openDataCsv, openDataGeoJson } from './open-data';
import { limitsGeoJson, panoramaJson } from './service';
import { limitsTopology } from './topology';

const estadoPlan = z.enum(['vigente', 'vencido', 'sin_plan']);
const tipoPlan = z.enum(['POT', 'PBOT', 'EOT']);

const query = z.object({
  fecha: isoDate('fecha').optional(),
  departamento: z
    .string()
    .regex(/^\d{2}$/, 'El código DANE del departamento tiene 2 dígitos (ej. 05).')
    .optional(),
  tipoPlan: tipoPlan.optional(),
  estado: estadoPlan.optional(),
});

const filaSchema = z.object({
  codigo: z.string(),
  nombre: z.string(),
  departamento: z.string(),
  codigoDepartamento: z.string(),
  poblacion: z.number().nullable(),
  tipoPlan: tipoPlan.nullable(),
  estadoPlan,
  vigenciaLargoPlazo: z.string().nullable(),
  inicioFormulacion: z.string().nullable(),
  procesoEtapa: z.string().nullable(),
  procesoTipo: z.string().nullable(),
  procesoIniciado: z.string().nullable(),
});

const panoramaSchema = z
  .object({
    fecha: z.string(),
    municipios: z.array(filaSchema),
    resumen: z.object({
      total: z.number(),
      vigente: z.number(),
      vencido: z.number(),
      sin_plan: z.number(),
    }),
    fuentes: z.array(z.looseObject({ norm: z.string(), article: z.string() })),
  })
  .openapi('PanoramaNacional');

const panoramaRoute = defineRoute({
  method: 'get',
  path: '/panorama',
  policy: { kind: 'publico' },
  summary:
    'Panorama nacional: estado del plan (Ley 388 art. 28), tipo de plan (art. 9) y etapa del proceso de cada municipio',
  request: { query },
  responses: { ...json(panoramaSchema, 'Panorama nacional'), 400: errorResponses[400] },
});

const limitsRoute = defineRoute({
  method: 'get',
  path: '/panorama/limites.geojson',
  policy: { kind: 'publico' },
  summary: 'Límites municipales simplificados para el mapa nacional (GeoJSON, EPSG:4326)',
  responses: {
    200: {
      description: 'FeatureCollection con propiedades codigo y nombre',
      content: { 'application/geo+json': { schema: z.string() } },
    },
    304: { description: 'Sin cambios (ETag)' },
  },
});

const topologyRoute = defineRoute({
  method: 'get',
  path: '/panorama/limites.topojson',
  policy: { kind: 'publico' },
  summary:
    'Límites municipales para el mapa nacional como TopoJSON cuantizado (EPSG:4326, objeto municipios, id = código DANE); ADR 0025',
  responses: {
    200: {
      description:
        'Topology con bordes compartidos, simplificada (Visvalingam, 1e-4 grados²) y cuantizada (10.000 pasos por eje); brotli o gzip según Accept-Encoding',
      content: { 'application/json': { schema: z.string() } },
    },
    304: { description: 'Sin cambios (ETag)' },
  },
});

const fechaQuery = z.object({ fecha: isoDate('fecha').optional() });

const csvRoute = defineRoute({
  method: 'get',
  path: '/datos-abiertos/estado-pot.csv',
  policy: { kind: 'publico' },
  summary:
    'Datos abiertos: estado del POT y fechas de cada municipio (CSV UTF-8, RFC 4180; separador=punto_y_coma para Excel en español)',
  request: {
    query: fechaQuery.extend({
      separador: z.enum(['coma', 'punto_y_coma']).default('coma'),
    }),
  },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    400: errorResponses[400],
  },
});

const geojsonRoute = defineRoute({
  method: 'get',
  path: '/datos-abiertos/estado-pot.geojson',
  policy: { kind: 'publico' },
  summary: 'Datos abiertos: estado del POT de cada municipio sobre sus límites (GeoJSON)',
  request: { query: fechaQuery },
  responses: {
    200: { description: 'GeoJSON', content: { 'application/geo+json': { schema: z.string() } } },
    400: errorResponses[400],
  },
});

/** `attachment` with a fixed ASCII name: the date is validated, so nothing user-typed reaches it. */
const attachment = (ext: string, fecha: string) =>
  `attachment; filename="estado-pot-colombia-${fecha.replace(/[^0-9-]/g, '')}.${ext}"`;

/**
 * JSON and GeoJSON bodies are sent as prebuilt (cached) text: @hono/zod-openapi types any JSON
 * media type as a c.json response, so the raw body is widened here instead of re-serializing.
 */
const prebuilt = (response: Response) => response as never;

/** Open data may be cached briefly by proxies: it is public and changes at most daily. */
const OPEN_DATA_CACHE = 'public, max-age=300';

export const panoramaRoutes = new OpenAPIHono<AppEnv>()
  .openapi(panoramaRoute, async (c) => {
    const deps = c.var.deps;
    const { fecha, ...filtros } = c.req.valid('query');
    const body = await panoramaJson(deps, { fecha: fecha ?? todayInColombia(deps.clock), filtros });
    c.header('Content-Type', 'application/json; charset=UTF-8');
    c.header('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return prebuilt(c.body(body.gzip as Uint8Array<ArrayBuffer>, 200));
    }
    return prebuilt(c.body(body.text, 200));
  })
  .openapi(limitsRoute, async (c) => {
    const entry = await limitsGeoJson(c.var.deps);
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('ETag', entry.etag);
    c.header('Vary', 'Accept-Encoding');
    const match = c.req.header('if-none-match');
    if (match && match.split(',').some((tag) => tag.trim() === entry.etag)) {
      return c.body(null, 304);
    }
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return c.body(entry.gzip as Uint8Array<ArrayBuffer>, 200);
    }
    return c.body(entry.body, 200);
  })
  .openapi(topologyRoute, async (c) => {
    const entry = await limitsTopology(c.var.deps);
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('ETag', entry.etag);
    c.header('Vary', 'Accept-Encoding');
    const match = c.req.header('if-none-match');
    if (match && match.split(',').some((tag) => tag.trim() === entry.etag)) {
      return c.body(null, 304);
    }
    c.header('Content-Type', 'application/json; charset=utf-8');
    const accepted = c.req.header('accept-encoding') ?? '';
    if (/\bbr\b/.test(accepted)) {
      c.header('Content-Encoding', 'br');
      return prebuilt(c.body(entry.br as Uint8Array<ArrayBuffer>, 200));
    }
    if (/\bgzip\b/.test(accepted)) {
      c.header('Content-Encoding', 'gzip');
      return prebuilt(c.body(entry.gzip as Uint8Array<ArrayBuffer>, 200));
    }
    return prebuilt(c.body(entry.body, 200));
  })
  .openapi(csvRoute, async (c) => {
    const deps = c.var.deps;
    const { fecha: pedida, separador } = c.req.valid('query');
    const fecha = pedida ?? todayInColombia(deps.clock);
    const body = await openDataCsv(deps, {
      fecha,
      separator: separador === 'punto_y_coma' ? ';' : ',',
    });
    c.header('Cache-Control', OPEN_DATA_CACHE);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', attachment('csv', fecha));
    return c.body(body, 200);
  })
  .openapi(geojsonRoute, async (c) => {
    const deps = c.var.deps;
    const fecha = c.req.valid('query').fecha ?? todayInColombia(deps.clock);
    const body = await openDataGeoJson(deps, fecha);
    c.header('Cache-Control', OPEN_DATA_CACHE);
    c.header('Content-Type', 'application/geo+json; charset=utf-8');
    c.header('Content-Disposition', attachment('geojson', fecha));
    return prebuilt(c.body(body, 200));
  });
