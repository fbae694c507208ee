import { z } from '@hono/zod-openapi';

import { codigoParam } from '../../http/schemas';
import { REPORT_FORMATS } from './analysis-report';
import { type Bbox, FEATURE_PAGE } from './layer-read';

/** Request and response schemas of the layers API (issue 14; contrato-cartografia §3). */

const uuid = (name: string) =>
  z
    .string()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      'El identificador no es válido.',
    )
    .openapi({ param: { name, in: 'path' } });
export const layerParams = codigoParam.extend({ capaId: uuid('capaId') });
export const featureParams = layerParams.extend({
  entidadId: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'entidadId', in: 'path' } }),
});
export const analysisParams = codigoParam.extend({ id: uuid('id') });
export const reportParams = analysisParams.extend({
  formato: z.enum(REPORT_FORMATS).openapi({ param: { name: 'formato', in: 'path' } }),
});

const BBOX_MESSAGE =
  'El recuadro va como minLon,minLat,maxLon,maxLat en grados (EPSG:4326), p. ej. -75.7,4.8,-75.5,4.95.';
export const featureQuery = z.object({
  bbox: z
    .string()
    .optional()
    .transform((value, ctx): Bbox | undefined => {
      if (value === undefined || value.trim() === '') return undefined;
      const parts = value.split(',').map((v) => Number(v.trim()));
      const [x0, y0, x1, y1] = parts as Bbox;
      const ok =
        parts.length === 4 &&
        parts.every(Number.isFinite) &&
        x0 < x1 &&
        y0 < y1 &&
        x0 >= -180 &&
        x1 <= 180 &&
        y0 >= -90 &&
        y1 <= 90;
      if (!ok) {
        ctx.addIssue({ code: 'custom', message: BBOX_MESSAGE });
        return z.NEVER;
      }
      return [x0, y0, x1, y1];
    }),
  zoom: z.coerce.number().int().min(0).max(22).default(12),
  limite: z.coerce.number().int().min(1).max(FEATURE_PAGE.max).default(FEATURE_PAGE.default),
});

const metadataSchema = z.object({
  entidad: z.string().max(300).nullable(),
  estudio: z.string().max(300).nullable(),
  escala: z.number().int().positive().nullable(),
  fecha: z.string().nullable(),
  autor: z.string().max(300).nullable(),
});
export const layerSchema = z
  .looseObject({
    id: z.string(),
    nombre: z.string(),
    tipo: z.string(),
    tipoEtiqueta: z.string(),
    entidades: z.number(),
    areaHa: z.number().nullable(),
    crsOrigen: z.number(),
    formato: z.string(),
    publica: z.boolean(),
    metadatos: metadataSchema,
    categorias: z.array(
      z.object({
        valor: z.string().nullable(),
        etiqueta: z.string(),
        areaHa: z.number(),
        entidades: z.number(),
      }),
    ),
    bbox: z.array(z.number()).nullable(),
    creadoEn: z.string(),
  })
  .openapi('Capa');
export const featureCollectionSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.looseObject({ type: z.literal('Feature') })),
  numberMatched: z.number(),
  numberReturned: z.number(),
  truncated: z.boolean(),
});
export const importSchema = z.looseObject({
  capaId: z.string(),
  entidades: z.number(),
  crsOrigen: z.number(),
  areaHa: z.number(),
  areaPorCategoriaHa: z.record(z.string(), z.number()),
  avisos: z.array(z.string()),
});
const fecha = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'La fecha del estudio va en formato AAAA-MM-DD.');
export const patchBody = z.strictObject({
  publica: z.boolean().optional(),
  nombre: z.string().trim().min(1).max(200).optional(),
  metadatos: z
    .strictObject({
      entidad: z.string().trim().max(300).nullable().optional(),
      estudio: z.string().trim().max(300).nullable().optional(),
      escala: z
        .number()
        .int('La escala es el denominador, p. ej. 5000 para 1:5.000.')
        .positive()
        .nullable()
        .optional(),
      fecha: fecha.nullable().optional(),
      autor: z.string().trim().max(300).nullable().optional(),
    })
    .optional(),
});
export const analysisBody = z.strictObject({
  suelo: z.string().trim().min(1).max(200),
  amenaza: z.string().trim().min(1).max(200),
});
export const analysisSchema = z
  .looseObject({
    id: z.string(),
    suelo: z.string(),
    amenaza: z.string(),
    creadoEn: z.string(),
    tabla: z.array(z.looseObject({ clase: z.string(), categoria: z.string(), ha: z.number() })),
    totalHa: z.number(),
    condicionAmenaza: z.object({ ha: z.number(), porClase: z.record(z.string(), z.number()) }),
    condicionRiesgo: z
      .object({
        ha: z.number(),
        prediosHa: z.number().nullable(),
        elementosHa: z.number().nullable(),
      })
      .nullable(),
    prediosExpuestos: z.array(z.looseObject({ codigo: z.string().nullable() })),
    prediosTotal: z.number(),
    escala: z.array(z.looseObject({ capaId: z.string() })),
  })
  .openapi('AnalisisSueloAmenaza');
