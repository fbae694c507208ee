import { z } from '@hono/zod-openapi';
import {
  EXECUTION_TERMS,
  FUNDING_SOURCES,
  INDICATOR_DIMENSIONS,
  REPORT_RECIPIENTS,
  SUFFICIENCY_ANSWERS,
} from '@ruta-pot/domain';

import { DOCUMENT_KINDS } from './archive-service';

const year = z
  .number({ error: 'El año debe ser un número.' })
  .int('El año debe ser un número entero.')
  .min(1990, 'El año debe ser 1990 o posterior.')
  .max(2100, 'El año debe ser anterior a 2100.');
const shortText = (max: number) => z.string().trim().max(max, `Máximo ${max} caracteres.`);

export const indicadorParam = z.object({
  codigo: z.string().regex(/^\d{5}$/),
  indicadorId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'El identificador usa minúsculas, números y guiones.')
    .openapi({ param: { name: 'indicadorId', in: 'path' } }),
});

export const indicatorBody = z
  .object({
    nombre: shortText(200).min(3, 'El nombre necesita al menos 3 caracteres.'),
    dimension: z.enum(INDICATOR_DIMENSIONS as [string, ...string[]]),
    unidad: shortText(40).min(1, 'Indique la unidad.'),
    sentido: z.enum(['aumentar', 'disminuir']),
    definicion: shortText(2000).optional(),
    formula: shortText(500).optional(),
    fuente: shortText(300).optional(),
    lineaBase: z.number().finite().nullable().optional(),
    anioBase: year.nullable().optional(),
    meta: z.number().finite().nullable().optional(),
    anioMeta: year.nullable().optional(),
  })
  .strict();

export const measurementsBody = z
  .object({
    mediciones: z
      .array(
        z
          .object({
            indicadorId: z.string().max(61),
            anio: year,
            valor: z.number({ error: 'El valor debe ser un número.' }).finite(),
            evidencia: shortText(500).nullable().optional(),
          })
          .strict(),
      )
      .min(1, 'Envíe al menos una medición.')
      .max(5000, 'Máximo 5.000 mediciones por envío.'),
  })
  .strict();

export const projectsBody = z
  .object({
    proyectos: z
      .array(
        z
          .object({
            codigo: shortText(40).min(1),
            nombre: shortText(300).min(3),
            objetivo: shortText(500).nullable().optional(),
            plazo: z.enum(EXECUTION_TERMS),
            anioInicio: year,
            anioFin: year,
            costoCop: z
              .number()
              .int('El costo va en pesos, sin decimales.')
              .min(0, 'El costo no puede ser negativo.'),
            fuente: z.enum(FUNDING_SOURCES),
            entidadResponsable: shortText(200).min(2),
            bpin: shortText(40).nullable().optional(),
            planesDesarrollo: z
              .array(z.object({ anioInicio: year, programa: shortText(300).nullable().optional() }))
              .max(5)
              .optional(),
            ejecucion: z
              .array(
                z.object({
                  anio: year,
                  avanceFisico: z.number().min(0).max(100),
                  ejecutadoCop: z.number().int().min(0),
                }),
              )
              .max(40)
              .optional(),
          })
          .strict(),
      )
      .min(1)
      .max(1000),
  })
  .strict();

export const developmentPlanBody = z
  .object({
    nombre: shortText(200).min(3),
    anioInicio: year,
    acto: shortText(200).nullable().optional(),
  })
  .strict();

export const sufficiencyBody = z
  .object({
    respuestas: z.record(z.string().max(60), z.enum(SUFFICIENCY_ANSWERS as [string, ...string[]])),
  })
  .strict();

export const conclusionsBody = z
  .object({
    conclusiones: shortText(20_000),
    recomendaciones: shortText(20_000),
    destinatarios: z.array(z.enum(REPORT_RECIPIENTS)).max(3).nullable().optional(),
  })
  .strict();

export const anioParam = z.object({
  codigo: z.string().regex(/^\d{5}$/),
  anio: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .openapi({ param: { name: 'anio', in: 'path' } }),
});

export const documentBody = z
  .object({
    serie: z.uuid().optional(),
    tipo: z.enum(DOCUMENT_KINDS),
    titulo: shortText(300).min(3, 'El título necesita al menos 3 caracteres.'),
    descripcion: shortText(2000).optional(),
    fecha: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use el formato AAAA-MM-DD.'),
    autor: shortText(200).nullable().optional(),
    referencia: shortText(500).nullable().optional(),
  })
  .strict();

export const importParam = z.object({
  codigo: z.string().regex(/^\d{5}$/),
  tipo: z
    .enum(['mediciones', 'proyectos', 'ejecucion'])
    .openapi({ param: { name: 'tipo', in: 'path' } }),
});

/** The overview is a read model for the web and the DSE; its full shape is in overview.ts. */
export const overviewSchema = z
  .looseObject({
    anio: z.number(),
    tipoPlan: z.string().nullable(),
    indicadores: z.array(z.looseObject({})),
  })
  .openapi('Expediente');
