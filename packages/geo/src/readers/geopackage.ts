import initSqlJs, { type Database, type SqlValue } from 'sql.js';
import wkx from 'wkx';

import { FeatureCollector, propertyValue } from './normalize';
import { epsgFromPrj } from './prj';
import { type LayerRead, LayerReadError, type PropertyValue, type ReadLayerOptions } from './types';

/**
 * wkx reads WKB from a Node Buffer. This package imports nothing from Node (ESLint), so the
 * server's global Buffer is used; GeoPackage reading is server-side only.
 */
interface BufferConstructorLike {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): Parameters<typeof wkx.Geometry.parse>[0];
}
function toBuffer(bytes: Uint8Array, offset: number): Parameters<typeof wkx.Geometry.parse>[0] {
  const NodeBuffer = (globalThis as { Buffer?: BufferConstructorLike }).Buffer;
  if (NodeBuffer === undefined) {
    throw new LayerReadError('La lectura de GeoPackage solo está disponible en el servidor.');
  }
  return NodeBuffer.from(bytes.buffer, bytes.byteOffset + offset, bytes.byteLength - offset);
}

let sqlJs: ReturnType<typeof initSqlJs> | null = null;

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

function rows(db: Database, sql: string, params: SqlValue[] = []): Record<string, SqlValue>[] {
  const statement = db.prepare(sql, params);
  const result: Record<string, SqlValue>[] = [];
  while (statement.step()) result.push(statement.getAsObject());
  statement.free();
  return result;
}

function featureTables(db: Database): string[] {
  const hasContents = rows(
    db,
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'",
  );
  if (hasContents.length === 0) {
    throw new LayerReadError(
      'El archivo es una base SQLite pero no un GeoPackage: no tiene la tabla gpkg_contents.',
    );
  }
  return rows(
    db,
    "SELECT table_name FROM gpkg_contents WHERE lower(data_type) = 'features' ORDER BY table_name",
  ).map((row) => String(row.table_name));
}

function chooseTable(tables: string[], options: ReadLayerOptions): string {
  if (tables.length === 0) throw new LayerReadError('El GeoPackage no tiene tablas de entidades.');
  if (options.table !== undefined) {
    if (!tables.includes(options.table)) {
      throw new LayerReadError(
        `El GeoPackage no tiene la tabla «${options.table}». Tablas disponibles: ${tables.join(', ')}.`,
      );
    }
    return options.table;
  }
  if (tables.length > 1) {
    throw new LayerReadError(
      `El GeoPackage tiene varias tablas de entidades; elija una: ${tables.join(', ')}.`,
    );
  }
  return tables[0] as string;
}

interface GeometryColumn {
  column: string;
  srsId: number;
}

function geometryColumn(db: Database, table: string): GeometryColumn {
  const [row] = rows(
    db,
    'SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?',
    [table],
  );
  if (row === undefined) {
    throw new LayerReadError(
      `La tabla «${table}» del GeoPackage no declara su columna de geometría.`,
    );
  }
  return { column: String(row.column_name), srsId: Number(row.srs_id) };
}

function epsgOf(db: Database, srsId: number): number | null {
  const [row] = rows(
    db,
    'SELECT srs_name, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?',
    [srsId],
  );
  if (row === undefined || srsId <= 0) return null;
  if (String(row.organization).toUpperCase() === 'EPSG')
    return Number(row.organization_coordsys_id);
  const match = epsgFromPrj(String(row.definition ?? ''));
  if (match.epsg === null) {
    throw new LayerReadError(
      `No se reconoce el sistema de coordenadas del GeoPackage («${match.name ?? String(row.srs_name)}»).`,
    );
  }
  return match.epsg;
}

const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** Decodes a GeoPackage geometry blob: the GP header (OGC 12-128, §2.1.3), then WKB by wkx. */
function decodeGeometry(blob: SqlValue, collector: FeatureCollector): unknown {
  if (!(blob instanceof Uint8Array)) return null;
  if (blob[0] !== 0x47 || blob[1] !== 0x50) {
    throw new LayerReadError('Una geometría del GeoPackage no tiene la cabecera GP del estándar.');
  }
  const flags = blob[3] ?? 0;
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 0x07];
  if (envelope === undefined) throw new LayerReadError('Una geometría del GeoPackage está dañada.');
  if ((flags & 0x10) !== 0) return null; // empty geometry
  const wkb = toBuffer(blob, 8 + envelope);
  let geometry: wkx.Geometry;
  try {
    geometry = wkx.Geometry.parse(wkb);
  } catch {
    throw new LayerReadError('Una geometría del GeoPackage está dañada (WKB ilegible).');
  }
  if (geometry.hasM || geometry.hasZ) collector.noteDroppedDimensions();
  return geometry.toGeoJSON();
}

function readTable(db: Database, table: string, geometry: GeometryColumn): FeatureCollector {
  const primaryKeys = new Set(
    rows(db, `PRAGMA table_info(${quote(table)})`)
      .filter((column) => Number(column.pk) > 0)
      .map((column) => String(column.name)),
  );
  const collector = new FeatureCollector();
  const statement = db.prepare(`SELECT * FROM ${quote(table)}`);
  try {
    while (statement.step()) {
      const row = statement.getAsObject();
      const properties: Record<string, PropertyValue> = {};
      for (const [key, value] of Object.entries(row)) {
        if (key === geometry.column || primaryKeys.has(key)) continue;
        properties[key] = value instanceof Uint8Array ? null : propertyValue(value);
      }
      collector.add(decodeGeometry(row[geometry.column] ?? null, collector), properties);
    }
  } finally {
    statement.free();
  }
  return collector;
}

function openDatabase(SQL: Awaited<ReturnType<typeof initSqlJs>>, bytes: Uint8Array): Database {
  try {
    const db = new SQL.Database(bytes);
    db.exec('SELECT count(*) FROM sqlite_master');
    return db;
  } catch {
    throw new LayerReadError('El GeoPackage está dañado: no es una base de datos SQLite legible.');
  }
}

/** Reads one feature table of a GeoPackage (sql.js: SQLite compiled to WebAssembly). */
export async function readGeoPackage(
  bytes: Uint8Array,
  options: ReadLayerOptions,
): Promise<LayerRead> {
  sqlJs ??= initSqlJs();
  const db = openDatabase(await sqlJs, bytes);
  try {
    const tables = featureTables(db);
    const table = chooseTable(tables, options);
    const geometry = geometryColumn(db, table);
    const epsg = epsgOf(db, geometry.srsId);
    const { features, notices } = readTable(db, table, geometry).finish();
    if (epsg === null) {
      notices.unshift(
        'El GeoPackage no declara el sistema de coordenadas de la tabla: indíquelo (EPSG).',
      );
    }
    return { format: 'geopackage', epsg, tables, table, features, notices };
  } catch (error) {
    if (error instanceof LayerReadError) throw error;
    throw new LayerReadError('El GeoPackage está dañado o no sigue el estándar OGC GeoPackage.');
  } finally {
    db.close();
  }
}
