import type { HeaderMeta } from 'flatgeobuf';
import { geojson } from 'flatgeobuf';

import { FeatureCollector, propertiesOf } from './normalize';
import { epsgFromPrj } from './prj';
import { type LayerRead, LayerReadError } from './types';

function epsgOf(header: HeaderMeta | null): number | null {
  const crs = header?.crs;
  if (crs === null || crs === undefined) return null;
  if ((crs.org === null || crs.org.toUpperCase() === 'EPSG') && crs.code > 0) return crs.code;
  if (crs.wkt !== null && crs.wkt !== '') {
    const match = epsgFromPrj(crs.wkt);
    if (match.epsg !== null) return match.epsg;
  }
  throw new LayerReadError(
    `No se reconoce el sistema de coordenadas del FlatGeobuf («${crs.name ?? crs.code_string ?? `${crs.org ?? ''}:${crs.code}`}»).`,
  );
}

/** Reads a FlatGeobuf file with the reference `flatgeobuf` library. */
export async function readFlatGeobuf(bytes: Uint8Array): Promise<LayerRead> {
  let header: HeaderMeta | null = null;
  const collector = new FeatureCollector();
  try {
    const features = geojson.deserialize(bytes, {
      headerMetaFn: (meta: HeaderMeta) => {
        header = meta;
      },
    });
    for await (const feature of features) {
      collector.add(feature.geometry, propertiesOf(feature.properties));
    }
  } catch (error) {
    if (error instanceof LayerReadError) throw error;
    throw new LayerReadError('El archivo FlatGeobuf está dañado y no se pudo leer.');
  }
  const epsg = epsgOf(header);
  const { features, notices } = collector.finish();
  if (epsg === null) {
    notices.unshift('El FlatGeobuf no declara su sistema de coordenadas: indíquelo (EPSG).');
  }
  return { format: 'flatgeobuf', epsg, tables: [], table: null, features, notices };
}
