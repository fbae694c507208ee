import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { CapaMetadatos } from '@ruta-pot/db';

import { defineRoute } from '../../http/authz';
import { sendGeneratedDocument } from '../../http/document-download';
import { AppError } from '../../http/errors';
import { sendPrebuiltJson } from '../../http/prebuilt-json';
import { type MunicipalRole, PARTICIPANT_ROLES } from '../../http/roles';
import { codigoParam, errorResponses, json } from '../../http/schemas';
import type { AppEnv } from '../../http/types';
import { sniffUpload } from '../ruta/sniff';
import { fileUploadBodyLimit, UPLOAD_LIMITS } from '../ruta/upload-limits';
import { analysisEvidenceRoutes } from './analysis-evidence-routes';
import { renderAnalysisReport, REPORT_MIME } from './analysis-report';
import { listAnalyses, readAnalysis, saveAnalysis } from './analysis-store';
import { importLayer, type ImportLayerInput, type InvalidGeometry } from './import-service';
import { layerFeature, layerFeatures, listLayers, updateLayer } from './layer-read';
import {
  analysisBody,
  analysisParams,
  analysisSchema,
  featureCollectionSchema,
  featureParams,
  featureQuery,
  importSchema,
  layerParams,
  layerSchema,
  patchBody,
  reportParams,
} from './schemas';
import { layerTileRoutes } from './tile-routes';
import { resumableUploads } from './upload-resumable';

/** Who builds the cartography: the mayor's office, the planning office and the consultant. */
export const LAYER_WRITERS: readonly MunicipalRole[] = ['alcaldia', 'planeacion', 'consultor'];
const readers = { kind: 'municipio', roles: PARTICIPANT_ROLES } as const;
const writers = { kind: 'municipio', roles: LAYER_WRITERS } as const;

const BASE = '/municipios/{codigo}/capas';
const list = defineRoute({
  method: 'get',
  path: BASE,
  policy: readers,
  summary: 'Capas del municipio con sus categorías, extensión y metadatos',
  request: { params: codigoParam },
  responses: { ...json(z.object({ capas: z.array(layerSchema) }), 'Capas'), ...errorResponses },
});
const upload = defineRoute({
  method: 'post',
  path: BASE,
  policy: writers,
  summary:
    'Importar una capa (GeoJSON, Shapefile en ZIP, GeoPackage o FlatGeobuf; máx. 25 MB), multipart: archivo (o subida, el id de una subida reanudable terminada), tipo, nombre?, crs?, tabla?, categoria?, reparar?, entidad?, estudio?, escala?, fecha?, autor?',
  description:
    'Geometrías no válidas: 400 con detalles.invalidas (reenvíe con reparar=si para repararlas); sin sistema de coordenadas: 400 con detalles.pideCrs; GeoPackage con varias tablas: 400 con detalles.tablas.',
  request: { params: codigoParam },
  responses: { ...json(importSchema, 'Capa importada'), ...errorResponses },
});
const features = defineRoute({
  method: 'get',
  path: `${BASE}/{capaId}/entidades`,
  policy: readers,
  summary: 'Entidades de una capa en un recuadro, simplificadas para el zoom (GeoJSON EPSG:4326)',
  request: { params: layerParams, query: featureQuery },
  responses: { ...json(featureCollectionSchema, 'Entidades'), ...errorResponses },
});
const feature = defineRoute({
  method: 'get',
  path: `${BASE}/{capaId}/entidades/{entidadId}`,
  policy: readers,
  summary: 'Una entidad con todos sus atributos y su área (identificar)',
  request: { params: featureParams },
  responses: {
    ...json(z.looseObject({ type: z.literal('Feature'), areaHa: z.number() }), 'Entidad'),
    ...errorResponses,
  },
});
const patch = defineRoute({
  method: 'patch',
  path: `${BASE}/{capaId}`,
  policy: writers,
  summary: 'Publicar o retirar una capa, renombrarla o corregir sus metadatos',
  request: {
    params: layerParams,
    body: { content: { 'application/json': { schema: patchBody } }, required: true },
  },
  responses: { ...json(layerSchema, 'Capa actualizada'), ...errorResponses },
});
const analyze = defineRoute({
  method: 'post',
  path: `${BASE}/analisis`,
  policy: writers,
  summary: 'Analizar suelo × amenaza y guardar el resultado',
  request: {
    params: codigoParam,
    body: { content: { 'application/json': { schema: analysisBody } }, required: true },
  },
  responses: { ...json(analysisSchema, 'Análisis guardado'), ...errorResponses },
});
const analyses = defineRoute({
  method: 'get',
  path: `${BASE}/analisis`,
  policy: readers,
  summary: 'Análisis de suelo × amenaza guardados',
  request: { params: codigoParam },
  responses: {
    ...json(z.object({ analisis: z.array(z.looseObject({ id: z.string() })) }), 'Análisis'),
    ...errorResponses,
  },
});
const analysis = defineRoute({
  method: 'get',
  path: `${BASE}/analisis/{id}`,
  policy: readers,
  summary: 'Un análisis de suelo × amenaza guardado',
  request: { params: analysisParams },
  responses: { ...json(analysisSchema, 'Análisis'), ...errorResponses },
});
const report = defineRoute({
  method: 'get',
  path: `${BASE}/analisis/{id}/informe/{formato}`,
  policy: readers,
  summary: 'Informe del análisis en DOCX (editable) o PDF',
  request: { params: reportParams },
  responses: { 200: { description: 'Informe' }, ...errorResponses },
});

const invalid = (mensaje: string, detalles?: Record<string, unknown>) =>
  new AppError('entrada_invalida', mensaje, detalles);

function text(form: Record<string, unknown>, name: string): string | undefined {
  const value = form[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function positiveInt(form: Record<string, unknown>, name: string, mensaje: string) {
  const value = text(form, name)
    ?.replace(/^epsg:/i, '')
    .replace(/^1:/, '')
    .replace(/\./g, '');
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw invalid(mensaje, { campo: name });
  return n;
}

function metadataOf(form: Record<string, unknown>): CapaMetadatos {
  const m: CapaMetadatos = {};
  for (const key of ['entidad', 'estudio', 'fecha', 'autor'] as const) {
    const value = text(form, key);
    if (value !== undefined) m[key] = value.slice(0, 300);
  }
  const escala = positiveInt(
    form,
    'escala',
    'La escala es el denominador de la escala del estudio (p. ej. 5000 para 1:5.000).',
  );
  if (escala !== undefined) m.escala = escala;
  return m;
}

const FGB_MAGIC = [0x66, 0x67, 0x62, 0x03];
const OFFICE_OR_IMAGE = new Set(['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'tiff']);
const NOT_A_LAYER =
  'El archivo no es una capa geográfica. Se admiten GeoJSON, Shapefile comprimido en .zip, GeoPackage (.gpkg) y FlatGeobuf (.fgb).';

/** The evidence checks: 25 MB, and ZIP archives pass the bomb and path checks. */
async function checkUpload(bytes: Uint8Array) {
  if (bytes.length > UPLOAD_LIMITS.maxBytes)
    throw new AppError(
      'carga_rechazada',
      'El archivo supera 25 MB. Divídalo o comprímalo y vuelva a intentarlo.',
    );
  if (FGB_MAGIC.every((b, i) => bytes[i] === b)) return;
  const sniffed = await sniffUpload(bytes);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!sniffed.ok && isZip) throw new AppError('carga_rechazada', sniffed.reason);
  if (sniffed.ok && OFFICE_OR_IMAGE.has(sniffed.kind))
    throw new AppError('carga_rechazada', NOT_A_LAYER);
  // Anything else is read (and refused when it is not a layer) by readLayer.
}

function lonLat(wkt: string | null): [number, number] | null {
  const match = wkt?.match(/POINT\s*\(\s*(-?[\d.eE+-]+)\s+(-?[\d.eE+-]+)\s*\)/);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** The importer's refusals in the contract's shape (invalidas, pideCrs, tablas). */
function explain(error: unknown, input: ImportLayerInput): unknown {
  if (!(error instanceof AppError) || error.code !== 'entrada_invalida') return error;
  const details = (error.details ?? {}) as Record<string, unknown>;
  const found = details.geometriasInvalidas as InvalidGeometry[] | undefined;
  if (found)
    return invalid(error.message, {
      invalidas: found.map((g) => ({
        elemento: g.elemento,
        motivo: g.motivo,
        ubicacion: lonLat(g.ubicacion),
      })),
    });
  if (
    details.campo === 'crs' &&
    input.epsg === undefined &&
    error.message.includes('no dice en qué sistema de coordenadas')
  )
    return invalid(error.message, { ...details, pideCrs: true });
  const tables = error.message.match(/(?:elija una|Tablas disponibles): (.+)\.$/);
  if (details.campo === 'archivo' && tables?.[1])
    return invalid(error.message, { ...details, tablas: tables[1].split(', ') });
  return error;
}

/** The file sent in the form itself (the one-shot upload of the CLI and small files). */
async function attached(form: Record<string, unknown>) {
  const archivo = form.archivo;
  if (!(archivo instanceof File))
    throw invalid(
      'Adjunte la capa en el campo «archivo» (multipart/form-data) o indique la subida terminada en «subida».',
      { campo: 'archivo' },
    );
  return { bytes: new Uint8Array(await archivo.arrayBuffer()), fileName: archivo.name || 'capa' };
}

type Ctx = { get: <K extends keyof AppEnv['Variables']>(k: K) => AppEnv['Variables'][K] };
const actorOf = (c: Ctx) => {
  const user = c.get('user')!;
  return { id: user.id, label: user.email };
};

export const capasRoutes = new OpenAPIHono<AppEnv>();
capasRoutes.use('/municipios/:codigo/capas', fileUploadBodyLimit());
capasRoutes
  .openapi(list, async (c) => c.json(await listLayers(c.var.deps, c.get('municipio')), 200))
  .openapi(upload, async (c) => {
    const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}));
    const tipo = text(form, 'tipo');
    // A finished resumable upload (ADR 0028) stands for the file: the prompts' answers come
    // back with its id and the file is never sent twice.
    const subida = text(form, 'subida');
    const uploads = resumableUploads(c.var.deps);
    const owner = { codigo: c.get('municipio'), usuario: c.get('user')!.id };
    const source = subida === undefined ? await attached(form) : null;
    if (tipo === undefined)
      throw invalid('Indique el tipo de capa (campo «tipo»).', { campo: 'tipo' });
    const { bytes, fileName } = source ?? (await uploads.completedFile(subida!, owner));
    await checkUpload(bytes);
    const reparar = text(form, 'reparar');
    const input: ImportLayerInput = {
      codigo: c.get('municipio'),
      bytes,
      fileName,
      tipo,
      nombre: text(form, 'nombre'),
      epsg: positiveInt(form, 'crs', 'El sistema de coordenadas va como código EPSG, p. ej. 9377.'),
      tabla: text(form, 'tabla'),
      campoCategoria: text(form, 'categoria'),
      reparar: reparar !== undefined && /^(si|sí|true|1)$/i.test(reparar),
      metadatos: metadataOf(form),
      actor: actorOf(c),
    };
    try {
      const result = await importLayer(c.var.deps, input);
      if (subida !== undefined) await uploads.discard(subida);
      return c.json(result, 200);
    } catch (error) {
      throw explain(error, input);
    }
  })
  .openapi(analyses, async (c) => c.json(await listAnalyses(c.var.deps, c.get('municipio')), 200))
  .openapi(analyze, async (c) => {
    const body = c.req.valid('json');
    const saved = await saveAnalysis(c.var.deps, {
      codigo: c.get('municipio'),
      suelo: body.suelo,
      amenaza: body.amenaza,
      actor: actorOf(c),
    });
    return c.json(saved, 200);
  })
  .openapi(analysis, async (c) =>
    c.json(
      await readAnalysis(c.var.deps, {
        codigo: c.get('municipio'),
        id: c.req.valid('param').id,
      }),
      200,
    ),
  )
  .openapi(report, async (c) => {
    const { id, formato } = c.req.valid('param');
    const { bytes, fileName } = await renderAnalysisReport(c.var.deps, {
      codigo: c.get('municipio'),
      id,
      formato,
    });
    return sendGeneratedDocument(c, { bytes, mime: REPORT_MIME[formato], fileName });
  })
  .openapi(features, async (c) => {
    const { capaId } = c.req.valid('param');
    const query = c.req.valid('query');
    const body = await layerFeatures(c.var.deps, {
      codigo: c.get('municipio'),
      capaId,
      bbox: query.bbox,
      zoom: query.zoom,
      limite: query.limite,
    });
    return sendPrebuiltJson(c, body) as never;
  })
  .openapi(feature, async (c) => {
    const { capaId, entidadId } = c.req.valid('param');
    return c.json(
      await layerFeature(c.var.deps, {
        codigo: c.get('municipio'),
        capaId,
        entidadId,
      }),
      200,
    );
  })
  .openapi(patch, async (c) => {
    const change = c.req.valid('json');
    return c.json(
      await updateLayer(c.var.deps, {
        codigo: c.get('municipio'),
        capaId: c.req.valid('param').capaId,
        change,
        actor: actorOf(c),
      }),
      200,
    );
  });
capasRoutes.route('/', layerTileRoutes).route('/', analysisEvidenceRoutes);
