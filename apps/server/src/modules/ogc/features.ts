import { rowsOf, type Tx } from '@ruta-pot/db';
import { type SQL, sql } from 'drizzle-orm';

import type { Deps } from '../../http/types';
import { type CollectionRef, readPublic } from './collections';
import type { CrsInfo } from './crs';
import { type Properties, withCategory } from './layer-rows';
import type { Bbox, ItemsQuery } from './params';

/** Properties of the boundaries that can filter /items. */
export const LIMITES_FILTERS = new Set(['codigo', 'nombre', 'departamento']);

export interface Feature {
  type: 'Feature';
  id: string | number;
  geometry: unknown;
  properties: Record<string, unknown>;
}

interface Row {
  id: string | number;
  g: string;
  props: Record<string, unknown> | string;
  /** A layer's normalised category, kept apart from its attributes (withCategory). */
  categoria?: string | null;
}

/** Decimal places: about 1 cm in degrees, 1 mm in metres. */
const digits = (crs: CrsInfo) => (crs.srid === 4326 ? 7 : 3);

/** The stored geometry (`column`, in `srid`) as GeoJSON text in the requested CRS and axis order. */
function geometryIn(column: SQL, stored: 4326 | 9377, crs: CrsInfo): SQL {
  const moved =
    stored === crs.srid ? column : sql`ST_Transform(${column}, ${sql.raw(String(crs.srid))})`;
  const ordered = crs.flip ? sql`ST_FlipCoordinates(${moved})` : moved;
  return sql`ST_AsGeoJSON(${ordered}, ${sql.raw(String(digits(crs)))})`;
}

/** The bbox as a polygon in `srid`, edges densified so a reprojected box keeps its shape. */
function bboxIn(bbox: Bbox, srid: 4326 | 9377): SQL {
  const step = Math.max(bbox.maxX - bbox.minX, bbox.maxY - bbox.minY) / 64 || 1;
  const envelope = sql`ST_MakeEnvelope(${bbox.minX}, ${bbox.minY}, ${bbox.maxX}, ${bbox.maxY}, ${sql.raw(String(bbox.srid))})`;
  return bbox.srid === srid
    ? envelope
    : sql`ST_Transform(ST_Segmentize(${envelope}, ${step}), ${sql.raw(String(srid))})`;
}

const and = (parts: SQL[]) => sql.join(parts, sql` AND `);

function capaWhere(ref: Extract<CollectionRef, { kind: 'capa' }>, query: Partial<ItemsQuery>) {
  const parts = [sql`municipality_id = ${ref.codigo}`, sql`capa_id = ${ref.capaId}::uuid`];
  if (query.bbox) parts.push(sql`ST_Intersects(geom, ${bboxIn(query.bbox, 9377)})`);
  for (const [name, value] of Object.entries(query.filters ?? {})) {
    // The names the features carry (toFeature): «cat_pot» is always the normalised category,
    // «categoria» is it unless the source has an attribute of exactly that name. JSON keys are
    // case-sensitive, so a source «Categoria» is an attribute like any other.
    if (name === 'cat_pot') parts.push(sql`categoria = ${value}`);
    else if (name === 'categoria')
      parts.push(sql`(CASE WHEN jsonb_exists(atributos, 'categoria') THEN atributos->>'categoria'
        ELSE categoria END) = ${value}`);
    else if (name === 'id') parts.push(sql`id::text = ${value}`);
    else parts.push(sql`atributos->>${name} = ${value}`);
  }
  return and(parts);
}

function limitesWhere(query: Partial<ItemsQuery>) {
  const parts = [sql`true`];
  if (query.bbox) parts.push(sql`ST_Intersects(l.geom, ${bboxIn(query.bbox, 4326)})`);
  const f = query.filters ?? {};
  if (f.codigo !== undefined) parts.push(sql`l.codigo = ${f.codigo}`);
  if (f.nombre !== undefined) parts.push(sql`m.nombre = ${f.nombre}`);
  if (f.departamento !== undefined) parts.push(sql`m.departamento = ${f.departamento}`);
  return and(parts);
}

/** The SELECT of a collection's features (id, geometry text, properties) under `where`. */
function selectFeatures(ref: CollectionRef, crs: CrsInfo, where: SQL): SQL {
  if (ref.kind === 'capa')
    return sql`SELECT id, ${geometryIn(sql`geom`, 9377, crs)} AS g, atributos AS props, categoria
      FROM capa_entidades WHERE ${where} ORDER BY id`;
  return sql`SELECT l.codigo AS id, ${geometryIn(sql`l.geom`, 4326, crs)} AS g,
      jsonb_build_object('codigo', l.codigo, 'nombre', m.nombre, 'departamento', m.departamento,
        'area_km2', l.area_km2, 'fuente', l.fuente) AS props
    FROM limites_municipales l JOIN municipios m ON m.codigo = l.codigo
    WHERE ${where} ORDER BY l.codigo`;
}

function countFeatures(ref: CollectionRef, where: SQL): SQL {
  return ref.kind === 'capa'
    ? sql`SELECT count(*)::int AS n FROM capa_entidades WHERE ${where}`
    : sql`SELECT count(*)::int AS n FROM limites_municipales l JOIN municipios m ON m.codigo = l.codigo WHERE ${where}`;
}

/**
 * A row as a GeoJSON feature. A layer's category goes as «categoria», or as «cat_pot» when the
 * source has its own «Categoria»: the names a GIS saves must not clash in formats that ignore case
 * (the same rule as the downloads, layer-rows.ts).
 */
function toFeature(r: Row): Feature {
  const props =
    typeof r.props === 'string' ? (JSON.parse(r.props) as Feature['properties']) : r.props;
  return {
    type: 'Feature',
    id: r.id,
    geometry: JSON.parse(r.g) as unknown,
    properties: r.categoria === undefined ? props : withCategory(props as Properties, r.categoria),
  };
}

async function page(tx: Tx, ref: CollectionRef, query: ItemsQuery): Promise<Page> {
  const where = ref.kind === 'capa' ? capaWhere(ref, query) : limitesWhere(query);
  const [count] = rowsOf<{ n: number }>(await tx.execute(countFeatures(ref, where)));
  const rows = rowsOf<Row>(
    await tx.execute(
      sql`${selectFeatures(ref, query.crs, where)} LIMIT ${query.limit} OFFSET ${query.offset}`,
    ),
  );
  return { numberMatched: Number(count?.n ?? 0), features: rows.map(toFeature) };
}

interface Page {
  numberMatched: number;
  features: Feature[];
}

/** One page of a collection's features, with the number matched by the filters. */
export function readItems(deps: Deps, ref: CollectionRef, query: ItemsQuery) {
  return readPublic(deps, (tx) => page(tx, ref, query));
}

/** One feature by id, or null. */
export function readItem(
  deps: Deps,
  ref: CollectionRef,
  input: { featureId: string; crs: CrsInfo },
) {
  const { featureId, crs } = input;
  return readPublic(deps, async (tx) => {
    let where: SQL;
    if (ref.kind === 'capa') {
      if (!/^\d{1,9}$/.test(featureId)) return null;
      where = sql`${capaWhere(ref, {})} AND id = ${Number(featureId)}`;
    } else where = sql`l.codigo = ${featureId}`;
    const rows = rowsOf<Row>(await tx.execute(selectFeatures(ref, crs, where)));
    return rows[0] ? toFeature(rows[0]) : null;
  });
}
