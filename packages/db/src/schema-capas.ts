/**
 * Drizzle mirror of migrations/202612040701_capas.sql (issue 14; the SQL is the source of truth).
 * The features' `geom` (EPSG:9377) is read and written with SQL (ST_GeomFromGeoJSON,
 * ST_AsGeoJSON), so it is not mirrored here.
 */
import {
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';

import { timestamptz } from './schema';

/** Metadata of a layer: who made the study, which, at what scale, when, by whom. */
export interface CapaMetadatos {
  entidad?: string;
  estudio?: string;
  /** Scale denominator, e.g. 5000 for 1:5.000. */
  escala?: number;
  /** ISO date (AAAA-MM-DD). */
  fecha?: string;
  autor?: string;
}

export const capas = pgTable(
  'capas',
  {
    municipalityId: text('municipality_id').notNull(),
    id: uuid('id').notNull(),
    nombre: text('nombre').notNull(),
    tipo: text('tipo').notNull(),
    crsOrigen: integer('crs_origen').notNull(),
    formato: text('formato').notNull(),
    campoCategoria: text('campo_categoria'),
    metadatos: jsonb('metadatos').$type<CapaMetadatos>().notNull(),
    publica: boolean('publica').notNull(),
    entidades: integer('entidades').notNull(),
    /** Hectares, measured in EPSG:9377. */
    areaHa: doublePrecision('area_ha'),
    creadoEn: timestamptz('creado_en').notNull(),
    creadoPor: uuid('creado_por'),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] })],
);

export const capaEntidades = pgTable(
  'capa_entidades',
  {
    municipalityId: text('municipality_id').notNull(),
    capaId: uuid('capa_id').notNull(),
    id: integer('id').notNull(),
    categoria: text('categoria'),
    atributos: jsonb('atributos')
      .$type<Record<string, string | number | boolean | null>>()
      .notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.capaId, t.id] })],
);
