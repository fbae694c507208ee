import { LAYER_LIMITS } from './limits';
import {
  type LayerFeature,
  type LayerGeometry,
  LayerReadError,
  type Position2D,
  type PropertyValue,
} from './types';

type Family = 'punto' | 'línea' | 'polígono';

const FAMILY: Record<LayerGeometry['type'], Family> = {
  Point: 'punto',
  MultiPoint: 'punto',
  LineString: 'línea',
  MultiLineString: 'línea',
  Polygon: 'polígono',
  MultiPolygon: 'polígono',
};

/** Nesting depth of `coordinates` for each geometry type. */
const DEPTH: Record<LayerGeometry['type'], number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

function isGeometryType(type: unknown): type is LayerGeometry['type'] {
  return typeof type === 'string' && Object.hasOwn(FAMILY, type);
}

/** A property value as the contract allows: dates as ISO text, objects as JSON text. */
export function propertyValue(value: unknown): PropertyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  return JSON.stringify(value);
}

export function propertiesOf(raw: unknown): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = {};
  if (raw === null || typeof raw !== 'object') return properties;
  for (const [key, value] of Object.entries(raw)) properties[key] = propertyValue(value);
  return properties;
}

/**
 * Gathers the features of a layer: drops Z/M (with one notice), counts vertices against
 * LAYER_LIMITS, refuses mixed geometry families, collections and empty layers.
 */
export class FeatureCollector {
  readonly features: LayerFeature[] = [];
  private readonly families = new Set<Family>();
  private vertices = 0;
  private featureVertices = 0;
  private droppedDimensions = false;
  private withoutGeometry = 0;

  add(geometry: unknown, properties: Record<string, PropertyValue>): void {
    if (geometry === null || geometry === undefined) {
      this.withoutGeometry += 1;
      return;
    }
    const record = geometry as { type?: unknown; coordinates?: unknown };
    if (record.type === 'GeometryCollection') {
      throw new LayerReadError(
        `La entidad ${this.features.length + 1} es una colección de geometrías (GeometryCollection), que no se admite: separe sus partes por tipo.`,
      );
    }
    if (!isGeometryType(record.type)) {
      throw new LayerReadError(
        `La entidad ${this.features.length + 1} tiene un tipo de geometría no admitido (${String(record.type)}).`,
      );
    }
    this.featureVertices = 0;
    const coordinates = this.coordinates(record.coordinates, DEPTH[record.type]);
    if (this.featureVertices === 0) {
      this.withoutGeometry += 1;
      return;
    }
    if (this.featureVertices > LAYER_LIMITS.maxFeatureVertices) {
      throw new LayerReadError(
        `La entidad ${this.features.length + 1} tiene ${this.featureVertices.toLocaleString('es-CO')} vértices; el máximo por entidad es ${LAYER_LIMITS.maxFeatureVertices.toLocaleString('es-CO')}. Simplifíquela antes de importarla.`,
      );
    }
    this.families.add(FAMILY[record.type]);
    if (this.families.size > 1) {
      throw new LayerReadError(
        `La capa mezcla tipos de geometría (${[...this.families].join(', ')}); una capa debe tener un solo tipo. Sepárela en varias capas.`,
      );
    }
    this.features.push({
      geometry: { type: record.type, coordinates } as LayerGeometry,
      properties,
    });
  }

  /** The features and notices; refuses an empty layer. */
  finish(): { features: LayerFeature[]; notices: string[] } {
    if (this.features.length === 0) {
      throw new LayerReadError('La capa está vacía: no tiene ninguna entidad con geometría.');
    }
    const notices: string[] = [];
    if (this.droppedDimensions) {
      notices.push(
        'La capa tenía coordenadas Z o M (3D o medidas); se descartaron y se conservan solo X e Y.',
      );
    }
    if (this.withoutGeometry > 0) {
      notices.push(
        `Se omitieron ${this.withoutGeometry} entidades sin geometría o con geometría vacía.`,
      );
    }
    return { features: this.features, notices };
  }

  private coordinates(value: unknown, depth: number): unknown {
    if (depth === 0) return this.position(value);
    if (!Array.isArray(value)) throw this.malformed();
    return value.map((item) => this.coordinates(item, depth - 1));
  }

  private position(value: unknown): Position2D {
    if (!Array.isArray(value) || value.length < 2) throw this.malformed();
    const [x, y] = value as unknown[];
    if (
      typeof x !== 'number' ||
      typeof y !== 'number' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y)
    ) {
      throw this.malformed();
    }
    if (value.length > 2) this.droppedDimensions = true;
    this.featureVertices += 1;
    this.vertices += 1;
    if (this.vertices > LAYER_LIMITS.maxVertices) {
      throw new LayerReadError(
        `La capa supera el máximo de ${LAYER_LIMITS.maxVertices.toLocaleString('es-CO')} vértices. Simplifíquela o divídala antes de importarla.`,
      );
    }
    return [x, y];
  }

  private malformed(): LayerReadError {
    return new LayerReadError(
      `La geometría de la entidad ${this.features.length + 1} está mal formada (coordenadas no numéricas o incompletas).`,
    );
  }

  /** Marks that Z/M values were dropped by a reader that decodes them itself. */
  noteDroppedDimensions(): void {
    this.droppedDimensions = true;
  }
}
