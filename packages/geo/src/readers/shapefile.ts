import { open } from 'shapefile';

import { FeatureCollector, propertiesOf } from './normalize';
import { epsgFromPrj } from './prj';
import { decodeUtf8, decodeUtf8Strict } from './text';
import { type LayerRead, LayerReadError, type ReadLayerOptions } from './types';
import { unzipLayer } from './zip';

const MEMBER = /\.(shp|shx|dbf|prj|cpg)$/i;

/** Whether a ZIP entry can belong to a Shapefile (not a folder, not macOS metadata). */
function isMember(name: string): boolean {
  const base = name.split('/').pop() ?? '';
  return MEMBER.test(name) && !name.startsWith('__MACOSX/') && !base.startsWith('.');
}

interface Shapefile {
  /** Path in the ZIP without extension. */
  stem: string;
  parts: Partial<Record<'shp' | 'shx' | 'dbf' | 'prj' | 'cpg', Uint8Array>>;
}

/** The Shapefiles of a ZIP, by their path without extension (case-insensitive). */
function shapefilesOf(files: Record<string, Uint8Array>): Shapefile[] {
  const byStem = new Map<string, Shapefile>();
  for (const [name, content] of Object.entries(files)) {
    const stem = name.replace(MEMBER, '');
    const extension = name.slice(stem.length + 1).toLowerCase() as keyof Shapefile['parts'];
    const shapefile = byStem.get(stem.toLowerCase()) ?? { stem, parts: {} };
    shapefile.parts[extension] = content;
    byStem.set(stem.toLowerCase(), shapefile);
  }
  return [...byStem.values()].filter((shapefile) => shapefile.parts.shp !== undefined);
}

function choose(shapefiles: Shapefile[], options: ReadLayerOptions): Shapefile {
  const names = shapefiles.map((shapefile) => shapefile.stem);
  if (shapefiles.length === 0) {
    throw new LayerReadError(
      'El ZIP no contiene ningún Shapefile (.shp). Incluya los archivos .shp, .shx, .dbf y .prj.',
    );
  }
  if (options.table !== undefined) {
    const chosen = shapefiles.find(
      (shapefile) =>
        shapefile.stem === options.table || shapefile.stem.split('/').pop() === options.table,
    );
    if (chosen === undefined) {
      throw new LayerReadError(
        `El ZIP no contiene la capa «${options.table}». Capas disponibles: ${names.join(', ')}.`,
      );
    }
    return chosen;
  }
  if (shapefiles.length > 1) {
    throw new LayerReadError(`El ZIP contiene varias capas; elija una: ${names.join(', ')}.`);
  }
  return shapefiles[0] as Shapefile;
}

/** WHATWG encoding labels for the code pages a .cpg names. */
function encodingOfCpg(cpg: Uint8Array): string | null {
  const label = decodeUtf8(cpg)
    .trim()
    .toUpperCase()
    .replace(/^ANSI\s*/, '');
  if (/^(UTF-?8|65001)$/.test(label)) return 'utf-8';
  if (/^(1252|CP1252|WINDOWS-1252)$/.test(label)) return 'windows-1252';
  if (/^(8859-?1|88591|ISO-?8859-?1|LATIN-?1)$/.test(label)) return 'iso-8859-1';
  return null;
}

interface Encoding {
  label: string;
  notice: string | null;
}

/** The DBF's encoding: the .cpg when present, else UTF-8 when its bytes are valid UTF-8, else Windows-1252. */
function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): Encoding {
  if (cpg !== undefined) {
    const label = encodingOfCpg(cpg);
    if (label !== null) return { label, notice: null };
  }
  const headerLength = (dbf[8] ?? 0) | ((dbf[9] ?? 0) << 8);
  const prefix =
    cpg === undefined
      ? 'El Shapefile no trae .cpg'
      : `El .cpg («${decodeUtf8(cpg).trim()}») no se reconoce`;
  if (
    decodeUtf8Strict(dbf.subarray(0, headerLength)) !== null &&
    decodeUtf8Strict(dbf.subarray(headerLength)) !== null
  ) {
    return { label: 'utf-8', notice: `${prefix}; sus atributos se leyeron como UTF-8.` };
  }
  return {
    label: 'windows-1252',
    notice: `${prefix} y su .dbf no es UTF-8 válido; sus atributos se leyeron como Windows-1252 (Latin-1). Revise las tildes y la eñe.`,
  };
}

/** Shape types with Z (11, 13, 15, 18, 31) or M (21, 23, 25, 28) values, from the .shp header. */
function hasZOrM(shp: Uint8Array): boolean {
  const type = new DataView(shp.buffer, shp.byteOffset, shp.byteLength).getInt32(32, true);
  return type > 10;
}

function crsOf(prj: Uint8Array | undefined, notices: string[]): number | null {
  if (prj === undefined) {
    notices.push('El Shapefile no trae .prj: indique su sistema de coordenadas (EPSG).');
    return null;
  }
  const match = epsgFromPrj(decodeUtf8(prj));
  if (match.epsg === null) {
    throw new LayerReadError(
      `No se reconoce el sistema de coordenadas del .prj («${match.name ?? 'WKT ilegible'}»). Se admiten MAGNA-SIRGAS (EPSG:4686), sus orígenes Gauss-Krüger (EPSG:3114 a 3118), CTM12 Origen-Nacional (EPSG:9377) y WGS 84 (EPSG:4326).`,
    );
  }
  return match.epsg;
}

const copy = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** Reads a zipped Shapefile (.shp, .shx, .dbf, optional .prj and .cpg). */
export async function readShapefileZip(
  bytes: Uint8Array,
  options: ReadLayerOptions = {},
): Promise<LayerRead> {
  const shapefiles = shapefilesOf(unzipLayer(bytes, isMember));
  const chosen = choose(shapefiles, options);
  const { shp, shx, dbf, prj, cpg } = chosen.parts;
  const missing = [shx === undefined ? '.shx' : null, dbf === undefined ? '.dbf' : null].filter(
    Boolean,
  );
  if (shp === undefined || shx === undefined || dbf === undefined) {
    throw new LayerReadError(
      `Al Shapefile «${chosen.stem}» le falta ${missing.join(' y ')}: el ZIP debe incluir .shp, .shx y .dbf (y .prj).`,
    );
  }
  if (shp.byteLength < 100)
    throw new LayerReadError(`El archivo «${chosen.stem}.shp» está dañado.`);
  const notices: string[] = [];
  const epsg = crsOf(prj, notices);
  const encoding = dbfEncoding(dbf, cpg);
  if (encoding.notice !== null) notices.push(encoding.notice);
  const collector = new FeatureCollector();
  if (hasZOrM(shp)) collector.noteDroppedDimensions();
  try {
    const source = await open(copy(shp), copy(dbf), { encoding: encoding.label });
    for (let result = await source.read(); !result.done; result = await source.read()) {
      collector.add(result.value.geometry, propertiesOf(result.value.properties));
    }
  } catch (error) {
    if (error instanceof LayerReadError) throw error;
    throw new LayerReadError(`El Shapefile «${chosen.stem}» está dañado y no se pudo leer.`);
  }
  const read = collector.finish();
  const names = shapefiles.map((shapefile) => shapefile.stem);
  return {
    format: 'shapefile',
    epsg,
    tables: names.length > 1 ? names : [],
    table: names.length > 1 ? chosen.stem : null,
    features: read.features,
    notices: [...notices, ...read.notices],
  };
}
