/**
 * Drizzle mirror of migrations/202612040601_participacion.sql (the SQL is the source of truth).
 * The aporte's `geom` (EPSG:9377) is read and written with SQL (ST_GeomFromGeoJSON/ST_AsGeoJSON),
 * so it is not mirrored here. Personal data columns: autor_*, contacto, asistencia (Ley 1581).
 */
import {
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

export const participacionEventos = pgTable(
  'participacion_eventos',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    tipo: text('tipo').notNull(),
    titulo: text('titulo').notNull(),
    fecha: date('fecha', { mode: 'string' }).notNull(),
    lugar: text('lugar').notNull(),
    agenda: text('agenda').notNull(),
    convocatoriaPublicadaEn: date('convocatoria_publicada_en', { mode: 'string' }),
    convocatoriaEvidencia: text('convocatoria_evidencia'),
    actaEvidencia: text('acta_evidencia'),
    asistentes: integer('asistentes').notNull(),
    creadoEn: timestamptz('creado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const participacionGrupos = pgTable(
  'participacion_grupos',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    codigo: text('codigo').notNull(),
    tema: text('tema').notNull(),
    creadoEn: timestamptz('creado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const participacionAportes = pgTable(
  'participacion_aportes',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    codigo: text('codigo').notNull(),
    origen: text('origen').notNull(),
    estado: text('estado').notNull(),
    texto: text('texto').notNull(),
    autorNombre: text('autor_nombre'),
    autorCorreo: text('autor_correo'),
    cuentaId: uuid('cuenta_id'),
    consentimientoVersion: text('consentimiento_version'),
    confirmacionHash: text('confirmacion_hash'),
    seguimientoHash: text('seguimiento_hash'),
    origenRedHash: text('origen_red_hash'),
    tema: text('tema'),
    etapa: text('etapa'),
    documento: text('documento'),
    articulo: text('articulo'),
    capa: text('capa'),
    grupoId: uuid('grupo_id'),
    eventoId: uuid('evento_id'),
    esPeticion: boolean('es_peticion').notNull(),
    tipoPeticion: text('tipo_peticion'),
    radicado: text('radicado'),
    recibidoEn: date('recibido_en', { mode: 'string' }).notNull(),
    venceEn: date('vence_en', { mode: 'string' }),
    creadoEn: timestamptz('creado_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const participacionRespuestas = pgTable(
  'participacion_respuestas',
  {
    municipalityId: text('municipality_id').notNull(),
    aporteId: uuid('aporte_id').notNull(),
    resultado: text('resultado').notNull(),
    razones: text('razones').notNull(),
    documentoVersion: text('documento_version'),
    articulo: text('articulo'),
    elementoMapa: text('elemento_mapa'),
    respondidoPor: uuid('respondido_por'),
    respondidoEn: timestamptz('respondido_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.aporteId] })],
);

export const participacionLineaTiempo = pgTable(
  'participacion_linea_tiempo',
  {
    municipalityId: text('municipality_id').notNull(),
    aporteId: uuid('aporte_id').notNull(),
    id: uuid('id').notNull(),
    tipo: text('tipo').notNull(),
    en: timestamptz('en').notNull(),
    detalle: jsonb('detalle').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const participacionRondasCar = pgTable(
  'participacion_rondas_car',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    numero: integer('numero').notNull(),
    estado: text('estado').notNull(),
    radicadaEn: date('radicada_en', { mode: 'string' }).notNull(),
    actaFecha: date('acta_fecha', { mode: 'string' }),
    actaEvidencia: text('acta_evidencia'),
    puntosDesacuerdo: text('puntos_desacuerdo'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const participacionObservacionesCar = pgTable(
  'participacion_observaciones_car',
  {
    municipalityId: text('municipality_id').notNull(),
    rondaId: uuid('ronda_id').notNull(),
    id: uuid('id').notNull(),
    tema: text('tema').notNull(),
    texto: text('texto').notNull(),
    respuesta: text('respuesta'),
    registradaEn: timestamptz('registrada_en').notNull(),
    respondidaEn: timestamptz('respondida_en'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const participacionConceptoCtp = pgTable('participacion_concepto_ctp', {
  municipalityId: text('municipality_id').primaryKey(),
  recibidoProyectoEn: date('recibido_proyecto_en', { mode: 'string' }).notNull(),
  conceptoEn: date('concepto_en', { mode: 'string' }),
  concepto: text('concepto'),
  evidencia: text('evidencia'),
});

export const participacionConcejo = pgTable(
  'participacion_concejo',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    tipo: text('tipo').notNull(),
    fecha: date('fecha', { mode: 'string' }).notNull(),
    descripcion: text('descripcion').notNull(),
    decision: text('decision'),
    evidencia: text('evidencia'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);
