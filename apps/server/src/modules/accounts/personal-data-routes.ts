import { OpenAPIHono, z } from '@hono/zod-openapi';
import { DATA_REQUEST_LABELS } from '@ruta-pot/domain';

import { defineRoute } from '../../http/authz';
import { errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import {
  acceptPolicy,
  fileDataRequest,
  listDataRequests,
  markDataRequestAnswered,
  myPersonalData,
  publicPolicy,
} from './personal-data';

const policyRoute = defineRoute({
  method: 'get',
  path: '/publico/politica-datos',
  policy: { kind: 'publico' },
  summary: 'Política de tratamiento de datos personales vigente (versión, texto y normas)',
  responses: {
    ...json(
      z.object({
        version: z.string(),
        titulo: z.string(),
        parrafos: z.array(z.string()),
        fuentes: z.array(z.unknown()),
      }),
      'Política vigente',
    ),
  },
});

const mineRoute = defineRoute({
  method: 'get',
  path: '/cuenta/datos-personales',
  policy: { kind: 'autenticado' },
  summary: 'Mis datos personales: la autorización que di y mis solicitudes con su plazo legal',
  responses: {
    ...json(
      z.object({
        versionVigente: z.string(),
        autorizacion: z
          .object({
            version: z.string(),
            aceptadaEn: z.string(),
            revocadaEn: z.string().nullable(),
          })
          .nullable(),
        solicitudes: z.array(
          z.object({
            id: z.string(),
            tipo: z.string(),
            tipoEtiqueta: z.string(),
            detalle: z.string(),
            recibidaEl: z.string(),
            venceEl: z.string(),
            estado: z.string(),
          }),
        ),
      }),
      'Mis datos personales',
    ),
    401: errorResponses[401],
  },
});

const acceptRoute = defineRoute({
  method: 'post',
  path: '/cuenta/datos-personales/autorizacion',
  policy: { kind: 'autenticado' },
  summary: 'Aceptar la política de tratamiento de datos vigente',
  request: {
    body: {
      content: {
        'application/json': { schema: z.object({ version: z.string().max(40) }).strict() },
      },
      required: true,
    },
  },
  responses: { 204: { description: 'Aceptada' }, ...errorResponses },
});

const KINDS = Object.keys(DATA_REQUEST_LABELS) as [keyof typeof DATA_REQUEST_LABELS];
const requestRoute = defineRoute({
  method: 'post',
  path: '/cuenta/datos-personales/solicitudes',
  policy: { kind: 'autenticado' },
  summary:
    'Pedir conocer, corregir o suprimir mis datos, o revocar la autorización (10 o 15 días hábiles, Ley 1581 arts. 14–15)',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z
            .object({ tipo: z.enum(KINDS), detalle: z.string().max(2000).default('') })
            .strict(),
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'Solicitud recibida',
      content: {
        'application/json': { schema: z.object({ id: z.string(), venceEl: z.string() }) },
      },
    },
    ...errorResponses,
  },
});

const adminListRoute = defineRoute({
  method: 'get',
  path: '/admin/solicitudes-datos',
  policy: { kind: 'plataforma' },
  summary: 'Solicitudes sobre datos personales, las que vencen primero arriba',
  responses: {
    ...json(z.array(z.looseObject({ id: z.string() })), 'Solicitudes'),
    ...errorResponses,
  },
});

const answeredRoute = defineRoute({
  method: 'post',
  path: '/admin/solicitudes-datos/{id}/respondida',
  policy: { kind: 'plataforma' },
  summary: 'Marcar respondida una solicitud sobre datos personales',
  request: { params: z.object({ id: z.string().max(40) }) },
  responses: { 204: { description: 'Marcada' }, ...errorResponses },
});

export const personalDataRoutes = new OpenAPIHono<AppEnv>()
  .openapi(policyRoute, (c) => c.json(publicPolicy(), 200))
  .openapi(mineRoute, async (c) => c.json(await myPersonalData(c.var.deps, c.get('user')!), 200))
  .openapi(acceptRoute, async (c) => {
    await acceptPolicy(c.var.deps, {
      user: c.get('user')!,
      version: c.req.valid('json').version,
    });
    return c.body(null, 204);
  })
  .openapi(requestRoute, async (c) => {
    const body = c.req.valid('json');
    return c.json(await fileDataRequest(c.var.deps, { user: c.get('user')!, ...body }), 201);
  })
  .openapi(adminListRoute, async (c) => c.json(await listDataRequests(c.var.deps), 200))
  .openapi(answeredRoute, async (c) => {
    await markDataRequestAnswered(c.var.deps, {
      actor: c.get('user')!,
      id: c.req.valid('param').id,
    });
    return c.body(null, 204);
  });
