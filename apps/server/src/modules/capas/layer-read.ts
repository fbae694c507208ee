import { appendAudit, type CapaMetadatos, capas, rowsOf, type Tx } from '@ruta-pot/db';
import { LAYER_PROFILES, type LayerProfileId, VOCABULARIES } from '@ruta-pot/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';

import { AppError, notFound } from '../../http/errors';
import { prebuildJson, prebuiltBytes, type PrebuiltJson } from '../../http/prebuilt-json';
import type { Deps } from '../../http/types';

/** Square metres in a hectare. */
const M2_PER_HA = 10_000;
/** Metres per pixel at zoom 0 on the equator (256-pixel Web Mercator tiles). */
const METRES_PER_PIXEL_Z0 = 156_543.03;
/** Features answered per request by default, and at most. */
export const FEATURE_PAGE = { default: 2000, max: 5000 } as const;

const roundHa = (m2: number) => Math.round((m2 / M2_PER_HA) * 10_000) / 10_000;

export type Bbox = [number, number, number, number];

export interface LayerCategory {
  valor: string | null;
  etiqueta: string;
  areaHa: number;
  entidades: number;
}

export interface LayerSummary {
  id: string;
  nombre: string;
  tipo: string;
  tipoEtiqueta: string;
  entidades: number;
  areaHa: number | null;
  crsOrigen: number;
  formato: string;
  publica: boolean;
  campoCategoria: string | null;
  metadatos: {
    entidad: string | null;
    estudio: string | null;
    escala: number | null;
    fecha: string | null;
    autor: string | null;
  };
  categorias: LayerCategory[];
  /** Extent in EPSG:4326 (null for an empty layer). */
  bbox: Bbox | null;
  creadoEn: string;
}

const profileOf = (tipo: string) => LAYER_PROFILES[tipo as LayerProfileId];

/** The Spanish label of a category: the vocabulary's, else the value itself. */
export function categoryLabel(tipo: string, valor: string | null): string {
  if (valor === null) return 'Sin categoría';
  const vocabulary = profileOf(tipo)?.vocabulary;
  const found = vocabulary ? VOCABULARIES[vocabulary].values.find((v) => v.code === valor) : null;
  return found?.label ?? valor;
}

export const typeLabel = (tipo: string) => profileOf(tipo)?.label ?? tipo;

type CapaRow = typeof capas.$inferSelect;

const metadataOf = (m: CapaMetadatos) => ({
  entidad: m.entidad ?? null,
  estudio: m.estudio ?? null,
  escala: m.escala ?? null,
  fecha: m.fecha ?? null,
  autor: m.autor ?? null,
});

async function categoriesOf(tx: Tx, codigo: string, ids: readonly string[]) {
  const byLayer = new Map<string, { valor: string | null; m2: number; n: number }[]>();
  if (ids.length === 0) return byLayer;
  const rows = rowsOf<{ capa_id: string; categoria: string | null; m2: number; n: number }>(
    await tx.execute(sql`SELECT capa_id::text AS capa_id, categoria,
        coalesce(sum(ST_Area(geom)), 0) AS m2, count(*)::int AS n
      FROM capa_entidades WHERE municipality_id = ${codigo}
        AND capa_id IN (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
      GROUP BY capa_id, categoria ORDER BY capa_id, categoria NULLS LAST`),
  );
  for (const r of rows) {
    const list = byLayer.get(r.capa_id) ?? [];
    list.push({ valor: r.categoria, m2: Number(r.m2), n: Number(r.n) });
    byLayer.set(r.capa_id, list);
  }
  return byLayer;
}

async function extentsOf(tx: Tx, codigo: string, ids: readonly string[]) {
  const byLayer = new Map<string, Bbox>();
  if (ids.length === 0) return byLayer;
  const rows = rowsOf<{ capa_id: string; x0: number; y0: number; x1: number; y1: number }>(
    await tx.execute(sql`SELECT capa_id, ST_XMin(e) AS x0, ST_YMin(e) AS y0, ST_XMax(e) AS x1, ST_YMax(e) AS y1
      FROM (SELECT capa_id::text AS capa_id,
          ST_Transform(ST_SetSRID(ST_Extent(geom)::geometry, 9377), 4326) AS e
        FROM capa_entidades WHERE municipality_id = ${codigo}
          AND capa_id IN (${sql.join(
            ids.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
        GROUP BY capa_id) t`),
  );
  const round = (v: number) => Math.round(Number(v) * 1e6) / 1e6;
  for (const r of rows)
    byLayer.set(r.capa_id, [round(r.x0), round(r.y0), round(r.x1), round(r.y1)]);
  return byLayer;
}

async function summaries(tx: Tx, codigo: string, rows: readonly CapaRow[]) {
  const ids = rows.map((r) => r.id);
  const categories = await categoriesOf(tx, codigo, ids);
  const extents = await extentsOf(tx, codigo, ids);
  return rows.map((r): LayerSummary => ({
    id: r.id,
    nombre: r.nombre,
    tipo: r.tipo,
    tipoEtiqueta: typeLabel(r.tipo),
    entidades: r.entidades,
    areaHa: r.areaHa,
    crsOrigen: r.crsOrigen,
    formato: r.formato,
    publica: r.publica,
    campoCategoria: r.campoCategoria,
    metadatos: metadataOf(r.metadatos),
    categorias: (categories.get(r.id) ?? []).map((c) => ({
      valor: c.valor,
      etiqueta: categoryLabel(r.tipo, c.valor),
      areaHa: roundHa(c.m2),
      entidades: c.n,
    })),
    bbox: extents.get(r.id) ?? null,
    creadoEn: r.creadoEn.toISOString(),
  }));
}

/** The municipality's layers, newest first, with their categories (area and count) and extent. */
export async function listLayers(deps: Deps, codigo: string): Promise<{ capas: LayerSummary[] }> {
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    const rows = await tx
      .select()
      .from(capas)
      .where(eq(capas.municipalityId, codigo))
      .orderBy(desc(capas.creadoEn));
    return { capas: await summaries(tx, codigo, rows) };
  });
}

async function layerRow(tx: Tx, codigo: string, capaId: string): Promise<CapaRow> {
  const [row] = await tx
    .select()
    .from(capas)
    .where(and(eq(capas.municipalityId, codigo), eq(capas.id, capaId)));
  if (!row) throw notFound();
  return row;
}

/** One layer of the municipality (404 when absent). */
export async function readLayerSummary(
  deps: Deps,
  key: { codigo: string; capaId: string },
): Promise<LayerSummary> {
  return deps.db.withContext({ municipio: key.codigo }, async (tx) => {
    const row = await layerRow(tx, key.codigo, key.capaId);
    const [summary] = await summaries(tx, key.codigo, [row]);
    return summary!;
  });
}

/**
 * Simplification tolerance in metres for a zoom level: half a pixel at that zoom (Web Mercator,
 * on the equator; Colombia is within 13° of it), so the simplification is not visible on screen.
 */
export const toleranceForZoom = (zoom: number) => (METRES_PER_PIXEL_Z0 / 2 ** zoom) * 0.5;

export interface FeatureQuery {
  codigo: string;
  capaId: string;
  /** Window in EPSG:4326; the whole layer when absent. */
  bbox?: Bbox | undefined;
  zoom: number;
  limite: number;
}

type Properties = Record<string, unknown>;

export interface LayerFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; id: number; geometry: unknown; properties: Properties }[];
  numberMatched: number;
  numberReturned: number;
  truncated: boolean;
  /** Simplification tolerance applied, in metres (EPSG:9377). */
  toleranciaM: number;
}

const propertiesOf = (r: { id: number; categoria: string | null; atributos: unknown }) => ({
  ...((r.atributos ?? {}) as Properties),
  _id: Number(r.id),
  categoria: r.categoria,
});

/**
 * Windows of layers already answered to the viewer. A layer's features never change after the
 * transaction that imported it (only its name, metadata and publication do), so a window at a
 * zoom is always the same: it is simplified and reprojected once, not on every pan back to it.
 * The layer's row is still read on every request, under the municipality's policy (ADR 0009), so
 * a deleted layer or another municipality's is never answered from here. Bounded by bytes.
 */
const viewerPages = new LRUCache<string, PrebuiltJson>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: prebuiltBytes,
});

/**
 * The features of a layer inside a window (EPSG:4326), simplified for the zoom with
 * ST_SimplifyPreserveTopology in EPSG:9377 and returned in EPSG:4326 (6 decimals, ~0.1 m).
 */
export async function layerFeatures(deps: Deps, query: FeatureQuery): Promise<PrebuiltJson> {
  const { codigo, capaId } = query;
  const tolerance = toleranceForZoom(query.zoom);
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    await layerRow(tx, codigo, capaId);
    const key = JSON.stringify([codigo, capaId, query.bbox ?? null, query.zoom, query.limite]);
    const cached = viewerPages.get(key);
    if (cached) return cached;
    const window = query.bbox
      ? sql`AND geom && ST_Transform(ST_MakeEnvelope(${query.bbox[0]}, ${query.bbox[1]}, ${query.bbox[2]}, ${query.bbox[3]}, 4326), 9377)`
      : sql``;
    const [counted] = rowsOf<{ n: number }>(
      await tx.execute(sql`SELECT count(*)::int AS n FROM capa_entidades
        WHERE municipality_id = ${codigo} AND capa_id = ${capaId}::uuid ${window}`),
    );
    const rows = rowsOf<{ id: number; categoria: string | null; atributos: unknown; g: string }>(
      await tx.execute(sql`SELECT id, categoria, atributos,
          ST_AsGeoJSON(ST_Transform(ST_SimplifyPreserveTopology(geom, ${tolerance}), 4326), 6) AS g
        FROM capa_entidades
        WHERE municipality_id = ${codigo} AND capa_id = ${capaId}::uuid ${window}
        ORDER BY id LIMIT ${query.limite}`),
    );
    const numberMatched = Number(counted?.n ?? 0);
    const collection: LayerFeatureCollection = {
      type: 'FeatureCollection',
      features: rows.map((r) => ({
        type: 'Feature',
        id: Number(r.id),
        geometry: JSON.parse(r.g) as unknown,
        properties: propertiesOf(r),
      })),
      numberMatched,
      numberReturned: rows.length,
      truncated: numberMatched > rows.length,
      toleranciaM: Math.round(tolerance * 100) / 100,
    };
    // Serialised and gzipped once: a window of a large layer is hundreds of kB of GeoJSON.
    const built = prebuildJson(collection);
    viewerPages.set(key, built);
    return built;
  });
}

/** One feature with all its attributes, its full geometry (EPSG:4326) and its area (identify). */
export async function layerFeature(
  deps: Deps,
  key: { codigo: string; capaId: string; entidadId: number },
) {
  const { codigo, capaId } = key;
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    const layer = await layerRow(tx, codigo, capaId);
    const [row] = rowsOf<{
      id: number;
      categoria: string | null;
      atributos: unknown;
      g: string;
      m2: number;
    }>(
      await tx.execute(sql`SELECT id, categoria, atributos, ST_Area(geom) AS m2,
          ST_AsGeoJSON(ST_Transform(geom, 4326), 7) AS g
        FROM capa_entidades
        WHERE municipality_id = ${codigo} AND capa_id = ${capaId}::uuid AND id = ${key.entidadId}`),
    );
    if (!row) throw notFound();
    return {
      type: 'Feature' as const,
      id: Number(row.id),
      geometry: JSON.parse(row.g) as unknown,
      properties: propertiesOf(row),
      capa: { id: layer.id, nombre: layer.nombre, tipo: layer.tipo },
      categoriaEtiqueta: categoryLabel(layer.tipo, row.categoria),
      areaHa: roundHa(Number(row.m2)),
    };
  });
}

export interface LayerChange {
  publica?: boolean | undefined;
  nombre?: string | undefined;
  metadatos?: Partial<Record<keyof CapaMetadatos, string | number | null>> | undefined;
}

/** Merges metadata: a null value removes the key. */
function mergeMetadata(
  current: CapaMetadatos,
  change: NonNullable<LayerChange['metadatos']>,
): CapaMetadatos {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Publishes or withdraws a layer, renames it or corrects its metadata; audited. */
export async function updateLayer(
  deps: Deps,
  input: {
    codigo: string;
    capaId: string;
    change: LayerChange;
    actor: { id: string; label: string };
  },
): Promise<LayerSummary> {
  const { codigo, capaId, change } = input;
  return deps.db.withContext({ municipio: codigo, usuario: input.actor.id }, async (tx) => {
    const row = await layerRow(tx, codigo, capaId);
    const nombre = change.nombre?.trim();
    if (nombre !== undefined && (nombre.length === 0 || nombre.length > 200))
      throw new AppError('entrada_invalida', 'El nombre de la capa tiene de 1 a 200 caracteres.', {
        campo: 'nombre',
      });
    const metadatos = change.metadatos
      ? mergeMetadata(row.metadatos, change.metadatos)
      : row.metadatos;
    const [updated] = await tx
      .update(capas)
      .set({ publica: change.publica ?? row.publica, nombre: nombre ?? row.nombre, metadatos })
      .where(and(eq(capas.municipalityId, codigo), eq(capas.id, capaId)))
      .returning();
    await appendAudit(tx, {
      municipalityId: codigo,
      actorId: input.actor.id,
      actor: input.actor.label,
      accion: 'capas.actualizar',
      objeto: capaId,
      detalle: { ...change },
      ocurridoEn: deps.clock.now(),
    });
    const [summary] = await summaries(tx, codigo, [updated!]);
    return summary!;
  });
}
