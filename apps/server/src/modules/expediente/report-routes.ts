import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { sendGeneratedDocument } from '../../http/document-download';
import { MANAGING_ROLES, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { requesterOf } from '../ruta/requester';
import { attachDseToRoute } from './dse-evidence';
import { DSE_FILE, DSE_MIME, renderDse } from './dse-service';
import { portfolioSummary } from './portfolio';
import { anioParam } from './schemas';
import { currentYear } from './service';

const manage = { kind: 'municipio', roles: MANAGING_ROLES } as const;

const document = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/expediente/documento',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Documento de seguimiento y evaluación generado (DOCX editable o PDF)',
  request: {
    params: codigoParam,
    query: z.object({
      anio: z.coerce.number().int().min(1990).max(2100).optional(),
      formato: z.enum(['docx', 'pdf'], { error: 'El formato es docx o pdf.' }),
      tipo: z.enum(['dse', 'informe']).default('dse'),
    }),
  },
  responses: { 200: { description: 'Documento' }, ...errorResponses },
});

const attach = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/expediente/documento/{anio}/adjuntar',
  policy: manage,
  summary: 'Adjuntar el documento de seguimiento generado como evidencia del ítem DSE de La Ruta',
  request: { params: anioParam },
  responses: {
    201: {
      description: 'Evidencia guardada',
      content: {
        'application/json': { schema: z.looseObject({ id: z.string(), version: z.number() }) },
      },
    },
    ...errorResponses,
  },
});

const portfolio = defineRoute({
  method: 'get',
  path: '/expediente/resumen',
  policy: { kind: 'autenticado' },
  summary:
    'Seguimiento de todos los municipios que la persona acompaña: indicadores rezagados, ejecución, suficiencia',
  responses: {
    ...json(
      z.object({
        anio: z.number(),
        municipios: z.array(z.looseObject({})),
        recortado: z.boolean(),
      }),
      'Seguimiento por municipio',
    ),
    ...errorResponses,
  },
});

/** The generated documents of the expediente and the follow-up across municipalities. */
export const expedienteReportRoutes = new OpenAPIHono<AppEnv>();
expedienteReportRoutes
  .openapi(portfolio, async (c) => c.json(await portfolioSummary(c.var.deps, c.get('user')!), 200))
  .openapi(document, async (c) => {
    const { anio, formato, tipo } = c.req.valid('query');
    const year = anio ?? currentYear(c.var.deps);
    const bytes = await renderDse(c.var.deps, {
      codigo: c.get('municipio'),
      anio: year,
      formato,
    });
    return sendGeneratedDocument(c, {
      bytes,
      mime: DSE_MIME[formato],
      fileName: `${tipo === 'informe' ? 'informe-seguimiento' : DSE_FILE}-${c.get('municipio')}-${year}.${formato}`,
    });
  })
  .openapi(attach, async (c) => {
    return c.json(
      await attachDseToRoute(c.var.deps, {
        requester: requesterOf(c),
        anio: c.req.valid('param').anio,
      }),
      201,
    );
  });
