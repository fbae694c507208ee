import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { AppError } from '../../http/errors';
import { MANAGING_ROLES, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { answerFileOf, attachAnswerFile } from './answer-file';

const uploadRoute = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/preparacion/solicitudes/{id}/archivo-respuesta',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary:
    'Adjuntar el archivo de la respuesta de la entidad (mismos controles que las evidencias)',
  request: {
    params: codigoParam.extend({ id: z.uuid('Identificador no válido.') }),
  },
  responses: {
    ...json(
      z.object({ archivo: z.string(), sha256: z.string(), version: z.number() }),
      'Archivo adjuntado',
    ),
    ...errorResponses,
  },
});

const downloadRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/preparacion/inventario/{itemId}/respuesta',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary:
    'Archivo de la última respuesta recibida para un ítem del inventario (204 si aún no hay)',
  request: {
    params: codigoParam.extend({
      itemId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Ítem no válido.'),
    }),
  },
  responses: {
    200: {
      description: 'Archivo',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    204: { description: 'Aún no hay respuesta con archivo' },
    ...errorResponses,
  },
});

export const answerRoutes = new OpenAPIHono<AppEnv>()
  .openapi(uploadRoute, async (c) => {
    const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    const archivo = form.archivo;
    if (!(archivo instanceof File))
      throw new AppError(
        'entrada_invalida',
        'Adjunte el archivo en el campo «archivo» (multipart/form-data).',
      );
    const user = c.get('user')!;
    const saved = await attachAnswerFile(c.var.deps, {
      requester: {
        id: user.id,
        email: user.email,
        codigo: c.get('municipio'),
        roles: c.get('roles'),
        admin: user.esAdministrador,
      },
      id: c.req.valid('param').id,
      file: { name: archivo.name, bytes: new Uint8Array(await archivo.arrayBuffer()) },
    });
    return c.json(saved, 200);
  })
  .openapi(downloadRoute, async (c) => {
    const found = await answerFileOf(c.var.deps, {
      codigo: c.get('municipio'),
      itemId: c.req.valid('param').itemId,
    });
    if (!found) return c.body(null, 204);
    const ascii = found.nombre.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return c.body(found.bytes as unknown as ArrayBuffer, 200, {
      'Content-Type': found.mime,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.nombre)}`,
      'X-Content-Type-Options': 'nosniff',
    });
  });
