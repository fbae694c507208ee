import { OpenAPIHono } from '@hono/zod-openapi';

import { defineRoute } from '../../http/authz';
import { codigoParam, errorResponses } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import {
  actorBody,
  addStrategy,
  deleteActor,
  deleteStrategy,
  listActors,
  listStrategy,
  saveActor,
  strategyBody,
} from './workspace-actors';
import {
  listDocuments,
  publicDocumentFile,
  publicDocuments,
  uploadDocument,
} from './workspace-documents';
import { oneFile, readForm } from './workspace-files';
import { workspaceBodyRoutes } from './workspace-routes-bodies';
import { workspaceEventRoutes } from './workspace-routes-events';
import { errors, idParam, jsonBody, office, ok, readers } from './workspace-routes-shared';
import { actorOf } from './workspace-shared';
import { workspaceSummary } from './workspace-summary';

const BASE = '/municipios/{codigo}/participacion';
const deleted = { 204: { description: 'Retirado' }, ...errors } as const;

const actors = defineRoute({
  method: 'get',
  path: `${BASE}/actores`,
  policy: readers,
  summary: 'Actores del municipio; el contacto (dato personal) solo lo ven alcaldía y planeación',
  request: { params: codigoParam },
  responses: ok('Actores'),
});
const newActor = defineRoute({
  method: 'post',
  path: `${BASE}/actores`,
  policy: office,
  summary:
    'Registrar un actor { tipo, nombre, organizacion?, contacto?, consentimiento? } → { id }',
  request: { params: codigoParam, ...jsonBody(actorBody) },
  responses: ok('Actor registrado'),
});
const putActor = defineRoute({
  method: 'put',
  path: `${BASE}/actores/{id}`,
  policy: office,
  summary: 'Editar un actor',
  request: { params: idParam, ...jsonBody(actorBody) },
  responses: ok('Actor editado'),
});
const delActor = defineRoute({
  method: 'delete',
  path: `${BASE}/actores/{id}`,
  policy: office,
  summary: 'Retirar un actor (y su contacto)',
  request: { params: idParam },
  responses: deleted,
});
const strategy = defineRoute({
  method: 'get',
  path: `${BASE}/estrategia`,
  policy: readers,
  summary:
    'Estrategia de participación por etapa: { estrategia: [{ id, etapa, que, conQuien, cuando }] }',
  request: { params: codigoParam },
  responses: ok('Estrategia'),
});
const newStrategy = defineRoute({
  method: 'post',
  path: `${BASE}/estrategia`,
  policy: office,
  summary: 'Agregar una línea de la estrategia { etapa, que, conQuien, cuando } → { id }',
  request: { params: codigoParam, ...jsonBody(strategyBody) },
  responses: ok('Línea agregada'),
});
const delStrategy = defineRoute({
  method: 'delete',
  path: `${BASE}/estrategia/{id}`,
  policy: office,
  summary: 'Retirar una línea de la estrategia',
  request: { params: idParam },
  responses: deleted,
});
const documents = defineRoute({
  method: 'get',
  path: `${BASE}/documentos`,
  policy: readers,
  summary: 'Documentos en discusión, todas sus versiones',
  request: { params: codigoParam },
  responses: ok('Documentos'),
});
const newDocument = defineRoute({
  method: 'post',
  path: `${BASE}/documentos`,
  policy: office,
  summary:
    'Cargar una nueva versión de un documento (multipart: titulo, resumen, publicar = si|no, archivo)',
  request: { params: codigoParam },
  responses: ok('Versión cargada'),
});
const summary = defineRoute({
  method: 'get',
  path: `${BASE}/resumen`,
  policy: readers,
  summary: 'Resumen de la participación y lo que falta para la radicación (con citas)',
  request: { params: codigoParam },
  responses: ok('Resumen'),
});
const publicList = defineRoute({
  method: 'get',
  path: '/publico/{codigo}/participacion/documentos',
  policy: { kind: 'publico' },
  summary: 'Documentos en discusión publicados (versiones vigentes)',
  request: { params: codigoParam },
  responses: ok('Documentos publicados'),
});
const publicFile = defineRoute({
  method: 'get',
  path: '/publico/{codigo}/participacion/documentos/{id}/archivo',
  policy: { kind: 'publico' },
  summary: 'Descargar una versión publicada de un documento en discusión',
  request: { params: idParam },
  responses: { 200: { description: 'Archivo' }, 404: errorResponses[404] },
});

/** Participation workspace of issue 13 (contract section B); mount with the other modules. */
export const participacionWorkspaceRoutes = new OpenAPIHono<AppEnv>()
  .openapi(actors, async (c) => c.json(await listActors(c.var.deps, actorOf(c)), 200))
  .openapi(newActor, async (c) =>
    c.json(await saveActor(c.var.deps, actorOf(c), { body: c.req.valid('json'), id: null }), 200),
  )
  .openapi(putActor, async (c) =>
    c.json(
      await saveActor(c.var.deps, actorOf(c), {
        body: c.req.valid('json'),
        id: c.req.valid('param').id,
      }),
      200,
    ),
  )
  .openapi(delActor, async (c) => {
    await deleteActor(c.var.deps, actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .openapi(strategy, async (c) => c.json(await listStrategy(c.var.deps, actorOf(c)), 200))
  .openapi(newStrategy, async (c) =>
    c.json(await addStrategy(c.var.deps, actorOf(c), c.req.valid('json')), 200),
  )
  .openapi(delStrategy, async (c) => {
    await deleteStrategy(c.var.deps, actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .openapi(documents, async (c) => c.json(await listDocuments(c.var.deps, actorOf(c)), 200))
  .openapi(newDocument, async (c) => {
    const form = await readForm(c);
    const file = oneFile(form.files, 'archivo', true)!;
    return c.json(await uploadDocument(c.var.deps, actorOf(c), { fields: form.fields, file }), 200);
  })
  .openapi(summary, async (c) => c.json(await workspaceSummary(c.var.deps, actorOf(c)), 200))
  .openapi(publicList, async (c) =>
    c.json(await publicDocuments(c.var.deps, c.req.valid('param').codigo), 200),
  )
  .openapi(publicFile, async (c) => {
    const { codigo, id } = c.req.valid('param');
    const found = await publicDocumentFile(c.var.deps, codigo, id);
    const ascii = found.nombre.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return c.body(found.bytes as unknown as ArrayBuffer, 200, {
      'Content-Type': found.tipo,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.nombre)}`,
      'X-Content-Type-Options': 'nosniff',
    });
  })
  .route('/', workspaceEventRoutes)
  .route('/', workspaceBodyRoutes);
