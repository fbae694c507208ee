import { OpenAPIHono, z } from '@hono/zod-openapi';
import { ADOPTION_VIAS, ARCHIVE_REASONS } from '@ruta-pot/domain';

import { defineRoute } from '../../http/authz';
import { conflictResponse, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { ROUTE_ROLES } from './permissions';
import { closeProcess } from './process-closing-service';
import { requesterOf } from './requester';
import { processSchema } from './response-schemas';
import { processParams } from './schemas';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use una fecha AAAA-MM-DD.');

const closingBody = z
  .discriminatedUnion('accion', [
    z.object({
      accion: z.literal('registrar_adopcion'),
      version: z.number().int().positive(),
      via: z.enum(ADOPTION_VIAS),
      instrumento: z
        .string()
        .trim()
        .min(3, 'Escriba el acto que adopta (p. ej. «Acuerdo 012 de 2027»).')
        .max(300),
      fecha: isoDate,
      sinNegacionExpresa: z.boolean().optional(),
    }),
    z.object({
      accion: z.literal('archivar'),
      version: z.number().int().positive(),
      motivo: z.enum(ARCHIVE_REASONS),
      nota: z.string().max(2000).optional(),
    }),
  ])
  .openapi('CierreProceso');

const close = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/procesos/{procesoId}/cierre',
  policy: { kind: 'municipio', roles: ROUTE_ROLES.radicar },
  summary:
    'Cerrar el proceso: registrar su adopción (acuerdo del Concejo o, vencidos 90 días, decreto del alcalde) o archivarlo',
  description:
    'La adopción agrega el acto a la historia del plan (sus vigencias se calculan desde él). Un proceso adoptado o archivado ya no cambia.',
  request: {
    params: processParams,
    body: { content: { 'application/json': { schema: closingBody } }, required: true },
  },
  responses: { ...json(processSchema, 'Proceso cerrado'), ...errorResponses, ...conflictResponse },
});

export const processClosingRoutes = new OpenAPIHono<AppEnv>();
processClosingRoutes.openapi(close, async (c) =>
  c.json(
    await closeProcess(c.var.deps, {
      requester: requesterOf(c),
      procesoId: c.req.valid('param').procesoId,
      cierre: c.req.valid('json'),
    }),
    200,
  ),
);
