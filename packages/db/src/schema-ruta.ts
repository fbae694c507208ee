/** Drizzle definitions for migrations/202611240001_ruta_procesos.sql (La Ruta, issue 4). */
import { and, eq } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';

import { timestamptz } from './schema';

export const procesos = pgTable(
  'procesos',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    tipoRevision: text('tipo_revision').notNull(),
    tipoPlan: text('tipo_plan').notNull(),
    estado: text('estado').notNull().default('en_curso'),
    etapaActual: text('etapa_actual').notNull(),
    fechaBase: date('fecha_base', { mode: 'string' }).notNull(),
    iniciadoEn: timestamptz('iniciado_en').notNull(),
    iniciadoPor: uuid('iniciado_por'),
    version: integer('version').notNull().default(1),
    consultaPrevia: text('consulta_previa').notNull().default('sin_determinar'),
    consultaPreviaMotivo: text('consulta_previa_motivo'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const itemsProceso = pgTable(
  'items_proceso',
  {
    municipalityId: text('municipality_id').notNull(),
    procesoId: uuid('proceso_id').notNull(),
    id: text('id').notNull(),
    etapa: text('etapa').notNull(),
    orden: integer('orden').notNull(),
    nombre: text('nombre').notNull(),
    descripcion: text('descripcion').notNull(),
    requerido: boolean('requerido').notNull(),
    condicion: text('condicion'),
    escalas: jsonb('escalas').$type<string[]>().notNull(),
    citas: jsonb('citas').$type<unknown[]>().notNull(),
    responsableId: uuid('responsable_id'),
    responsableRol: text('responsable_rol'),
    venceEl: date('vence_el', { mode: 'string' }),
    estado: text('estado').notNull().default('pendiente'),
    motivoNoAplica: text('motivo_no_aplica'),
    version: integer('version').notNull().default(1),
    actualizadoEn: timestamptz('actualizado_en').notNull().defaultNow(),
    actualizadoPor: uuid('actualizado_por'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.procesoId, t.id] })],
);

export const archivos = pgTable(
  'archivos',
  {
    municipalityId: text('municipality_id').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    tipoMime: text('tipo_mime').notNull(),
    creadoEn: timestamptz('creado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.sha256] })],
);

export const evidencias = pgTable(
  'evidencias',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    procesoId: uuid('proceso_id').notNull(),
    itemId: text('item_id').notNull(),
    version: integer('version').notNull(),
    nombreArchivo: text('nombre_archivo').notNull(),
    sha256: text('sha256').notNull(),
    subidoPor: uuid('subido_por').notNull(),
    subidoEn: timestamptz('subido_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

/**
 * Joins an evidence to its stored file: the bytes are kept once per municipality and SHA-256, so
 * two versions (or two items) with the same content share one `archivos` row.
 */
export const evidenceFile = and(
  eq(archivos.municipalityId, evidencias.municipalityId),
  eq(archivos.sha256, evidencias.sha256),
);

export const conceptosRevision = pgTable(
  'conceptos_revision',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    procesoId: uuid('proceso_id').notNull(),
    itemId: text('item_id').notNull(),
    revisorId: uuid('revisor_id').notNull(),
    calidad: text('calidad').notNull(),
    suficiencia: text('suficiencia').notNull(),
    pertinencia: text('pertinencia').notNull(),
    comentarios: text('comentarios').notNull(),
    decision: text('decision').notNull(),
    emitidoEn: timestamptz('emitido_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const eventosTramite = pgTable(
  'eventos_tramite',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    procesoId: uuid('proceso_id').notNull(),
    tipo: text('tipo').notNull(),
    fecha: date('fecha', { mode: 'string' }).notNull(),
    tramite: text('tramite'),
    venceEl: date('vence_el', { mode: 'string' }),
    tipoDias: text('tipo_dias'),
    citas: jsonb('citas').$type<unknown[]>().notNull(),
    nota: text('nota'),
    evidenciaId: uuid('evidencia_id'),
    registradoPor: uuid('registrado_por').notNull(),
    registradoEn: timestamptz('registrado_en').notNull(),
    anuladoEn: timestamptz('anulado_en'),
    anuladoPor: uuid('anulado_por'),
    motivoAnulacion: text('motivo_anulacion'),
    reemplazaA: uuid('reemplaza_a'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);
