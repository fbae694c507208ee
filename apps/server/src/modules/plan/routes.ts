import { OpenAPIHono, z } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { isoDate, todayInColombia } from '../../http/dates';
import { MANAGING_ROLES } from '../../http/roles';
import { codigoParam, conflictResponse, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import {
  chainStepSchema,
  planTypeSchema,
  revisionTypeSchema,
  vigenciaSchema,
} from '../norma/schemas';
import { actSchema, judicialSchema } from './acts-routes';
import { planStatus, savePlan } from './service';

const planSchema = z
  .object({
    instrumento: z.string(),
    adopcion: z.string(),
    revisionGeneral: z.string().optional(),
    vigenciasDeclaradas: z.object({ longTermEnd: z.string().optional() }).optional(),
    version: z.number(),
  })
  .openapi('PlanVigente');

const statusSchema = z
  .looseObject({
    fecha: z.string(),
    municipio: z.looseObject({ codigo: z.string(), nombre: z.string() }),
    plan: planSchema.nullable(),
    actos: z.array(actSchema),
    judicial: judicialSchema.nullable(),
    tipoPlan: planTypeSchema.nullable(),
    vigencias: vigenciaSchema.nullable(),
    periodos: z.array(z.object({ start: z.string(), end: z.string(), years: z.number() })),
    tiposRevision: z.array(revisionTypeSchema),
    propuesta: z.string().nullable(),
    plazos: z.array(chainStepSchema),
    ultimaFechaUtil: z
      .looseObject({
        termEnd: z.string(),
        latestPresentationToConcejo: z.string(),
        explanation: z.string(),
      })
      .nullable(),
  })
  .openapi('EstadoPot');

const statusRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/estado-pot',
  policy: { kind: 'publico' },
  summary:
    'Estado del POT: tipo de plan, vigencias, tipos de revisión abiertos y plazos, con fuentes',
  request: { params: codigoParam, query: z.object({ fecha: isoDate('fecha').optional() }) },
  responses: {
    ...json(statusSchema, 'Estado del POT'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const planBody = z
  .object({
    instrumento: z
      .string()
      .trim()
      .min(3, 'Escriba el acto que adoptó el plan (p. ej. «Acuerdo 12 de 2002»).')
      .max(300),
    adopcion: isoDate('adopcion'),
    revisionGeneral: isoDate('revisionGeneral').optional(),
    vigenciaLargoPlazoDeclarada: isoDate('vigenciaLargoPlazoDeclarada').optional(),
    version: z.number().int().positive().optional(),
  })
  .strict();

const saveRoute = defineRoute({
  method: 'put',
  path: '/municipios/{codigo}/plan-vigente',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary: 'Registrar o corregir el plan vigente (acto de adopción y última revisión general)',
  request: {
    params: codigoParam,
    body: { content: { 'application/json': { schema: planBody } }, required: true },
  },
  responses: { ...json(planSchema, 'Plan guardado'), ...errorResponses, ...conflictResponse },
});

export const planRoutes = new OpenAPIHono<AppEnv>()
  .openapi(statusRoute, async (c) => {
    const deps = c.var.deps;
    const fecha = c.req.valid('query').fecha ?? todayInColombia(deps.clock);
    return c.json(await planStatus(deps, { codigo: c.req.valid('param').codigo, fecha }), 200);
  })
  .openapi(saveRoute, async (c) => {
    const user = c.get('user')!;
    const saved = await savePlan(c.var.deps, {
      codigo: c.get('municipio'),
      actor: { id: user.id, email: user.email },
      plan: c.req.valid('json'),
    });
    return c.json(
      {
        instrumento: saved.instrumento,
        adopcion: saved.adopcion,
        ...(saved.revisionGeneral ? { revisionGeneral: saved.revisionGeneral } : {}),
        ...(saved.vigenciaLargoDeclarada
          ? { vigenciasDeclaradas: { longTermEnd: saved.vigenciaLargoDeclarada } }
          : {}),
        version: saved.version,
      },
      200,
    );
  });
