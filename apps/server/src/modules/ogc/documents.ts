import type { CollectionInfo } from './collections';
import { CRS84, EPSG_9377, SUPPORTED_CRS } from './crs';

export const GEOJSON = 'application/geo+json';
export const JSON_TYPE = 'application/json';

/** Conformance classes: Part 1 Core and GeoJSON, Part 2 CRS by reference. */
export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
];

/** Download formats of a public layer: path segment, media type, file extension, title. */
export const DOWNLOADS = {
  geojson: { type: GEOJSON, ext: 'geojson', title: 'GeoJSON (EPSG:4326, longitud/latitud)' },
  gpkg: { type: 'application/geopackage+sqlite3', ext: 'gpkg', title: 'GeoPackage (EPSG:9377)' },
  shp: { type: 'application/zip', ext: 'zip', title: 'Shapefile comprimido (EPSG:9377, UTF-8)' },
} as const;
export type DownloadFormat = keyof typeof DOWNLOADS;

export interface Link {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

export function landingPage(base: string, origin: string) {
  return {
    title: 'Ruta POT — OGC API – Features',
    description:
      'Capas públicas de los planes de ordenamiento territorial de los municipios y límites municipales de Colombia, según OGC API – Features (partes 1 y 2).',
    links: [
      { href: base, rel: 'self', type: JSON_TYPE, title: 'Esta página' },
      {
        href: `${origin}/api/v1/openapi.json`,
        rel: 'service-desc',
        type: 'application/vnd.oai.openapi+json;version=3.1',
        title: 'Definición OpenAPI de la API',
      },
      {
        href: `${base}/conformance`,
        rel: 'conformance',
        type: JSON_TYPE,
        title: 'Clases de conformidad',
      },
      { href: `${base}/collections`, rel: 'data', type: JSON_TYPE, title: 'Colecciones' },
    ] satisfies Link[],
  };
}

export function collectionDocument(base: string, info: CollectionInfo) {
  const self = `${base}/collections/${info.id}`;
  const links: Link[] = [
    { href: self, rel: 'self', type: JSON_TYPE, title: info.title },
    { href: `${self}/items`, rel: 'items', type: GEOJSON, title: 'Elementos (GeoJSON)' },
    {
      href: `${self}/queryables`,
      rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables',
      type: 'application/schema+json',
      title: 'Propiedades filtrables',
    },
  ];
  if (info.ref.kind === 'capa')
    for (const [formato, d] of Object.entries(DOWNLOADS))
      links.push({
        href: `${self}/descargas/${formato}`,
        rel: 'enclosure',
        type: d.type,
        title: `Descargar la capa en ${d.title}`,
      });
  return {
    id: info.id,
    title: info.title,
    description: info.description,
    itemType: 'feature',
    extent: { spatial: { bbox: info.bbox ? [info.bbox] : [], crs: CRS84 } },
    crs: [...SUPPORTED_CRS],
    // Layers are stored in EPSG:9377 (ADR 0005); the boundaries in longitude/latitude.
    storageCrs: info.ref.kind === 'capa' ? EPSG_9377 : CRS84,
    ...(info.ref.kind === 'capa'
      ? {
          municipio: { codigo: info.codigo, nombre: info.municipio },
          tipo: info.tipo,
          metadatos: info.metadatos,
        }
      : {}),
    links,
  };
}

export function collectionsDocument(base: string, infos: readonly CollectionInfo[]) {
  return {
    links: [{ href: `${base}/collections`, rel: 'self', type: JSON_TYPE, title: 'Colecciones' }],
    crs: [...SUPPORTED_CRS],
    collections: infos.map((info) => collectionDocument(base, info)),
  };
}
