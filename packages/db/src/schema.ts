/**
 * Drizzle table definitions mirroring migrations/*.sql. The SQL files are the source of truth;
 * these definitions only give typed queries (docs/adr/0004-database-layer.md).
 */
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** A `timestamptz` column read as a Date (shared by every schema file). */
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const municipios = pgTable('municipios', {
  codigo: text('codigo').primaryKey(),
  nombre: text('nombre').notNull(),
  codigoDepartamento: text('codigo_departamento').notNull(),
  departamento: text('departamento').notNull(),
  tipo: text('tipo'),
  latitud: doublePrecision('latitud'),
  longitud: doublePrecision('longitud'),
  actualizadoEn: timestamptz('actualizado_en').notNull().defaultNow(),
});

export const poblacionMunicipal = pgTable(
  'poblacion_municipal',
  {
    codigo: text('codigo').notNull(),
    anio: integer('anio').notNull(),
    poblacion: integer('poblacion').notNull(),
    hombres: integer('hombres'),
    mujeres: integer('mujeres'),
    fuente: text('fuente').notNull(),
  },
  (t) => [primaryKey({ columns: [t.codigo, t.anio] })],
);

export const autoridadesAmbientales = pgTable('autoridades_ambientales', {
  id: text('id').primaryKey(),
  sigla: text('sigla').notNull(),
  nombre: text('nombre').notNull(),
});

export const usuarios = pgTable('usuarios', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull(),
  nombre: text('nombre').notNull(),
  hashContrasena: text('hash_contrasena').notNull(),
  esAdministrador: boolean('es_administrador').notNull().default(false),
  autoridadAmbientalId: text('autoridad_ambiental_id'),
  creadoEn: timestamptz('creado_en').notNull().defaultNow(),
  activo: boolean('activo').notNull().default(true),
  desactivadoEn: timestamptz('desactivado_en'),
  esCiudadano: boolean('es_ciudadano').notNull().default(false),
});

export const sesiones = pgTable('sesiones', {
  tokenHash: text('token_hash').primaryKey(),
  usuarioId: uuid('usuario_id').notNull(),
  creadaEn: timestamptz('creada_en').notNull(),
  expiraEn: timestamptz('expira_en').notNull(),
});

export const membresias = pgTable(
  'membresias',
  {
    municipalityId: text('municipality_id').notNull(),
    usuarioId: uuid('usuario_id').notNull(),
    rol: text('rol').notNull(),
    otorgadaPor: uuid('otorgada_por'),
    expiraEn: timestamptz('expira_en'),
    creadaEn: timestamptz('creada_en').notNull().defaultNow(),
    iniciaEn: timestamptz('inicia_en'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.usuarioId, t.rol] })],
);

export const jurisdiccionesAmbientales = pgTable(
  'jurisdicciones_ambientales',
  {
    municipalityId: text('municipality_id').notNull(),
    autoridadId: text('autoridad_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.autoridadId] })],
);

export const planesVigentes = pgTable('planes_vigentes', {
  municipalityId: text('municipality_id').primaryKey(),
  instrumento: text('instrumento').notNull(),
  adopcion: date('adopcion', { mode: 'string' }).notNull(),
  revisionGeneral: date('revision_general', { mode: 'string' }),
  vigenciaLargoDeclarada: date('vigencia_largo_declarada', { mode: 'string' }),
  version: integer('version').notNull().default(1),
  actualizadoPor: uuid('actualizado_por'),
  actualizadoEn: timestamptz('actualizado_en').notNull().defaultNow(),
});

export const auditoria = pgTable(
  'auditoria',
  {
    municipalityId: text('municipality_id').notNull(),
    secuencia: bigint('secuencia', { mode: 'number' }).notNull(),
    ocurridoEn: timestamptz('ocurrido_en').notNull(),
    actorId: uuid('actor_id'),
    actor: text('actor').notNull(),
    accion: text('accion').notNull(),
    objeto: text('objeto').notNull(),
    detalle: jsonb('detalle').$type<Record<string, unknown>>().notNull(),
    hashAnterior: text('hash_anterior').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.secuencia] })],
);

export const auditoriaCabezas = pgTable('auditoria_cabezas', {
  municipalityId: text('municipality_id').primaryKey(),
  ultimaSecuencia: bigint('ultima_secuencia', { mode: 'number' }).notNull(),
  ultimoHash: text('ultimo_hash').notNull(),
});

export const schema = {
  municipios,
  poblacionMunicipal,
  autoridadesAmbientales,
  usuarios,
  sesiones,
  membresias,
  jurisdiccionesAmbientales,
  planesVigentes,
  auditoria,
  auditoriaCabezas,
};
