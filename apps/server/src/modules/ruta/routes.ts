import { OpenAPIHono, z } from '@hono/zod-openapi';
import { PROCESS_EVENT_KINDS } from '@ruta-pot/domain';

import { defineRoute } from '../../http/authz';
import { AppError } from '../../http/errors';
import { MANAGING_ROLES, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, conflictResponse, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { citationSchema } from '../norma/schemas';
import { municipalDashboard } from './dashboard-service';
import { EVENT_PAGE, listEvents } from './event-list';
import { annulEvent, fileWithConcejo, recordEvent } from './event-service';
import { readEvidence, uploadEvidence } from './evidence-service';
import { addVerdict, updateItem } from './item-service';
import { ROUTE_ROLES } from './permissions';
import { answerPriorConsultation } from './prior-consultation';
import { currentProcess, processById, proposeProcess, startProcess } from './process-service';
import { requesterOf } from './requester';
import {
  annulmentSchema,
  CONSULTA_PREVIA,
  dashboardSchema,
  eventPageSchema,
  itemRowSchema,
  processSchema,
  proposalSchema,
  recordedEventSchema,
  uploadedEvidenceSchema,
} from './response-schemas';
import {
  annulBody,
  eventBody,
  eventListQuery,
  eventParams,
  evidenceParams,
  itemChangeBody,
  itemParams,
  processParams,
  startBody,
  verdictBody,
} from './schemas';
import { fileUploadBodyLimit } from './upload-limits';

const errors = { ...errorResponses, ...conflictResponse };

const proposal = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/procesos/propuesta',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Tipo de revisión que la ley permite hoy y tipo de plan, para «Iniciar revisión»',
  request: { params: codigoParam },
  responses: {
    ...json(proposalSchema, 'Propuesta'),
    ...errors,
  },
});
const start = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/procesos',
  policy: { kind: 'municipio', roles: MANAGING_ROLES },
  summary: 'Iniciar un proceso de revisión con su lista de chequeo por etapa',
  request: {
    params: codigoParam,
    body: { content: { 'application/json': { schema: startBody } }, required: true },
  },
  responses: {
    201: {
      description: 'Proceso iniciado',
      content: { 'application/json': { schema: processSchema } },
    },
    ...errors,
  },
});
const current = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/procesos/actual',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary:
    'Proceso en curso (o el último) con etapas, ítems, evidencias, plazos, alertas y compuerta',
  description: `Respuesta acotada: los ${EVENT_PAGE.default} eventos más recientes (con el total y el cursor de los anteriores), las versiones de evidencia y conceptos más recientes de cada ítem y las alertas más próximas, cada lista con su total. La compuerta y las alertas se calculan sobre todos los eventos.`,
  request: { params: codigoParam },
  responses: { ...json(processSchema, 'Proceso'), ...errors },
});
const events = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/procesos/{procesoId}/eventos',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: `Eventos del trámite por páginas, del más reciente al más antiguo (máx. ${EVENT_PAGE.max} por página)`,
  description: `Paginación por cursor: «antesDe» es el valor «siguiente» de la página anterior (o «eventosSiguiente» de …/procesos/actual); «limite» va de 1 a ${EVENT_PAGE.max} (${EVENT_PAGE.default} por omisión). «siguiente» es null en la última página.`,
  request: { params: processParams, query: eventListQuery },
  responses: { ...json(eventPageSchema, 'Página de eventos'), ...errors },
});
const patchItem = defineRoute({
  method: 'patch',
  path: '/municipios/{codigo}/procesos/{procesoId}/items/{itemId}',
  policy: { kind: 'municipio', roles: ROUTE_ROLES.editarItems },
  summary:
    'Cambiar estado, responsable (persona y rol) o fecha de un ítem (con control de versión)',
  request: {
    params: itemParams,
    body: { content: { 'application/json': { schema: itemChangeBody } }, required: true },
  },
  responses: { ...json(itemRowSchema, 'Ítem actualizado'), ...errors },
});
const upload = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/procesos/{procesoId}/items/{itemId}/evidencias',
  policy: { kind: 'municipio', roles: ROUTE_ROLES.subirEvidencia },
  summary:
    'Cargar un documento que prueba el ítem (PDF, DOCX, XLSX, imágenes, GeoJSON, GeoPackage o ZIP; máx. 25 MB)',
  request: { params: itemParams },
  responses: {
    201: {
      description: 'Evidencia guardada',
      content: {
        'application/json': { schema: uploadedEvidenceSchema },
      },
    },
    ...errors,
  },
});
const download = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/evidencias/{evidenciaId}/archivo',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Descargar una evidencia',
  request: { params: evidenceParams },
  responses: { 200: { description: 'Archivo' }, ...errors },
});
const verdict = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/procesos/{procesoId}/items/{itemId}/conceptos',
  policy: { kind: 'municipio', roles: ROUTE_ROLES.emitirConcepto },
  summary: 'Concepto del interventor sobre calidad, suficiencia y pertinencia: aprueba o devuelve',
  request: {
    params: itemParams,
    body: { content: { 'application/json': { schema: verdictBody } }, required: true },
  },
  responses: { ...json(processSchema, 'Proceso actualizado'), ...errors },
});
const event = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/procesos/{procesoId}/eventos',
  policy: { kind: 'municipio', roles: ROUTE_ROLES.registrarEventos },
  summary: 'Registrar un evento del trámite; calcula el plazo legal que inicia',
  request: {
    params: processParams,
    body: { content: { 'application/json': { schema: eventBody } }, required: true },
  },
  responses: {
    201: {
      description: 'Evento registrado',
      content: {
        'application/json': { schema: recordedEventSchema },
      },
    },
    ...errors,
  },
});
const annul = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/procesos/{procesoId}/eventos/{eventoId}/anulacion',
  policy: { kind: 'municipio', roles: ROUTE_ROLES.registrarEventos },
  summary:
    'Anular un evento con su motivo (queda en el historial), o corregirlo: se anula y se registra el evento con la fecha corregida',
  request: {
    params: eventParams,
    body: { content: { 'application/json': { schema: annulBody } }, required: true },
  },
  responses: {
    ...json(annulmentSchema, 'Evento anulado (y su corrección, si se pidió)'),
    ...errors,
  },
});
const priorConsultation = defineRoute({
  method: 'put',
  path: '/municipios/{codigo}/procesos/{procesoId}/consulta-previa',
  policy: { kind: 'municipio', roles: ROUTE_ROLES.registrarEventos },
  summary:
    '¿Aplica consulta previa con comunidades étnicas? Respuesta del municipio con su fundamento (Convenio 169 OIT, Ley 21 de 1991)',
  request: {
    params: processParams,
    body: {
      content: {
        'application/json': {
          schema: z
            .object({
              decision: z.enum(CONSULTA_PREVIA),
              motivo: z.string().max(2000).default(''),
            })
            .strict()
            .openapi('CuerpoConsultaPrevia'),
        },
      },
      required: true,
    },
  },
  responses: { ...json(processSchema, 'Proceso actualizado'), ...errors },
});
const file = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/procesos/{procesoId}/radicacion-concejo',
  policy: { kind: 'municipio', roles: ROUTE_ROLES.radicar },
  summary:
    'Radicar ante el Concejo: solo si están el acta de concertación, el concepto del CTP y la consulta democrática',
  request: { params: processParams },
  responses: { ...json(processSchema, 'Proceso radicado'), ...errors },
});
const eventKinds = defineRoute({
  method: 'get',
  path: '/norma/eventos-tramite',
  policy: { kind: 'publico' },
  summary: 'Eventos del trámite y el plazo legal que inicia cada uno',
  responses: json(
    z.object({
      tipos: z.array(
        z
          .object({
            tipo: z.string(),
            etiqueta: z.string(),
            tramite: z.string().nullable(),
            citas: z.array(citationSchema),
          })
          .openapi('TipoEventoTramite'),
      ),
    }),
    'Tipos de evento',
  ),
});

const dashboard = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/tablero',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary:
    'Tablero municipal: estado del plan, etapa actual, avance, vencidos, próximos plazos y riesgos',
  request: { params: codigoParam },
  responses: {
    ...json(dashboardSchema, 'Tablero'),
    ...errors,
  },
});

export const rutaRoutes = new OpenAPIHono<AppEnv>();
rutaRoutes.use(
  '/municipios/:codigo/procesos/:procesoId/items/:itemId/evidencias',
  fileUploadBodyLimit(),
);
rutaRoutes
  .openapi(proposal, async (c) => c.json(await proposeProcess(c.var.deps, c.get('municipio')), 200))
  .openapi(start, async (c) =>
    c.json(
      await startProcess(c.var.deps, {
        requester: requesterOf(c),
        tipoRevision: c.req.valid('json').tipoRevision,
      }),
      201,
    ),
  )
  .openapi(current, async (c) => c.json(await currentProcess(c.var.deps, requesterOf(c)), 200))
  .openapi(events, async (c) => {
    const { antesDe, limite } = c.req.valid('query');
    const page = await listEvents(c.var.deps, {
      requester: requesterOf(c),
      procesoId: c.req.valid('param').procesoId,
      antesDe,
      limite,
    });
    return c.json(page, 200);
  })
  .openapi(patchItem, async (c) => {
    const { procesoId, itemId } = c.req.valid('param');
    const saved = await updateItem(c.var.deps, {
      requester: requesterOf(c),
      key: { procesoId, itemId },
      change: c.req.valid('json'),
    });
    return c.json(saved, 200);
  })
  .openapi(upload, async (c) => {
    const { procesoId, itemId } = c.req.valid('param');
    const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    const archivo = form.archivo;
    if (!(archivo instanceof File))
      throw new AppError(
        'entrada_invalida',
        'Adjunte el archivo en el campo «archivo» (multipart/form-data).',
      );
    const bytes = new Uint8Array(await archivo.arrayBuffer());
    const saved = await uploadEvidence(c.var.deps, {
      requester: requesterOf(c),
      procesoId,
      itemId,
      file: { name: archivo.name, bytes },
    });
    return c.json(saved, 201);
  })
  .openapi(download, async (c) => {
    const found = await readEvidence(c.var.deps, {
      requester: requesterOf(c),
      evidenciaId: c.req.valid('param').evidenciaId,
    });
    const ascii = found.nombre.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return c.body(found.bytes as unknown as ArrayBuffer, 200, {
      'Content-Type': found.mime,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.nombre)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  })
  .openapi(verdict, async (c) => {
    const deps = c.var.deps;
    const { procesoId, itemId } = c.req.valid('param');
    const who = requesterOf(c);
    await addVerdict(deps, {
      requester: who,
      key: { procesoId, itemId },
      verdict: c.req.valid('json'),
    });
    return c.json(await processById(deps, { requester: who, procesoId }), 200);
  })
  .openapi(event, async (c) => {
    const saved = await recordEvent(c.var.deps, {
      requester: requesterOf(c),
      procesoId: c.req.valid('param').procesoId,
      event: c.req.valid('json'),
    });
    return c.json(saved, 201);
  })
  .openapi(annul, async (c) => {
    const { procesoId, eventoId } = c.req.valid('param');
    const body = c.req.valid('json');
    const corregido = await annulEvent(c.var.deps, {
      requester: requesterOf(c),
      procesoId,
      eventoId,
      motivo: body.motivo,
      correccion: body.correccion,
    });
    return c.json({ corregido }, 200);
  })
  .openapi(priorConsultation, async (c) =>
    c.json(
      await answerPriorConsultation(c.var.deps, {
        requester: requesterOf(c),
        procesoId: c.req.valid('param').procesoId,
        ...c.req.valid('json'),
      }),
      200,
    ),
  )
  .openapi(file, async (c) =>
    c.json(
      await fileWithConcejo(c.var.deps, {
        requester: requesterOf(c),
        procesoId: c.req.valid('param').procesoId,
      }),
      200,
    ),
  )
  .openapi(dashboard, async (c) =>
    c.json(await municipalDashboard(c.var.deps, requesterOf(c)), 200),
  )
  .openapi(eventKinds, (c) =>
    c.json({ tipos: PROCESS_EVENT_KINDS.map((k) => ({ ...k, citas: [...k.citas] })) }, 200),
  );
