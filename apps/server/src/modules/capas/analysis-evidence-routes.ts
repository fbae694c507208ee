import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { errorResponses } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { requesterOf } from '../ruta/requester';
import { ANALYSIS_ATTACHERS, attachAnalysisToRoute } from './analysis-evidence';
import { analysisParams } from './schemas';

const attach = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/capas/analisis/{id}/adjuntar',
  policy: { kind: 'municipio', roles: ANALYSIS_ATTACHERS },
  summary:
    'Adjuntar el informe PDF del análisis como evidencia del estudio básico de amenaza en La Ruta',
  description:
    '409 cuando no hay una revisión en curso o esta no tiene el ítem del estudio básico de la amenaza analizada.',
  request: { params: analysisParams },
  responses: {
    201: {
      description: 'Evidencia guardada',
      content: {
        'application/json': {
          schema: z.looseObject({
            id: z.string(),
            version: z.number(),
            procesoId: z.string(),
            itemId: z.string(),
            itemNombre: z.string(),
          }),
        },
      },
    },
    ...errorResponses,
  },
});

/** The analysis as evidence of La Ruta (issue 14: «attached to the route as evidence»). */
export const analysisEvidenceRoutes = new OpenAPIHono<AppEnv>();
analysisEvidenceRoutes.openapi(attach, async (c) => {
  return c.json(
    await attachAnalysisToRoute(c.var.deps, {
      requester: requesterOf(c),
      id: c.req.valid('param').id,
    }),
    201,
  );
});
