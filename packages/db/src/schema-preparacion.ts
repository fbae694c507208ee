/**
 * Drizzle mirror of migrations/202612040801_preparacion.sql (issue 16; the SQL is the source of
 * truth). The generated search column `busqueda` is read only through SQL, so it is not mirrored.
 */
import {
  bigint,
  date,
  doublePrecision,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';

import { timestamptz } from './schema';

/** A document attached to a bank case (ToR, actas, rulings): title and where to find it. */
export interface DocumentoCaso {
  tipo: string;
  titulo: string;
  referencia: string;
}

export const bancoCasos = pgTable('banco_casos', {
  id: uuid('id').primaryKey(),
  municipalityId: text('municipality_id').notNull(),
  municipio: text('municipio').notNull(),
  codigoDepartamento: text('codigo_departamento').notNull(),
  departamento: text('departamento').notNull(),
  tipoPlan: text('tipo_plan').notNull(),
  tipoRevision: text('tipo_revision').notNull(),
  anioInicio: integer('anio_inicio'),
  anioFin: integer('anio_fin'),
  costoCop: bigint('costo_cop', { mode: 'number' }),
  anioCosto: integer('anio_costo'),
  duracionMeses: numeric('duracion_meses', { mode: 'number' }),
  modalidad: text('modalidad'),
  resultado: text('resultado').notNull(),
  poblacion: integer('poblacion'),
  acto: text('acto'),
  objeto: text('objeto').notNull().default(''),
  lecciones: text('lecciones').notNull().default(''),
  documentos: jsonb('documentos').$type<DocumentoCaso[]>().notNull().default([]),
  fuente: text('fuente').notNull(),
  claveImportacion: text('clave_importacion'),
  estado: text('estado').notNull().default('borrador'),
  creadoPor: uuid('creado_por'),
  creadoEn: timestamptz('creado_en').notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const preparaciones = pgTable('preparaciones', {
  municipalityId: text('municipality_id').primaryKey(),
  tipoRevision: text('tipo_revision').notNull(),
  opcionSuburbano: text('opcion_suburbano').notNull().default('suburbano_1_5000'),
  modalidad: text('modalidad').notNull().default('concurso_meritos'),
  planDesarrollo: text('plan_desarrollo').notNull().default('no_sabe'),
  areaKm2: doublePrecision('area_km2'),
  areaFuente: text('area_fuente'),
  /** Year of the pesos of the cost and the terms (202612041203); null: latest IPC year. */
  anioPrecios: integer('anio_precios'),
  version: integer('version').notNull().default(1),
  actualizadoPor: uuid('actualizado_por'),
  actualizadoEn: timestamptz('actualizado_en').notNull().defaultNow(),
});

export const inventarioItems = pgTable(
  'inventario_items',
  {
    municipalityId: text('municipality_id').notNull(),
    itemId: text('item_id').notNull(),
    estado: text('estado').notNull(),
    archivo: text('archivo'),
    escala: text('escala'),
    fecha: date('fecha', { mode: 'string' }),
    notas: text('notas'),
    version: integer('version').notNull().default(1),
    actualizadoPor: uuid('actualizado_por'),
    actualizadoEn: timestamptz('actualizado_en').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.itemId] })],
);

export const solicitudesEntidades = pgTable(
  'solicitudes_entidades',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    itemId: text('item_id').notNull(),
    entidad: text('entidad').notNull(),
    tipo: text('tipo').notNull(),
    estado: text('estado').notNull(),
    radicado: text('radicado'),
    radicadaEn: date('radicada_en', { mode: 'string' }),
    venceEn: date('vence_en', { mode: 'string' }),
    respondidaEn: date('respondida_en', { mode: 'string' }),
    respuesta: text('respuesta'),
    /** Answer file (202612040802): sha256 in the file store and its display name. */
    respuestaSha256: text('respuesta_sha256'),
    respuestaArchivo: text('respuesta_archivo'),
    creadoPor: uuid('creado_por'),
    creadoEn: timestamptz('creado_en').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);
