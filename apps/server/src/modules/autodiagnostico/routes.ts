import { OpenAPIHono, z } from '@hono/zod-openapi';
import { ANSWER_VALUES } from '@ruta-pot/domain';

import { defineRoute } from '../../http/authz';
import { MANAGING_ROLES, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { citationSchema } from '../norma/schemas';
import {
  getSelfAssessment,
  questionnaire,
  recordSelfAssessment,
  recordStageAnswers,
} from './service';

const severitySchema = z.enum(['alta', 'media', 'baja']);
const answerSchema = z.enum(ANSWER_VALUES as ['si', 'parcial', 'no', 'no_sabe'], {
  error: 'Cada respuesta debe ser si, no, parcial o no_sabe.',
});

const questionnaireSchema = z
  .object({
    respuestasPosibles: z.array(z.object({ valor: answerSchema, etiqueta: z.string() })),
    etapas: z.array(
      z.object({
        id: z.string(),
        nombre: z.string(),
        preguntas: z.array(
          z.object({
            id: z.string(),
            texto: z.string(),
            riesgo: z.object({ titulo: z.string(), severidad: severitySchema }),
            citas: z.array(citationSchema),
          }),
        ),
      }),
    ),
  })
  .openapi('CuestionarioAutodiagnostico');

const evaluationSchema = z
  .object({
    risks: z.array(
      z.object({
        id: z.string(),
        questionId: z.string(),
        stage: z.string(),
        kind: z.enum(['incumplimiento', 'parcial', 'falta_informacion']),
        title: z.string(),
        description: z.string(),
        severity: severitySchema,
        actions: z.array(z.string()),
        citations: z.array(citationSchema),
      }),
    ),
    stages: z.array(
      z.object({
        stage: z.string(),
        name: z.string(),
        answered: z.number(),
        total: z.number(),
        score: z.number().nullable(),
        riskCount: z.number(),
        actions: z.array(z.string()),
      }),
    ),
    counts: z.object({ alta: z.number(), media: z.number(), baja: z.number(), total: z.number() }),
    answered: z.number(),
    total: z.number(),
  })
  .openapi('EvaluacionAutodiagnostico');

const summarySchema = z.object({
  alta: z.number(),
  media: z.number(),
  baja: z.number(),
  total: z.number(),
  respondidas: z.number(),
  preguntas: z.number(),
});

const stateSchema = z
  .object({
    ultimo: z
      .object({
        id: z.string(),
        respondidoEn: z.string(),
        respondidoPor: z.string().nullable(),
        respuestas: z.record(z.string(), answerSchema),
      })
      .nullable(),
    evaluacion: evaluationSchema,
    historial: z.array(
      z.object({
        id: z.string(),
        respondidoEn: z.string(),
        respondidoPor: z.string().nullable(),
        resumen: summarySchema,
      }),
    ),
  })
  .openapi('Autodiagnostico');

const questionsRoute = defineRoute({
  method: 'get',
  path: '/autodiagnostico/preguntas',
  policy: { kind: 'publico' },
  summary: 'Preguntas del autodiagnóstico por etapa de la ruta, con su fuente legal',
  responses: { ...json(questionnaireSchema, 'Cuestionario') },
});

const getRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/autodiagnostico',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Último autodiagnóstico del municipio, su evaluación (riesgos y retos) y el historial',
  request: { params: codigoParam },
  responses: { ...json(stateSchema, 'Autodiagnóstico'), ...errorResponses },
});

const body = z
  .object({
    respuestas: z.record(z.string().max(100), answerSchema, {
      error: 'Envíe «respuestas» como un objeto { idPregunta: si | no | parcial | no_sabe }.',
    }),
  })
  .strict();

const postRoute = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/autodiagnostico',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary: 'Registrar un nuevo autodiagnóstico (se conserva el historial) y obtener su evaluación',
  request: {
    params: codigoParam,
    body: { content: { 'application/json': { schema: body } }, required: true },
  },
  responses: {
    ...json(
      z.object({ id: z.string(), respondidoEn: z.string(), evaluacion: evaluationSchema }),
      'Autodiagnóstico registrado',
    ),
    ...errorResponses,
  },
});

const stageRoute = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/autodiagnostico/etapas/{etapa}',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary:
    'Registrar las respuestas de una etapa: se combinan con las últimas guardadas de las demás etapas (se conserva el historial)',
  request: {
    params: codigoParam.extend({
      etapa: z
        .string()
        .max(40)
        .openapi({ param: { name: 'etapa', in: 'path' }, example: 'diagnostico' }),
    }),
    body: { content: { 'application/json': { schema: body } }, required: true },
  },
  responses: {
    ...json(
      z.object({
        id: z.string(),
        respondidoEn: z.string(),
        respuestas: z.record(z.string(), answerSchema),
        evaluacion: evaluationSchema,
      }),
      'Etapa registrada con las respuestas combinadas',
    ),
    ...errorResponses,
  },
});

export const autodiagnosticoRoutes = new OpenAPIHono<AppEnv>()
  .openapi(questionsRoute, (c) => c.json(questionnaire(), 200))
  .openapi(getRoute, async (c) => {
    const state = await getSelfAssessment(c.var.deps, {
      codigo: c.get('municipio'),
      userId: c.get('user')!.id,
    });
    return c.json(state, 200);
  })
  .openapi(postRoute, async (c) => {
    const user = c.get('user')!;
    const result = await recordSelfAssessment(c.var.deps, {
      codigo: c.get('municipio'),
      actor: { id: user.id, email: user.email },
      respuestas: c.req.valid('json').respuestas,
    });
    return c.json(result, 200);
  })
  .openapi(stageRoute, async (c) => {
    const user = c.get('user')!;
    const result = await recordStageAnswers(c.var.deps, {
      codigo: c.get('municipio'),
      etapa: c.req.valid('param').etapa,
      actor: { id: user.id, email: user.email },
      respuestas: c.req.valid('json').respuestas,
    });
    return c.json(result, 200);
  });
