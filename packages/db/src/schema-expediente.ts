/**
 * Drizzle mirror of migrations/202612040901_expediente.sql (the SQL is the source of truth):
 * indicators and measurements, programa de ejecución, sufficiency, DSE conclusions, archive;
 * 202612041201 (baseline taken from a layer) and 202612041202 (archive files).
 */
import {
  bigint,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';

import { timestamptz } from './schema';

/** Where an adopted baseline came from (a layer of the municipality, measured in EPSG:9377). */
export interface LineaBaseOrigen {
  tipo: 'capa';
  capas: { capaId: string; nombre: string; estudio: string | null; fecha: string | null }[];
  adoptadaEn: string;
}

export const expedienteIndicadores = pgTable(
  'expediente_indicadores',
  {
    municipalityId: text('municipality_id').notNull(),
    id: text('id').notNull(),
    nombre: text('nombre').notNull(),
    dimension: text('dimension').notNull(),
    definicion: text('definicion').notNull(),
    unidad: text('unidad').notNull(),
    formula: text('formula').notNull(),
    fuente: text('fuente').notNull(),
    sentido: text('sentido').notNull(),
    automatico: text('automatico'),
    lineaBase: doublePrecision('linea_base'),
    anioBase: integer('anio_base'),
    /** The layer the baseline was adopted from; null when typed by the office. */
    lineaBaseOrigen: jsonb('linea_base_origen').$type<LineaBaseOrigen>(),
    meta: doublePrecision('meta'),
    anioMeta: integer('anio_meta'),
    actualizadoPor: uuid('actualizado_por'),
    actualizadoEn: timestamptz('actualizado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const expedienteMediciones = pgTable(
  'expediente_mediciones',
  {
    municipalityId: text('municipality_id').notNull(),
    indicadorId: text('indicador_id').notNull(),
    anio: integer('anio').notNull(),
    valor: doublePrecision('valor').notNull(),
    evidencia: text('evidencia'),
    registradoPor: uuid('registrado_por'),
    registradoEn: timestamptz('registrado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.indicadorId, t.anio] })],
);

export const expedientePlanesDesarrollo = pgTable(
  'expediente_planes_desarrollo',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    nombre: text('nombre').notNull(),
    anioInicio: integer('anio_inicio').notNull(),
    anioFin: integer('anio_fin').notNull(),
    acto: text('acto'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const expedienteProyectos = pgTable(
  'expediente_proyectos',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    codigo: text('codigo').notNull(),
    nombre: text('nombre').notNull(),
    objetivo: text('objetivo'),
    plazo: text('plazo').notNull(),
    anioInicio: integer('anio_inicio').notNull(),
    anioFin: integer('anio_fin').notNull(),
    costoCop: bigint('costo_cop', { mode: 'number' }).notNull(),
    fuente: text('fuente').notNull(),
    entidadResponsable: text('entidad_responsable').notNull(),
    bpin: text('bpin'),
    actualizadoEn: timestamptz('actualizado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const expedienteEjecucion = pgTable(
  'expediente_ejecucion',
  {
    municipalityId: text('municipality_id').notNull(),
    proyectoId: uuid('proyecto_id').notNull(),
    anio: integer('anio').notNull(),
    avanceFisico: doublePrecision('avance_fisico').notNull(),
    ejecutadoCop: bigint('ejecutado_cop', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.proyectoId, t.anio] })],
);

export const expedienteProyectoPlanes = pgTable(
  'expediente_proyecto_planes',
  {
    municipalityId: text('municipality_id').notNull(),
    proyectoId: uuid('proyecto_id').notNull(),
    planDesarrolloId: uuid('plan_desarrollo_id').notNull(),
    programa: text('programa'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.proyectoId, t.planDesarrolloId] })],
);

export const expedienteSuficiencia = pgTable(
  'expediente_suficiencia',
  {
    municipalityId: text('municipality_id').notNull(),
    contenidoId: text('contenido_id').notNull(),
    respuesta: text('respuesta').notNull(),
    nota: text('nota'),
    actualizadoEn: timestamptz('actualizado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.contenidoId] })],
);

export const expedienteConclusiones = pgTable(
  'expediente_conclusiones',
  {
    municipalityId: text('municipality_id').notNull(),
    anio: integer('anio').notNull(),
    conclusiones: text('conclusiones').notNull(),
    recomendaciones: text('recomendaciones').notNull(),
    destinatarios: text('destinatarios').array(),
    actualizadoEn: timestamptz('actualizado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.anio] })],
);

export const expedienteDocumentos = pgTable(
  'expediente_documentos',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    serie: uuid('serie').notNull(),
    version: integer('version').notNull(),
    tipo: text('tipo').notNull(),
    titulo: text('titulo').notNull(),
    descripcion: text('descripcion').notNull(),
    fecha: date('fecha', { mode: 'string' }).notNull(),
    autor: text('autor'),
    referencia: text('referencia'),
    /** The version's file in the file store (null: reference only). */
    archivoSha256: text('archivo_sha256'),
    archivoNombre: text('archivo_nombre'),
    registradoPor: uuid('registrado_por'),
    registradoEn: timestamptz('registrado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);
