import initSqlJs, { type Database, type SqlValue } from 'sql.js';

import { columnsOf, type ColumnType, type LayerDump, type LayerRow } from './layer-rows';

let sqlJs: ReturnType<typeof initSqlJs> | null = null;

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

const SQL_TYPE: Record<ColumnType, string> = {
  integer: 'INTEGER',
  real: 'DOUBLE',
  boolean: 'BOOLEAN',
  text: 'TEXT',
};

/** GeoPackage geometry type name of the layer (its features are all of one kind, ADR 0024). */
function geometryTypeName(rows: readonly LayerRow[]): string {
  const types = new Set(rows.map((r) => (JSON.parse(r.geojson) as { type: string }).type));
  return types.size === 1 ? [...types][0]!.toUpperCase() : 'GEOMETRY';
}

/** GeoPackage binary: header `GP`, version 0, little-endian with an XY envelope, SRS id, WKB. */
function gpkgGeometry(row: LayerRow, srsId: number): Uint8Array {
  const header = new DataView(new ArrayBuffer(8 + 32));
  header.setUint8(0, 0x47);
  header.setUint8(1, 0x50);
  header.setUint8(2, 0);
  header.setUint8(3, 0b0000_0011);
  header.setInt32(4, srsId, true);
  const [x0, y0, x1, y1] = row.envelope;
  [x0, x1, y0, y1].forEach((v, i) => header.setFloat64(8 + i * 8, v, true));
  const out = new Uint8Array(header.byteLength + row.wkb.byteLength);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(row.wkb, header.byteLength);
  return out;
}

function createMetadata(db: Database, input: { wkt: string; table: string; geometryType: string }) {
  db.run(`PRAGMA application_id = 1196444487; PRAGMA user_version = 10301;
    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
      organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
      definition TEXT NOT NULL, description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
      identifier TEXT UNIQUE, description TEXT DEFAULT '',
      last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
      srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
      geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,
      m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));`);
  const srs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
  for (const values of [
    [
      'Undefined cartesian SRS',
      -1,
      'NONE',
      -1,
      'undefined',
      'undefined cartesian coordinate reference system',
    ],
    [
      'Undefined geographic SRS',
      0,
      'NONE',
      0,
      'undefined',
      'undefined geographic coordinate reference system',
    ],
    [
      'WGS 84 geodetic',
      4326,
      'EPSG',
      4326,
      'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]',
      'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid',
    ],
    ['MAGNA-SIRGAS 2018 / Origen-Nacional', 9377, 'EPSG', 9377, input.wkt, 'CTM12 (ADR 0005)'],
  ] as SqlValue[][])
    srs.run(values);
  srs.free();
  db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, 9377, 0, 0)', [
    input.table,
    'geom',
    input.geometryType,
  ]);
}

/** Column names unique and distinct from the fid and geometry columns. */
function columnNames(names: readonly string[]): string[] {
  const used = new Set(['fid', 'geom']);
  return names.map((name) => {
    let candidate = name.trim() || 'campo';
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

const cell = (value: string | number | boolean | null | undefined): SqlValue =>
  value === undefined || value === null ? null : typeof value === 'boolean' ? Number(value) : value;

/**
 * The layer as a GeoPackage 1.3 (one feature table, EPSG:9377), built in memory with sql.js:
 * the same SQLite in WebAssembly that reads GeoPackages on import (ADR 0024).
 */
export async function buildGeoPackage(
  dump: LayerDump,
  layer: { table: string; title: string; description: string },
): Promise<Uint8Array> {
  sqlJs ??= initSqlJs();
  const db = new (await sqlJs).Database();
  try {
    const columns = columnsOf(dump.rows);
    const names = columnNames(columns.map((c) => c.name));
    const table = layer.table;
    createMetadata(db, { wkt: dump.wkt9377, table, geometryType: geometryTypeName(dump.rows) });
    const defs = columns.map((c, i) => `${quote(names[i]!)} ${SQL_TYPE[c.type]}`);
    db.run(
      `CREATE TABLE ${quote(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom GEOMETRY${defs.map((d) => `, ${d}`).join('')})`,
    );
    const placeholders = ['?', '?', ...columns.map(() => '?')].join(', ');
    const insert = db.prepare(`INSERT INTO ${quote(table)} VALUES (${placeholders})`);
    db.run('BEGIN');
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const row of dump.rows) {
      insert.run([
        row.id,
        gpkgGeometry(row, 9377),
        ...columns.map((c) => cell(row.properties[c.name])),
      ]);
      row.envelope.forEach(
        (v, i) => (box[i] = i < 2 ? Math.min(box[i]!, v) : Math.max(box[i]!, v)),
      );
    }
    insert.free();
    db.run('COMMIT');
    const extent = box.every(Number.isFinite) ? box : [null, null, null, null];
    db.run(
      `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
       VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 9377)`,
      [table, layer.title, layer.description, ...extent],
    );
    return db.export();
  } finally {
    db.close();
  }
}
