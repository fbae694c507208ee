import { readGeoJson } from './geojson';
import {
  type LayerRead,
  LayerReadError,
  type ReadLayerOptions,
  type SourceFormat,
  SUPPORTED_EPSG,
} from './types';

export { epsgFromGeoJsonCrs } from './geojson';
export { LAYER_LIMITS } from './limits';
export { epsgFromPrj } from './prj';
export {
  type LayerFeature,
  type LayerGeometry,
  type LayerRead,
  LayerReadError,
  type Position2D,
  type PropertyValue,
  type ReadLayerOptions,
  type SourceFormat,
  SUPPORTED_EPSG,
  type SupportedEpsg,
} from './types';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const SQLITE = [...'SQLite format 3\0'].map((char) => char.charCodeAt(0));
const FLATGEOBUF = [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62];
const SHP = [0x00, 0x00, 0x27, 0x0a];

/** The first byte that is not whitespace or a UTF-8 BOM. */
function firstSignificantByte(bytes: Uint8Array): number | undefined {
  let index = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (index < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[index] ?? 0)) index += 1;
  return bytes[index];
}

/** The format of a layer file, from its first bytes (never from its name); null when unknown. */
export function detectLayerFormat(bytes: Uint8Array): SourceFormat | null {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'shapefile';
  if (startsWith(bytes, SQLITE)) return 'geopackage';
  if (startsWith(bytes, FLATGEOBUF)) return 'flatgeobuf';
  const first = firstSignificantByte(bytes);
  if (first === 0x7b || first === 0x5b) return 'geojson';
  return null;
}

function unknownFormat(bytes: Uint8Array, fileName: string): LayerReadError {
  if (startsWith(bytes, SHP)) {
    return new LayerReadError(
      `«${fileName}» es un .shp suelto: suba el Shapefile comprimido en un .zip con sus archivos .shp, .shx, .dbf y .prj (y .cpg si lo tiene).`,
    );
  }
  if (/\.gpkg$/i.test(fileName)) {
    return new LayerReadError(
      `«${fileName}» no es un GeoPackage válido: no es una base de datos SQLite.`,
    );
  }
  return new LayerReadError(
    `No se reconoce el formato de «${fileName}». Se admiten GeoJSON, Shapefile comprimido en .zip, GeoPackage (.gpkg) y FlatGeobuf (.fgb).`,
  );
}

async function readByFormat(
  format: SourceFormat,
  bytes: Uint8Array,
  options: ReadLayerOptions,
): Promise<LayerRead> {
  switch (format) {
    case 'geojson':
      return readGeoJson(bytes);
    case 'shapefile':
      return (await import('./shapefile')).readShapefileZip(bytes, options);
    case 'geopackage':
      return (await import('./geopackage')).readGeoPackage(bytes, options);
    case 'flatgeobuf':
      return (await import('./flatgeobuf')).readFlatGeobuf(bytes);
  }
}

/**
 * Reads a layer file (GeoJSON, zipped Shapefile, GeoPackage or FlatGeobuf, told apart by its
 * bytes) into 2D features in the file's own CRS. Refuses with a Spanish LayerReadError.
 */
export async function readLayer(
  bytes: Uint8Array,
  fileName: string,
  options: ReadLayerOptions = {},
): Promise<LayerRead> {
  const format = detectLayerFormat(bytes);
  if (format === null) throw unknownFormat(bytes, fileName);
  const read = await readByFormat(format, bytes, options);
  if (read.epsg !== null && !(SUPPORTED_EPSG as readonly number[]).includes(read.epsg)) {
    throw new LayerReadError(
      `El sistema de coordenadas EPSG:${read.epsg} de «${fileName}» no se admite. Use uno de: ${SUPPORTED_EPSG.map((code) => `EPSG:${code}`).join(', ')}.`,
    );
  }
  return read;
}
