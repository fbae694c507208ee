import type { Deps } from '../../http/types';
import type { CollectionInfo } from './collections';
import { DEFAULT_CRS } from './crs';
import { type DownloadFormat, DOWNLOADS } from './documents';
import { readItems } from './features';
import { buildGeoPackage } from './gpkg';
import { dumpLayer } from './layer-rows';
import { buildShapefileZip } from './shapefile';

export const isDownloadFormat = (value: string): value is DownloadFormat =>
  Object.hasOwn(DOWNLOADS, value);

/** Layers are at most 1,000,000 vertices (the reader's limit), so one read holds them all. */
const ALL = 10_000_000;

/** An ASCII file name from the layer's name (no quotes or paths reach the header). */
export function fileBase(info: CollectionInfo): string {
  const name = (info.title.split(' — ')[0] ?? 'capa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
  return `${name || 'capa'}_${info.codigo ?? ''}`;
}

export interface DownloadFile {
  bytes: Uint8Array;
  type: string;
  name: string;
}

/** A public layer as a GeoJSON (CRS84), GeoPackage or zipped Shapefile (EPSG:9377) file. */
export async function downloadLayer(
  deps: Deps,
  input: { info: CollectionInfo; formato: DownloadFormat },
): Promise<DownloadFile> {
  const { info, formato } = input;
  if (info.ref.kind !== 'capa') throw new Error('Solo las capas se descargan.');
  const base = fileBase(info);
  const { type, ext } = DOWNLOADS[formato];
  const name = `${base}.${ext}`;
  if (formato === 'geojson') {
    const page = await readItems(deps, info.ref, {
      limit: ALL,
      offset: 0,
      bbox: null,
      crs: DEFAULT_CRS,
      filters: {},
    });
    const collection = { type: 'FeatureCollection', name: base, features: page.features };
    return { bytes: new TextEncoder().encode(JSON.stringify(collection)), type, name };
  }
  const dump = await dumpLayer(deps, info.ref);
  const bytes =
    formato === 'gpkg'
      ? await buildGeoPackage(dump, {
          table: base,
          title: info.title,
          description: info.description,
        })
      : buildShapefileZip(dump, base);
  return { bytes, type, name };
}
