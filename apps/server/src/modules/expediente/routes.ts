import { OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';

import { defineRoute } from '../../http/authz';
import { AppError } from '../../http/errors';
import { MANAGING_ROLES, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { expedienteArchiveRoutes } from './archive-routes';
import { addDocument, searchArchive } from './archive-service';
import { importExecution, importMeasurements, importProjects } from './import-service';
import { saveDevelopmentPlan, saveProjects } from './projects-service';
import {
  anioParam,
  conclusionsBody,
  developmentPlanBody,
  documentBody,
  importParam,
  indicadorParam,
  indicatorBody,
  measurementsBody,
  overviewSchema,
  projectsBody,
  sufficiencyBody,
} from './schemas';
import {
  adoptCatalogue,
  expedienteBody,
  indicatorDetail,
  recordMeasurements,
  saveConclusions,
  saveIndicator,
  saveSufficiency,
} from './service';

/** Imports are spreadsheets of a few thousand rows: 5 MB is generous and bounds the parse. */
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
const ok = z.looseObject({});
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const manage = { kind: 'municipio', roles: MANAGING_ROLES } as const;

const overview = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/expediente',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary:
    'Expediente municipal: indicadores y su avance, programa de ejecución frente a cada Plan de Desarrollo, suficiencia',
  request: {
    params: codigoParam,
    query: z.object({ anio: z.coerce.number().int().min(1990).max(2100).optional() }),
  },
  responses: { ...json(overviewSchema, 'Expediente'), ...errorResponses },
});
const indicatorRoute = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/expediente/indicadores/{indicadorId}',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Un indicador con su serie anual, definición, fórmula y fuente legal',
  request: { params: indicadorParam },
  responses: {
    ...json(z.looseObject({ id: z.string(), mediciones: z.array(z.looseObject({})) }), 'Indicador'),
    ...errorResponses,
  },
});
const catalogue = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/expediente/indicadores/catalogo',
  policy: manage,
  summary: 'Agregar al expediente los indicadores del catálogo que aún no tiene',
  request: { params: codigoParam },
  responses: {
    ...json(z.object({ agregados: z.number() }), 'Indicadores agregados'),
    ...errorResponses,
  },
});
const indicator = defineRoute({
  method: 'put',
  path: '/municipios/{codigo}/expediente/indicadores/{indicadorId}',
  policy: manage,
  summary: 'Crear o actualizar un indicador (definición, línea base y meta)',
  request: { params: indicadorParam, ...jsonBody(indicatorBody) },
  responses: { ...json(z.object({ id: z.string() }), 'Indicador guardado'), ...errorResponses },
});
const measurements = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/expediente/mediciones',
  policy: manage,
  summary: 'Registrar mediciones anuales (un valor por indicador y año)',
  request: { params: codigoParam, ...jsonBody(measurementsBody) },
  responses: {
    ...json(z.object({ guardadas: z.number() }), 'Mediciones guardadas'),
    ...errorResponses,
  },
});
const importRoute = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/expediente/importar/{tipo}',
  policy: manage,
  summary:
    'Importar mediciones, proyectos o ejecución desde CSV o Excel (campo «archivo»; máx. 5 MB)',
  request: { params: importParam },
  responses: { ...json(ok, 'Importación guardada'), ...errorResponses },
});
const developmentPlan = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/expediente/planes-desarrollo',
  policy: manage,
  summary:
    'Registrar el Plan de Desarrollo de una administración (su período sale del motor normativo)',
  request: { params: codigoParam, ...jsonBody(developmentPlanBody) },
  responses: {
    ...json(z.object({ anioInicio: z.number(), anioFin: z.number() }), 'Plan de Desarrollo'),
    ...errorResponses,
  },
});
const projects = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/expediente/proyectos',
  policy: manage,
  summary: 'Crear o actualizar proyectos del programa de ejecución por su código',
  request: { params: codigoParam, ...jsonBody(projectsBody) },
  responses: {
    ...json(z.object({ guardados: z.number() }), 'Proyectos guardados'),
    ...errorResponses,
  },
});
const sufficiency = defineRoute({
  method: 'put',
  path: '/municipios/{codigo}/expediente/suficiencia',
  policy: manage,
  summary: 'Responder el análisis de suficiencia: qué contenidos exigidos tiene el plan',
  request: { params: codigoParam, ...jsonBody(sufficiencyBody) },
  responses: { ...json(ok, 'Respuestas guardadas'), ...errorResponses },
});
const conclusions = defineRoute({
  method: 'put',
  path: '/municipios/{codigo}/expediente/conclusiones/{anio}',
  policy: manage,
  summary:
    'Conclusiones y recomendaciones de la oficina para el documento de seguimiento de un año',
  request: { params: anioParam, ...jsonBody(conclusionsBody) },
  responses: { ...json(ok, 'Conclusiones guardadas'), ...errorResponses },
});
const archive = defineRoute({
  method: 'get',
  path: '/municipios/{codigo}/expediente/archivo',
  policy: { kind: 'municipio', roles: PARTICIPANT_ROLES },
  summary: 'Archivo técnico e histórico: documentos, actos del plan y evidencias, con búsqueda',
  request: {
    params: codigoParam,
    query: z.object({
      q: z.string().max(200).optional(),
      limite: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    ...json(z.object({ total: z.number(), entradas: z.array(z.looseObject({})) }), 'Archivo'),
    ...errorResponses,
  },
});
const addToArchive = defineRoute({
  method: 'post',
  path: '/municipios/{codigo}/expediente/archivo',
  policy: manage,
  summary: 'Registrar un documento en el archivo (una nueva versión conserva las anteriores)',
  request: { params: codigoParam, ...jsonBody(documentBody) },
  responses: {
    ...json(
      z.object({ id: z.string(), serie: z.string(), version: z.number() }),
      'Documento registrado',
    ),
    ...errorResponses,
  },
});

/** The cached JSON text is sent as is (@hono/zod-openapi types JSON responses as c.json). */
const prebuilt = (response: Response) => response as never;

const IMPORTERS = {
  mediciones: importMeasurements,
  proyectos: importProjects,
  ejecucion: importExecution,
};

export const expedienteRoutes = new OpenAPIHono<AppEnv>();
// Archive files and baselines from the cartography (issue 15), in their own file.
expedienteRoutes.route('/', expedienteArchiveRoutes);
expedienteRoutes.use(
  '/municipios/:codigo/expediente/importar/*',
  bodyLimit({
    maxSize: IMPORT_MAX_BYTES,
    onError: () => {
      throw new AppError('carga_rechazada', 'El archivo supera 5 MB. Divídalo en varios archivos.');
    },
  }),
);
const actorOf = (c: { get: (k: 'user') => AppEnv['Variables']['user'] }) => {
  const user = c.get('user')!;
  return { id: user.id, email: user.email };
};
expedienteRoutes
  .openapi(overview, async (c) => {
    const anio = c.req.valid('query').anio;
    const body = await expedienteBody(c.var.deps, {
      codigo: c.get('municipio'),
      ...(anio ? { anio } : {}),
    });
    c.header('Content-Type', 'application/json; charset=UTF-8');
    c.header('Vary', 'Accept-Encoding');
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return prebuilt(c.body(body.gzip, 200));
    }
    return prebuilt(c.body(body.json, 200));
  })
  .openapi(indicatorRoute, async (c) =>
    c.json(
      await indicatorDetail(c.var.deps, {
        codigo: c.get('municipio'),
        id: c.req.valid('param').indicadorId,
      }),
      200,
    ),
  )
  .openapi(catalogue, async (c) =>
    c.json(
      await adoptCatalogue(c.var.deps, {
        codigo: c.get('municipio'),
        actor: actorOf(c),
      }),
      200,
    ),
  )
  .openapi(indicator, async (c) =>
    c.json(
      await saveIndicator(c.var.deps, {
        codigo: c.get('municipio'),
        actor: actorOf(c),
        indicador: { id: c.req.valid('param').indicadorId, ...c.req.valid('json') } as Parameters<
          typeof saveIndicator
        >[1]['indicador'],
      }),
      200,
    ),
  )
  .openapi(measurements, async (c) =>
    c.json(
      await recordMeasurements(c.var.deps, {
        codigo: c.get('municipio'),
        actor: actorOf(c),
        mediciones: c.req.valid('json').mediciones,
      }),
      200,
    ),
  )
  .openapi(importRoute, async (c) => {
    const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    const archivo = form.archivo;
    if (!(archivo instanceof File))
      throw new AppError(
        'entrada_invalida',
        'Adjunte el archivo CSV o Excel en el campo «archivo» (multipart/form-data).',
      );
    const importer = IMPORTERS[c.req.valid('param').tipo];
    const bytes = new Uint8Array(await archivo.arrayBuffer());
    return c.json(
      await importer(c.var.deps, {
        codigo: c.get('municipio'),
        actor: actorOf(c),
        bytes,
      }),
      200,
    );
  })
  .openapi(developmentPlan, async (c) =>
    c.json(
      await saveDevelopmentPlan(c.var.deps, {
        codigo: c.get('municipio'),
        actor: actorOf(c),
        plan: c.req.valid('json'),
      }),
      200,
    ),
  )
  .openapi(projects, async (c) =>
    c.json(
      await saveProjects(c.var.deps, {
        codigo: c.get('municipio'),
        actor: actorOf(c),
        proyectos: c.req.valid('json').proyectos.map((p, i) => ({ ...p, linea: i + 1 })),
      }),
      200,
    ),
  )
  .openapi(sufficiency, async (c) => {
    await saveSufficiency(c.var.deps, {
      codigo: c.get('municipio'),
      actor: actorOf(c),
      respuestas: c.req.valid('json').respuestas as Parameters<
        typeof saveSufficiency
      >[1]['respuestas'],
    });
    return c.json({ guardado: true }, 200);
  })
  .openapi(conclusions, async (c) => {
    await saveConclusions(c.var.deps, {
      codigo: c.get('municipio'),
      actor: actorOf(c),
      anio: c.req.valid('param').anio,
      ...c.req.valid('json'),
    });
    return c.json({ guardado: true }, 200);
  })
  .openapi(archive, async (c) =>
    c.json(
      await searchArchive(c.var.deps, {
        codigo: c.get('municipio'),
        ...c.req.valid('query'),
      }),
      200,
    ),
  )
  .openapi(addToArchive, async (c) =>
    c.json(
      await addDocument(c.var.deps, {
        codigo: c.get('municipio'),
        actor: actorOf(c),
        documento: c.req.valid('json'),
      }),
      200,
    ),
  );
