import { FeatureCollector, propertiesOf } from './normalize';
import { decodeUtf8 } from './text';
import { type LayerRead, LayerReadError, SUPPORTED_EPSG } from './types';

const EPSG_IN_NAME = /(?:EPSG(?::{1,2}|\/\d+(?:\.\d+)*\/|\/0\/)|EPSG_)(\d{4,6})$/i;

/**
 * The EPSG code of a GeoJSON `crs` member (2008 spec: `{ type: 'name', properties: { name } }`),
 * 4326 for CRS84 and null when absent.
 */
export function epsgFromGeoJsonCrs(crs: unknown): number | null {
  if (crs === null || crs === undefined || typeof crs !== 'object') return null;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name !== 'string') return null;
  const trimmed = name.trim();
  if (/CRS:?84$/i.test(trimmed)) return 4326;
  const match = EPSG_IN_NAME.exec(trimmed);
  if (match?.[1] === undefined) {
    throw new LayerReadError(
      `No se reconoce el sistema de coordenadas «${trimmed}» del GeoJSON. Indique uno de: ${SUPPORTED_EPSG.map((code) => `EPSG:${code}`).join(', ')}.`,
    );
  }
  return Number(match[1]);
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decodeUtf8(bytes)) as unknown;
  } catch {
    throw new LayerReadError('El archivo no es un GeoJSON válido: su JSON está mal formado.');
  }
}

interface RawFeature {
  type?: unknown;
  geometry?: unknown;
  properties?: unknown;
}

function featuresOf(document: { type?: unknown; features?: unknown }): RawFeature[] {
  switch (document.type) {
    case 'FeatureCollection':
      if (!Array.isArray(document.features)) break;
      return document.features as RawFeature[];
    case 'Feature':
      return [document];
    case 'Topology':
      throw new LayerReadError(
        'El archivo es TopoJSON, que no se importa directamente: conviértalo a GeoJSON (por ejemplo con topo2geo o mapshaper).',
      );
    default:
      if (typeof document.type === 'string' && 'coordinates' in document) {
        return [{ type: 'Feature', geometry: document, properties: {} }];
      }
  }
  throw new LayerReadError(
    'El archivo JSON no es un GeoJSON: se espera una FeatureCollection, una Feature o una geometría.',
  );
}

/** Whether every coordinate lies within the range of degrees (a projected layer does not). */
function looksGeographic(read: LayerRead): boolean {
  for (const feature of read.features) {
    const flat: unknown[] = (feature.geometry.coordinates as unknown[]).flat(3);
    for (let index = 0; index + 1 < flat.length; index += 2) {
      if (Math.abs(flat[index] as number) > 180 || Math.abs(flat[index + 1] as number) > 90) {
        return false;
      }
    }
  }
  return true;
}

/** Reads a GeoJSON document (RFC 7946, or the 2008 form with a `crs` member). */
export function readGeoJson(bytes: Uint8Array): LayerRead {
  const document = parseJson(bytes);
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    throw new LayerReadError('El archivo JSON no es un GeoJSON: no es un objeto.');
  }
  const record = document as { type?: unknown; features?: unknown; crs?: unknown };
  const declared = epsgFromGeoJsonCrs(record.crs);
  const collector = new FeatureCollector();
  for (const feature of featuresOf(record)) {
    if (feature === null || typeof feature !== 'object' || feature.type !== 'Feature') {
      throw new LayerReadError(
        `La entidad ${collector.features.length + 1} del GeoJSON no es una Feature.`,
      );
    }
    collector.add(feature.geometry, propertiesOf(feature.properties));
  }
  const { features, notices } = collector.finish();
  const read: LayerRead = {
    format: 'geojson',
    epsg: declared ?? 4326,
    tables: [],
    table: null,
    features,
    notices,
  };
  if (declared === null && !looksGeographic(read)) {
    read.epsg = null;
    read.notices.push(
      'El GeoJSON no declara su sistema de coordenadas y sus coordenadas no están en grados: indique el sistema (EPSG).',
    );
  }
  return read;
}
