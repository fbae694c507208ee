import { OpenAPIHono, z } from '@hono/zod-openapi';
import { rowsOf } from '@ruta-pot/db';
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';

import { defineRoute } from '../../http/authz';
import { AppError, notFound } from '../../http/errors';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { clientAddress } from '../auth/client-address';
import { type Attachment, ATTACHMENT_LIMITS } from './aporte-intake';
import { confirmFromLink, followFromLink, submitFromPortal } from './portal';

const submitted = z.object({
  codigo: z.string(),
  estado: z.enum(['por_confirmar', 'recibido']),
  confirmacion: z
    .object({ enviado: z.boolean(), enlace: z.string().nullable(), aviso: z.string().nullable() })
    .nullable(),
  seguimiento: z.string().nullable(),
});
const answer = z
  .object({
    resultado: z.string(),
    etiqueta: z.string(),
    razones: z.string(),
    documentoVersion: z.string().nullable(),
    articulo: z.string().nullable(),
    elementoMapa: z.string().nullable(),
  })
  .nullable();
const municipioSchema = z.object({
  codigo: z.string(),
  nombre: z.string(),
  departamento: z.string(),
});
const followed = z
  .object({
    municipio: municipioSchema,
    codigo: z.string(),
    estado: z.string(),
    estadoEtiqueta: z.string(),
    texto: z.string(),
    tema: z.string().nullable(),
    recibidoEn: z.string(),
    grupo: z.string().nullable(),
    respuesta: answer,
    lineaTiempo: z.array(z.object({ en: z.string(), texto: z.string() })),
  })
  .openapi('SeguimientoAporte');
const linkBody = z.object({ enlace: z.string().max(300) }).strict();
const tooMany = { 429: errorResponses[400] };

const submit = defineRoute({
  method: 'post',
  path: '/publico/{codigo}/participacion/aportes',
  policy: { kind: 'publico' },
  summary:
    'Presentar un aporte desde el portal (texto, adjuntos y un lugar en el mapa); se confirma por correo',
  request: { params: codigoParam },
  responses: { ...json(submitted, 'Aporte recibido'), ...errorResponses, ...tooMany },
});
const confirm = defineRoute({
  method: 'post',
  path: '/publico/participacion/confirmacion',
  policy: { kind: 'publico' },
  summary: 'Confirmar un aporte con el enlace enviado al correo',
  request: { body: { content: { 'application/json': { schema: linkBody } }, required: true } },
  responses: {
    ...json(
      z.object({ codigo: z.string(), municipio: z.string(), seguimiento: z.string() }),
      'Aporte confirmado',
    ),
    400: errorResponses[400],
  },
});
const follow = defineRoute({
  method: 'post',
  path: '/publico/participacion/seguimiento',
  policy: { kind: 'publico' },
  summary:
    'Lo que pasó con un aporte: estado, respuesta y línea de tiempo (con su enlace de seguimiento)',
  request: { body: { content: { 'application/json': { schema: linkBody } }, required: true } },
  responses: { ...json(followed, 'Seguimiento'), 400: errorResponses[400] },
});
const boundary = defineRoute({
  method: 'get',
  path: '/publico/{codigo}/participacion/limite.geojson',
  policy: { kind: 'publico' },
  summary: 'Límite del municipio (simplificado, EPSG:4326) para el mapa del portal',
  request: { params: codigoParam },
  responses: { 200: { description: 'GeoJSON FeatureCollection' }, 404: errorResponses[404] },
});

const text = (v: unknown, max: number): string | undefined => {
  if (typeof v !== 'string') return undefined;
  if (v.length > max)
    throw new AppError(
      'entrada_invalida',
      `Un campo supera ${max.toLocaleString('es-CO')} caracteres.`,
    );
  return v.trim() === '' ? undefined : v;
};

async function readForm(c: Context<AppEnv>) {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (!type.startsWith('multipart/form-data'))
    throw new AppError(
      'tipo_no_soportado',
      'Envíe el aporte como formulario (multipart/form-data).',
    );
  const form = await c.req.parseBody({ all: true }).catch(() => {
    throw new AppError('entrada_invalida', 'El formulario llegó incompleto. Vuelva a enviarlo.');
  });
  const files = ([] as unknown[])
    .concat(form.adjuntos ?? [])
    .filter((f): f is File => f instanceof File);
  if (files.length > ATTACHMENT_LIMITS.maxFiles)
    throw new AppError(
      'carga_rechazada',
      `Adjunte como máximo ${ATTACHMENT_LIMITS.maxFiles} archivos.`,
    );
  const adjuntos: Attachment[] = [];
  for (const f of files)
    adjuntos.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  const one = (k: string) => (Array.isArray(form[k]) ? (form[k] as unknown[])[0] : form[k]);
  return {
    texto: text(one('texto'), 20_000) ?? '',
    nombre: text(one('nombre'), 200),
    correo: text(one('correo'), 200),
    consentimiento: text(one('consentimiento'), 40),
    documento: text(one('documento'), 200),
    articulo: text(one('articulo'), 200),
    capa: text(one('capa'), 200),
    geometria: text(one('geometria'), 100_000),
    adjuntos,
  };
}

function limit(c: Context<AppEnv>, address: string) {
  const services = c.get('services');
  const user = c.get('user');
  const byAddress = services.aporteRequests.allow(`red:${address}`);
  const byAccount = user ? services.aporteRequests.allow(`cuenta:${user.id}`) : true;
  if (!byAddress || !byAccount)
    throw new AppError(
      'demasiados_intentos',
      'Se enviaron demasiados aportes en la última hora. Espere un rato e intente de nuevo.',
      {
        reintentarEnSegundos: 3600,
      },
    );
}

/** The public side of participation: submit, confirm and follow an aporte; the map's boundary. */
export const participacionPortalRoutes = new OpenAPIHono<AppEnv>()
  .openapi(submit, async (c) => {
    const services = c.get('services');
    // An unknown municipality is 404 whatever the body, as on every route with a code.
    if (!(await services.access.exists(c.req.valid('param').codigo))) throw notFound();
    const address = clientAddress(c, services.signInLimits.trustedProxies);
    const form = await readForm(c);
    limit(c, address);
    const result = await submitFromPortal(services, {
      codigo: c.req.valid('param').codigo,
      user: c.get('user'),
      address,
      form,
    });
    return c.json(result, 200);
  })
  .openapi(confirm, async (c) =>
    c.json(await confirmFromLink(c.get('services'), c.req.valid('json').enlace), 200),
  )
  .openapi(follow, async (c) =>
    c.json(await followFromLink(c.get('services'), c.req.valid('json').enlace), 200),
  )
  .openapi(boundary, async (c) => {
    const codigo = c.req.valid('param').codigo;
    const [row] = rowsOf<{
      nombre: string;
      lat: number | null;
      lon: number | null;
      geojson: string | null;
      bbox: string | null;
      interior: string | null;
    }>(
      await c.var.deps.db.withContext({}, async (tx) =>
        tx.execute(sql`SELECT m.nombre, m.latitud AS lat, m.longitud AS lon, l.geojson_simple AS geojson,
            CASE WHEN l.geom_simple IS NULL THEN NULL ELSE concat_ws(',', ST_XMin(l.geom_simple), ST_YMin(l.geom_simple),
              ST_XMax(l.geom_simple), ST_YMax(l.geom_simple)) END AS bbox,
            ST_AsGeoJSON(ST_PointOnSurface(l.geom), 6) AS interior
          FROM municipios m LEFT JOIN limites_municipales l ON l.codigo = m.codigo WHERE m.codigo = ${codigo}`),
      ),
    );
    if (!row) throw notFound();
    const around =
      row.lat !== null && row.lon !== null
        ? [row.lon - 0.08, row.lat - 0.08, row.lon + 0.08, row.lat + 0.08]
        : [-79, -4.3, -66.8, 12.5];
    const body = {
      type: 'FeatureCollection',
      bbox: row.bbox ? row.bbox.split(',').map(Number) : around,
      features: row.geojson
        ? [
            {
              type: 'Feature',
              // A point surely inside (for a label, or a test that must click inside).
              properties: {
                codigo,
                nombre: row.nombre,
                puntoInterior: row.interior
                  ? (JSON.parse(row.interior) as { coordinates: number[] }).coordinates
                  : null,
              },
              geometry: JSON.parse(row.geojson) as unknown,
            },
          ]
        : [],
    };
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(JSON.stringify(body), 200, {
      'Content-Type': 'application/geo+json; charset=utf-8',
    });
  });
