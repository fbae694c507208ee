/** The layer reader's contract (issue 14, /work/contrato-cartografia.md §1). */
export const SUPPORTED_EPSG = [4326, 4686, 3114, 3115, 3116, 3117, 3118, 9377] as const;
export type SupportedEpsg = (typeof SUPPORTED_EPSG)[number];

export type SourceFormat = 'geojson' | 'shapefile' | 'geopackage' | 'flatgeobuf';

export type Position2D = [number, number];

/** A 2D geometry in GeoJSON form, in the layer's own CRS (nothing is reprojected here). */
export type LayerGeometry =
  | { type: 'Point'; coordinates: Position2D }
  | { type: 'MultiPoint'; coordinates: Position2D[] }
  | { type: 'LineString'; coordinates: Position2D[] }
  | { type: 'MultiLineString'; coordinates: Position2D[][] }
  | { type: 'Polygon'; coordinates: Position2D[][] }
  | { type: 'MultiPolygon'; coordinates: Position2D[][][] };

export type PropertyValue = string | number | boolean | null;

export interface LayerFeature {
  geometry: LayerGeometry;
  properties: Record<string, PropertyValue>;
}

export interface LayerRead {
  format: SourceFormat;
  /** Read from the file (.prj WKT, GeoPackage srs, GeoJSON `crs` member, FlatGeobuf header); null when absent. */
  epsg: number | null;
  /** GeoPackage feature tables (else []). */
  tables: string[];
  /** The table read (GeoPackage), else null. */
  table: string | null;
  features: LayerFeature[];
  /** Spanish notices (3D/M dropped, DBF encoding assumed, …). */
  notices: string[];
}

export interface ReadLayerOptions {
  table?: string;
}

/** A refusal with a Spanish message that is safe to show to the user. */
export class LayerReadError extends Error {
  override readonly name = 'LayerReadError';
}
