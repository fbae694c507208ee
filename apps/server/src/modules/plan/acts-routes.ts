import { OpenAPIHono, z } from '@hono/zod-openapi';
import { PLAN_ACT_TYPES } from '@ruta-pot/domain';

import { defineRoute } from '../../http/authz';
import { isoDate } from '../../http/dates';
import { MANAGING_ROLES } from '../../http/roles';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { warningSchema } from '../norma/schemas';
import { listActsOf, recordAct } from './acts-service';

export const actSchema = z
  .object({
    id: z.string(),
    tipo: z.enum(PLAN_ACT_TYPES),
    instrumento: z.string(),
    fecha: z.string(),
    emisor: z.string().nullable(),
    objeto: z.string().nullable(),
    vigenciaLargoDeclarada: z.string().nullable(),
    actoAplicable: z.string().nullable(),
    registradoEn: z.string(),
  })
  .openapi('ActoPlan');

export const judicialSchema = z
  .object({
    kind: z.enum(['suspension_provisional', 'nulidad']),
    instrumento: z.string(),
    fecha: z.string(),
    actoAplicable: z.string().nullable(),
    warning: warningSchema,
  })
  .openapi('DecisionJudicialPlan');

const listRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/actos-plan',
  policy: { kind: 'publico' },
  summary:
    'Historia del plan: actos de adopción, revisiones, modificaciones y decisiones judiciales',
  request: { params: codigoParam },
  responses: {
    ...json(
      z.object({ actos: z.array(actSchema) }),
      'Actos del plan, del más antiguo al más reciente',
    ),
    404: errorResponses[404],
  },
});

const texto = (campo: string, max: number) =>
  z.string().trim().max(max, `«${campo}» admite como máximo ${max} caracteres.`);

const actBody = z
  .object({
    tipo: z.enum(PLAN_ACT_TYPES, {
      error: `«tipo» debe ser uno de: ${PLAN_ACT_TYPES.join(', ')}.`,
    }),
    instrumento: texto('instrumento', 300).min(
      3,
      'Escriba el acto en «instrumento» (p. ej. «Acuerdo 008 de 2003»).',
    ),
    fecha: isoDate('fecha'),
    emisor: texto('emisor', 200).optional(),
    objeto: texto('objeto', 2000).optional(),
    vigenciaLargoDeclarada: isoDate('vigenciaLargoDeclarada').optional(),
    actoAplicable: texto('actoAplicable', 300).optional(),
  })
  .strict();

const recordRoute = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/actos-plan',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary: 'Registrar un acto del plan (adopción, revisión, modificación o decisión judicial)',
  request: {
    params: codigoParam,
    body: { content: { 'application/json': { schema: actBody } }, required: true },
  },
  responses: {
    201: { content: { 'application/json': { schema: actSchema } }, description: 'Acto registrado' },
    ...errorResponses,
  },
});

export const planActRoutes = new OpenAPIHono<AppEnv>()
  .openapi(listRoute, async (c) =>
    c.json(await listActsOf(c.var.deps, c.req.valid('param').codigo), 200),
  )
  .openapi(recordRoute, async (c) => {
    const user = c.get('user')!;
    const saved = await recordAct(c.var.deps, {
      codigo: c.get('municipio'),
      actor: { id: user.id, email: user.email },
      acto: c.req.valid('json'),
    });
    return c.json(saved, 201);
  });
