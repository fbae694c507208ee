import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { codigoParam, errorResponses } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { LAYER_WRITERS } from './routes';
import { RESUMABLE_LIMITS, resumableUploads, type UploadOwner } from './upload-resumable';

// Same permission as the one-shot import: the upload exists only to be imported.
const writers = { kind: 'municipio', roles: LAYER_WRITERS } as const;
const BASE = '/municipios/{codigo}/capas/subidas';
const TUS = { description: 'Protocolo tus 1.0.0 (cabecera Tus-Resumable: 1.0.0)' };

const uploadParams = codigoParam.extend({
  subidaId: z
    .string()
    .regex(/^[0-9a-f]{32}$/, 'El identificador de la subida tiene 32 caracteres hexadecimales.')
    .openapi({ param: { name: 'subidaId', in: 'path' } }),
});
const create = defineRoute({
  method: 'post',
  path: BASE,
  policy: writers,
  summary: 'Crear una subida reanudable de una capa (tus 1.0.0; máx. 25 MB, vence en 24 horas)',
  description:
    'Cabeceras Tus-Resumable: 1.0.0, Upload-Length (obligatoria) y Upload-Metadata con filename. Responde 201 con Location. Terminada la subida, importe con POST /municipios/{codigo}/capas y el campo subida=<id>.',
  request: { params: codigoParam },
  responses: { 201: TUS, ...errorResponses },
});
const state = defineRoute({
  method: 'get',
  path: `${BASE}/{subidaId}`,
  policy: writers,
  summary: 'Estado de una subida; con HEAD, el desplazamiento tus (Upload-Offset) para reanudarla',
  request: { params: uploadParams },
  responses: {
    200: {
      description:
        'GET: { id, nombre, tamano, recibido, expira } en JSON. HEAD: Upload-Offset y Upload-Length (tus).',
    },
    ...errorResponses,
  },
});
const append = defineRoute({
  method: 'patch',
  path: `${BASE}/{subidaId}`,
  policy: writers,
  summary: 'Enviar una parte de la subida (Content-Type: application/offset+octet-stream)',
  description:
    'Upload-Offset debe ser el que informa HEAD; si no coincide responde 409 y el cliente retoma desde el del servidor.',
  request: { params: uploadParams },
  responses: { 204: TUS, ...errorResponses },
});
const cancel = defineRoute({
  method: 'delete',
  path: `${BASE}/{subidaId}`,
  policy: writers,
  summary: 'Cancelar una subida y borrar lo recibido',
  request: { params: uploadParams },
  responses: { 204: TUS, ...errorResponses },
});

type Ctx = {
  get: <K extends keyof AppEnv['Variables']>(k: K) => AppEnv['Variables'][K];
};
const ownerOf = (c: Ctx): UploadOwner => ({
  codigo: c.get('municipio'),
  usuario: c.get('user')!.id,
});

export const layerUploadRoutes = new OpenAPIHono<AppEnv>();
layerUploadRoutes
  .openapi(create, async (c) => resumableUploads(c.var.deps).create(c.req.raw, ownerOf(c)))
  .openapi(state, async (c) => {
    const uploads = resumableUploads(c.var.deps);
    const { subidaId } = c.req.valid('param');
    // Hono answers HEAD with the GET route: HEAD is the tus offset query, GET the JSON state.
    if (c.req.method === 'HEAD') return uploads.resume(c.req.raw, subidaId, ownerOf(c));
    const upload = await uploads.find(subidaId, ownerOf(c));
    return c.json(
      {
        id: upload.id,
        nombre: upload.metadata?.filename ?? '',
        tamano: upload.size ?? 0,
        recibido: upload.offset,
        expira: new Date(
          Date.parse(upload.creation_date ?? '') + RESUMABLE_LIMITS.expiryMs,
        ).toISOString(),
      },
      200,
    );
  })
  .openapi(append, async (c) =>
    resumableUploads(c.var.deps).resume(c.req.raw, c.req.valid('param').subidaId, ownerOf(c)),
  )
  .openapi(cancel, async (c) =>
    resumableUploads(c.var.deps).resume(c.req.raw, c.req.valid('param').subidaId, ownerOf(c)),
  );
