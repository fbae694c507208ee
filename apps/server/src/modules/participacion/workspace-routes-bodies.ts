import { OpenAPIHono } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { codigoParam } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import {
  addObservations,
  answerBody,
  answerObservation,
  createRound,
  listRounds,
  observationsBody,
  roundBody,
} from './workspace-car';
import { recordActa } from './workspace-car-acta';
import { addConcejo, getConcejo } from './workspace-concejo';
import { addRecommendations, getCtp, recommendationsBody, saveCtp } from './workspace-ctp';
import { oneFile, readForm } from './workspace-files';
import {
  idParam,
  jsonBody,
  jsonOrForm,
  office,
  ok,
  readers,
  rolesOf,
} from './workspace-routes-shared';
import { actorOf } from './workspace-shared';

const BASE = '/municipios/{codigo}/participacion';

const rounds = defineRoute({
  method: 'get',
  path: `${BASE}/car/rondas`,
  policy: readers,
  summary:
    'Rondas de concertación con la CAR, con observaciones, plazos y advertencias (el silencio nunca es aprobación)',
  request: { params: codigoParam },
  responses: ok('Rondas'),
});
const newRound = defineRoute({
  method: 'post',
  path: `${BASE}/car/rondas`,
  policy: office,
  summary: 'Radicar una nueva ronda ante la CAR { radicadaEn } → { id, numero, estado }',
  request: { params: codigoParam, ...jsonBody(roundBody) },
  responses: ok('Ronda radicada'),
});
const observations = defineRoute({
  method: 'post',
  path: `${BASE}/car/rondas/{id}/observaciones`,
  policy: { kind: 'municipio', roles: ['autoridad_ambiental'] },
  summary: 'La CAR registra observaciones por tema { observaciones: [{ tema, texto }] }',
  request: { params: idParam, ...jsonBody(observationsBody) },
  responses: ok('Observaciones registradas'),
});
const answer = defineRoute({
  method: 'post',
  path: `${BASE}/car/observaciones/{id}/respuesta`,
  policy: office,
  summary: 'La oficina responde una observación de la CAR { respuesta }',
  request: { params: idParam, ...jsonBody(answerBody) },
  responses: ok('Observación respondida'),
});
const acta = defineRoute({
  method: 'post',
  path: `${BASE}/car/rondas/{id}/acta`,
  policy: rolesOf('autoridad_ambiental'),
  summary:
    'Acta de la ronda (multipart: archivo, fecha, tipo = total|parcial|sin_acuerdo, puntosDesacuerdo)',
  request: { params: idParam },
  responses: ok('Acta registrada'),
});
const ctp = defineRoute({
  method: 'get',
  path: `${BASE}/ctp`,
  policy: readers,
  summary: 'Concepto del Consejo Territorial de Planeación, su evidencia y sus recomendaciones',
  request: { params: codigoParam },
  responses: ok('CTP'),
});
const putCtp = defineRoute({
  method: 'put',
  path: `${BASE}/ctp`,
  policy: rolesOf('consejo_territorial'),
  summary:
    'Registrar recibido del proyecto y concepto del CTP (JSON o multipart con evidencia: recibidoProyectoEn, conceptoEn, concepto)',
  request: { params: codigoParam },
  responses: ok('CTP'),
});
const recommendations = defineRoute({
  method: 'post',
  path: `${BASE}/ctp/recomendaciones`,
  policy: { kind: 'municipio', roles: ['consejo_territorial'] },
  summary:
    'El CTP registra recomendaciones (aportes de origen ctp) { recomendaciones: [{ texto, tema }] }',
  request: { params: codigoParam, ...jsonBody(recommendationsBody) },
  responses: ok('Recomendaciones registradas'),
});
const concejo = defineRoute({
  method: 'get',
  path: `${BASE}/concejo`,
  policy: readers,
  summary: 'Registros del Concejo (radicación, cabildo abierto, sesiones, decisión) y advertencias',
  request: { params: codigoParam },
  responses: ok('Concejo'),
});
const postConcejo = defineRoute({
  method: 'post',
  path: `${BASE}/concejo`,
  policy: rolesOf('concejo'),
  summary:
    'Registrar radicación, cabildo abierto, sesión o decisión (JSON o multipart con evidencia: tipo, fecha, descripcion, decision)',
  request: { params: codigoParam },
  responses: ok('Registro del Concejo'),
});

export const workspaceBodyRoutes = new OpenAPIHono<AppEnv>()
  .openapi(rounds, async (c) => c.json(await listRounds(c.var.deps, actorOf(c)), 200))
  .openapi(newRound, async (c) =>
    c.json(await createRound(c.var.deps, actorOf(c), c.req.valid('json')), 200),
  )
  .openapi(observations, async (c) =>
    c.json(
      await addObservations(c.var.deps, actorOf(c), {
        id: c.req.valid('param').id,
        body: c.req.valid('json'),
      }),
      200,
    ),
  )
  .openapi(answer, async (c) =>
    c.json(
      await answerObservation(c.var.deps, actorOf(c), {
        id: c.req.valid('param').id,
        respuesta: c.req.valid('json').respuesta,
      }),
      200,
    ),
  )
  .openapi(acta, async (c) => {
    const form = await readForm(c);
    const file = oneFile(form.files, 'archivo', true)!;
    return c.json(
      await recordActa(c.var.deps, actorOf(c), {
        id: c.req.valid('param').id,
        fields: form.fields,
        file,
      }),
      200,
    );
  })
  .openapi(ctp, async (c) => c.json(await getCtp(c.var.deps, actorOf(c)), 200))
  .openapi(putCtp, async (c) =>
    c.json(await saveCtp(c.var.deps, actorOf(c), await jsonOrForm(c, 'evidencia')), 200),
  )
  .openapi(recommendations, async (c) =>
    c.json(await addRecommendations(c.var.deps, actorOf(c), c.req.valid('json')), 200),
  )
  .openapi(concejo, async (c) => c.json(await getConcejo(c.var.deps, actorOf(c)), 200))
  .openapi(postConcejo, async (c) =>
    c.json(await addConcejo(c.var.deps, actorOf(c), await jsonOrForm(c, 'evidencia')), 200),
  );
