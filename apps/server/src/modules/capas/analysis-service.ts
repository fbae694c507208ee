import { capas, rowsOf, type Tx } from '@ruta-pot/db';
import {
  checkLayerScale,
  type Citation,
  findProfileField,
  HAZARD_CONDITION_CITATIONS,
  isHazardCondition,
  LAYER_PROFILES,
  type LayerProfileId,
  type ScaleCheck,
} from '@ruta-pot/domain';
import { and, desc, eq, sql } from 'drizzle-orm';

import { AppError } from '../../http/errors';
import type { Deps } from '../../http/types';

/** Square metres in a hectare. */
const M2_PER_HA = 10_000;
/** Key of features without a class or category. */
const SIN_CLASE = 'sin_clase';
const SIN_CATEGORIA = 'sin_categoria';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AnalysisInput {
  /** DANE code of the municipality. */
  codigo: string;
  /** The land-classification layer: its id, or its name (the most recent with that name). */
  suelo: string;
  /** The hazard layer: its id, or its name (the most recent with that name). */
  amenaza: string;
}

export interface LayerRef {
  capaId: string;
  nombre: string;
  tipo: string;
}

export interface ClassHazardRow {
  /** Land class (urbano, expansion, …) or «sin_clase». */
  clase: string;
  /** Hazard category (alta, media, baja) or «sin_categoria». */
  categoria: string;
  /** Hectares of the intersection, measured in EPSG:9377. */
  ha: number;
  /** High or medium hazard in land the plan makes urban, expansion, suburban or centro poblado. */
  condicionAmenaza: boolean;
}

export interface ExposedParcel {
  entidad: number;
  /** The parcel's number (the profile's `codigo` attribute), when the layer has one. */
  codigo: string | null;
  /** The highest hazard category it lies in (alta before media). */
  categoria: 'alta' | 'media';
  /** Hectares of the parcel inside high or medium hazard. */
  haExpuestas: number;
}

export interface LandHazardAnalysis {
  suelo: LayerRef;
  amenaza: LayerRef;
  /** Hectares per land class × hazard category. */
  tabla: ClassHazardRow[];
  /** Total hectares per land class inside the hazard layer. */
  totalPorClaseHa: Record<string, number>;
  /** Áreas con condición de amenaza (R-RISK-03): hectares and the rows that make them. */
  condicionAmenaza: { ha: number; filas: ClassHazardRow[] };
  /** Parcels of the municipality's latest `predios` layer in high or medium hazard; null without one. */
  prediosExpuestos: { capa: LayerRef; total: number; predios: ExposedParcel[] } | null;
  /** Condición de riesgo: high hazard already occupied; null without a `predios` or `riesgo` layer. */
  condicionRiesgo: RiskCondition | null;
  /** Scale check of the hazard study (R-CART-01, R-RISK-04) against the classes it covers. */
  escala: LayerScaleCheck[];
  citas: Citation[];
}

/**
 * Áreas con condición de riesgo: the high hazard of the analysed layer that is already occupied,
 * i.e. that lies under the municipality's latest parcels (`predios`) layer and/or its latest
 * exposed-elements (`riesgo`) layer. Each area is the intersection of unions, so overlapping
 * parcels and elements are counted once.
 */
export interface RiskCondition {
  /** Hectares of high hazard under parcels or exposed elements (both layers together). */
  ha: number;
  /** Hectares of high hazard under parcels; null without a `predios` layer. */
  prediosHa: number | null;
  /** The exposed elements in high hazard; null without a `riesgo` layer. */
  riesgo: {
    capa: LayerRef;
    ha: number;
    /** Exposed elements that intersect high hazard (more than touching). */
    elementos: number;
    /** Those elements per risk category of the study (alta, media, baja, sin_categoria). */
    porCategoria: Record<string, number>;
  } | null;
  /** The layers taken as occupation. */
  capas: LayerRef[];
}

export interface VertexDensityMeasure {
  /** Vertices counted as segments (closing points of rings not repeated). */
  vertices: number;
  /** Boundary length in km (perimeters of polygons, lengths of lines), in EPSG:9377. */
  bordeKm: number;
  verticesPorKm: number;
  segmentoMedioM: number;
}

/** A layer's scale verdict, as the API lists it. */
export interface LayerScaleCheck extends ScaleCheck {
  capaId: string;
  nombre: string;
}

const roundHa = (m2: number) => Math.round((m2 / M2_PER_HA) * 10_000) / 10_000;

/** A layer of the municipality by id or by name (the most recent); 400 when absent. */
async function findLayer(
  tx: Tx,
  codigo: string,
  { ref, role }: { ref: string; role: 'suelo' | 'amenaza' },
): Promise<LayerRef> {
  const byId = UUID.test(ref);
  const [row] = await tx
    .select({ capaId: capas.id, nombre: capas.nombre, tipo: capas.tipo })
    .from(capas)
    .where(and(eq(capas.municipalityId, codigo), byId ? eq(capas.id, ref) : eq(capas.nombre, ref)))
    .orderBy(desc(capas.creadoEn))
    .limit(1);
  if (!row)
    throw new AppError(
      'entrada_invalida',
      `El municipio ${codigo} no tiene una capa «${ref}» (${role}). Indique el id o el nombre de una capa importada.`,
      { campo: role },
    );
  return row;
}

async function latestParcels(tx: Tx, codigo: string): Promise<LayerRef | null> {
  return latestOfType(tx, codigo, 'predios');
}

/** Pieces of at most this many vertices: GEOS intersects small polygons far faster than large ones. */
const MAX_PIECE_VERTICES = 256;

/**
 * Copies the hazard layer into a temporary table of pieces with a GiST index, emptied at commit.
 * Under row-level security (ADR 0009) PostgreSQL cannot use the GiST index of capa_entidades for a
 * join, because PostGIS's `&&` is not leakproof: every land class or parcel was tested against
 * every hazard feature (500 × 200 features: 100,000 tests). The copy is read through the policy,
 * so it holds only this municipality's rows, and the joins below use its index. Its polygons are
 * cut into pieces of at most 256 vertices (ST_Subdivide), so each intersection is computed on
 * small pieces instead of polygons of thousands of vertices; the pieces of a polygon partition it,
 * so the areas summed over pieces are the areas of the whole features.
 *
 * The table and its index are made once per database session and only their rows live per
 * transaction (ON COMMIT DELETE ROWS; a rollback removes them too): creating and dropping them
 * on every analysis was a third of what the analysis added to the overlay itself (bench/capas.ts).
 * A temporary table is private to its session, so no other request can see the rows.
 */
async function indexHazardPieces(tx: Tx, codigo: string, amenaza: string) {
  await tx.execute(sql`CREATE TEMP TABLE IF NOT EXISTS capas_amenaza_piezas
    (categoria text, geom geometry(Geometry, 9377) NOT NULL) ON COMMIT DELETE ROWS`);
  await tx.execute(
    sql`CREATE INDEX IF NOT EXISTS capas_amenaza_piezas_geom ON capas_amenaza_piezas USING gist (geom)`,
  );
  await tx.execute(sql`INSERT INTO capas_amenaza_piezas
    SELECT e.categoria, p.g FROM capa_entidades e
      CROSS JOIN LATERAL ST_Subdivide(e.geom, ${sql.raw(String(MAX_PIECE_VERTICES))}) AS p(g)
    WHERE e.municipality_id = ${codigo} AND e.capa_id = ${amenaza}::uuid`);
  await tx.execute(sql`ANALYZE capas_amenaza_piezas`);
}

/** Hectares of each land class × hazard category, from the pairwise intersections in EPSG:9377. */
async function overlay(tx: Tx, codigo: string, ids: { suelo: string }) {
  const rows = rowsOf<{ clase: string | null; categoria: string | null; m2: number }>(
    await tx.execute(sql`SELECT s.categoria AS clase, a.categoria AS categoria,
        sum(ST_Area(ST_Intersection(s.geom, a.geom))) AS m2
      FROM capa_entidades s
      JOIN capas_amenaza_piezas a ON ST_Intersects(s.geom, a.geom)
      WHERE s.municipality_id = ${codigo} AND s.capa_id = ${ids.suelo}::uuid
      GROUP BY 1, 2 ORDER BY 1, 2`),
  );
  return rows
    .map((r) => {
      const clase = r.clase ?? SIN_CLASE;
      const categoria = r.categoria ?? SIN_CATEGORIA;
      return {
        clase,
        categoria,
        ha: roundHa(Number(r.m2)),
        condicionAmenaza: isHazardCondition(clase, categoria),
      };
    })
    .filter((r) => r.ha > 0);
}

/** Parcels that intersect high or medium hazard (more than touching), highest category first. */
async function exposedParcels(
  tx: Tx,
  codigo: string,
  ids: { predios: string; campo: string | null },
): Promise<ExposedParcel[]> {
  const codeExpr = ids.campo ? sql`p.atributos->>${ids.campo}` : sql`NULL::text`;
  const rows = rowsOf<{ entidad: number; codigo: string | null; alta: boolean; m2: number }>(
    await tx.execute(sql`SELECT p.id AS entidad, ${codeExpr} AS codigo,
        bool_or(a.categoria = 'alta') AS alta, sum(ST_Area(ST_Intersection(p.geom, a.geom))) AS m2
      FROM capa_entidades p
      JOIN capas_amenaza_piezas a ON a.categoria IN ('alta', 'media') AND ST_Intersects(p.geom, a.geom)
      WHERE p.municipality_id = ${codigo} AND p.capa_id = ${ids.predios}::uuid
      GROUP BY p.id, 2
      HAVING sum(ST_Area(ST_Intersection(p.geom, a.geom))) > 0
      ORDER BY bool_or(a.categoria = 'alta') DESC, p.id`),
  );
  return rows.map((r) => ({
    entidad: Number(r.entidad),
    codigo: r.codigo,
    categoria: r.alta ? 'alta' : 'media',
    haExpuestas: roundHa(Number(r.m2)),
  }));
}

async function parcelCodeField(tx: Tx, codigo: string, capaId: string): Promise<string | null> {
  const [row] = rowsOf<{ keys: string[] | null }>(
    await tx.execute(sql`SELECT array(SELECT jsonb_object_keys(atributos)) AS keys
      FROM capa_entidades WHERE municipality_id = ${codigo} AND capa_id = ${capaId}::uuid LIMIT 1`),
  );
  return findProfileField('predios', 'codigo', row?.keys ?? []);
}

async function latestOfType(tx: Tx, codigo: string, tipo: LayerProfileId) {
  const [row] = await tx
    .select({ capaId: capas.id, nombre: capas.nombre, tipo: capas.tipo })
    .from(capas)
    .where(and(eq(capas.municipalityId, codigo), eq(capas.tipo, tipo)))
    .orderBy(desc(capas.creadoEn))
    .limit(1);
  return row ?? null;
}

/**
 * Vertex density of a stored layer (in the transaction's municipality): segments per km of
 * boundary, measured in EPSG:9377 (ST_NPoints less one closing point per ring, over ST_Perimeter
 * or ST_Length). Null for point layers and empty layers.
 */
export async function measureVertexDensity(
  tx: Tx,
  capaId: string,
): Promise<VertexDensityMeasure | null> {
  const [row] = rowsOf<{ v: number | null; m: number | null }>(
    await tx.execute(sql`SELECT sum(ST_NPoints(geom) - CASE WHEN ST_Dimension(geom) = 2
          THEN ST_NRings(geom) ELSE 0 END)::float8 AS v,
        sum(CASE ST_Dimension(geom) WHEN 2 THEN ST_Perimeter(geom)
          WHEN 1 THEN ST_Length(geom) ELSE 0 END)::float8 AS m
      FROM capa_entidades WHERE capa_id = ${capaId}::uuid AND ST_Dimension(geom) > 0
        -- The layer's municipality lets the (municipality_id, capa_id) index find its rows.
        AND municipality_id = (SELECT municipality_id FROM capas WHERE id = ${capaId}::uuid)`),
  );
  const vertices = Number(row?.v ?? 0);
  const metres = Number(row?.m ?? 0);
  if (!(vertices > 0 && metres > 0)) return null;
  const bordeKm = metres / 1000;
  return {
    vertices,
    bordeKm: Math.round(bordeKm * 1000) / 1000,
    verticesPorKm: Math.round((vertices / bordeKm) * 10) / 10,
    segmentoMedioM: Math.round((metres / vertices) * 100) / 100,
  };
}

/** The scale verdict of one layer for the land classes it covers (declared scale and density). */
export async function layerScaleCheck(
  tx: Tx,
  layer: LayerRef,
  clases: readonly string[],
): Promise<LayerScaleCheck> {
  const [meta] = await tx
    .select({ metadatos: capas.metadatos })
    .from(capas)
    .where(eq(capas.id, layer.capaId));
  const density = await measureVertexDensity(tx, layer.capaId);
  const check = checkLayerScale({
    profile: layer.tipo as LayerProfileId,
    declarada: meta?.metadatos.escala ?? null,
    clases,
    densidad: density ? { verticesPorKm: density.verticesPorKm } : null,
  });
  return { capaId: layer.capaId, nombre: layer.nombre, ...check };
}

const idList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * Square metres of the layer's high hazard under the union of each given layer's features and
 * under the union of all of them, from one union of the high hazard and one union per layer.
 */
async function occupiedHighHazard(
  tx: Tx,
  codigo: string,
  ids: { amenaza: string; ocupacion: readonly string[] },
): Promise<{ total: number; porCapa: Map<string, number> }> {
  const rows = rowsOf<{ capa_id: string | null; m2: number | null }>(
    await tx.execute(sql`WITH h AS MATERIALIZED (
        SELECT ST_Union(geom) AS g FROM capa_entidades
        WHERE municipality_id = ${codigo} AND capa_id = ${ids.amenaza}::uuid AND categoria = 'alta'),
      o AS (SELECT e.capa_id, ST_Union(e.geom) AS g FROM capa_entidades e, h
        WHERE e.municipality_id = ${codigo} AND e.capa_id IN (${idList(ids.ocupacion)})
          AND ST_Dimension(e.geom) = 2 AND ST_Intersects(e.geom, h.g)
        GROUP BY e.capa_id),
      u AS MATERIALIZED (SELECT o.capa_id, ST_Intersection(h.g, o.g) AS g FROM h, o)
      SELECT capa_id::text AS capa_id, ST_Area(g) AS m2 FROM u
      UNION ALL SELECT NULL, ST_Area(ST_Union(g)) FROM u`),
  );
  const porCapa = new Map<string, number>();
  let total = 0;
  for (const r of rows) {
    if (r.capa_id === null) total = Number(r.m2 ?? 0);
    else porCapa.set(r.capa_id, Number(r.m2 ?? 0));
  }
  return { total, porCapa };
}

/** Exposed elements of a `riesgo` layer that intersect high hazard, per risk category. */
async function exposedElements(
  tx: Tx,
  codigo: string,
  ids: { amenaza: string; riesgo: string },
): Promise<Record<string, number>> {
  const rows = rowsOf<{ categoria: string | null; n: number }>(
    await tx.execute(sql`SELECT r.categoria, count(*)::int AS n FROM capa_entidades r
      WHERE r.municipality_id = ${codigo} AND r.capa_id = ${ids.riesgo}::uuid
        AND EXISTS (SELECT 1 FROM capa_entidades a
          WHERE a.municipality_id = r.municipality_id AND a.capa_id = ${ids.amenaza}::uuid
            AND a.categoria = 'alta' AND ST_Intersects(r.geom, a.geom)
            AND NOT ST_Touches(r.geom, a.geom))
      GROUP BY 1 ORDER BY 1 NULLS LAST`),
  );
  const out: Record<string, number> = {};
  for (const r of rows) out[r.categoria ?? SIN_CATEGORIA] = Number(r.n);
  return out;
}

/** Condición de riesgo of a hazard layer, from the latest `predios` and `riesgo` layers. */
async function riskCondition(
  tx: Tx,
  codigo: string,
  { amenaza, predios }: { amenaza: LayerRef; predios: LayerRef | null },
): Promise<RiskCondition | null> {
  const riesgo = await latestOfType(tx, codigo, 'riesgo');
  const layers = [predios, riesgo].filter((l): l is LayerRef => l !== null);
  if (layers.length === 0) return null;
  const occupied = await occupiedHighHazard(tx, codigo, {
    amenaza: amenaza.capaId,
    ocupacion: layers.map((l) => l.capaId),
  });
  const under = (layer: LayerRef) => roundHa(occupied.porCapa.get(layer.capaId) ?? 0);
  const ha = roundHa(occupied.total);
  const prediosHa = predios ? under(predios) : null;
  let exposed: RiskCondition['riesgo'] = null;
  if (riesgo) {
    const porCategoria = await exposedElements(tx, codigo, {
      amenaza: amenaza.capaId,
      riesgo: riesgo.capaId,
    });
    exposed = {
      capa: riesgo,
      ha: predios ? under(riesgo) : ha,
      elementos: Object.values(porCategoria).reduce((sum, n) => sum + n, 0),
      porCategoria,
    };
  }
  return { ha, prediosHa, riesgo: exposed, capas: layers };
}

/**
 * Suelo × amenaza for two layers of the municipality: hectares per land class × hazard category
 * (ST_Intersection measured in EPSG:9377), the áreas con condición de amenaza (high or medium
 * hazard in urban, expansion, suburban or centro poblado land) and, when the municipality has a
 * `predios` layer, the parcels in high or medium hazard; the condición de riesgo (high hazard
 * under the latest `predios` and/or `riesgo` layer); and the scale check of the hazard study for
 * the classes it covers. Overlapping features of one layer are counted once per overlap in the
 * table (layers are expected to partition their area).
 */
export async function analyzeLandHazard(
  deps: Deps,
  input: AnalysisInput,
): Promise<LandHazardAnalysis> {
  const { codigo } = input;
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    // PostGIS functions carry high planner costs, so these statements cross PostgreSQL's JIT
    // thresholds and LLVM spent seconds compiling them, several times what they take to run
    // (bench/capas.ts measured it); the analysis is one short transaction, so no JIT here.
    await tx.execute(sql`SET LOCAL jit = off`);
    // Its only writes are the temporary table's rows: its commit need not wait for the WAL to
    // reach the disk (nothing of it survives a crash anyway).
    await tx.execute(sql`SET LOCAL synchronous_commit = off`);
    const suelo = await findLayer(tx, codigo, { ref: input.suelo, role: 'suelo' });
    const amenaza = await findLayer(tx, codigo, { ref: input.amenaza, role: 'amenaza' });
    if (suelo.tipo !== 'clasificacion_suelo')
      throw new AppError(
        'entrada_invalida',
        `La capa «${suelo.nombre}» es de tipo ${suelo.tipo}; para el análisis use una capa de tipo clasificacion_suelo.`,
        { campo: 'suelo' },
      );
    if (!LAYER_PROFILES[amenaza.tipo as LayerProfileId]?.hazard)
      throw new AppError(
        'entrada_invalida',
        `La capa «${amenaza.nombre}» es de tipo ${amenaza.tipo}; para el análisis use una capa de amenaza (amenaza_movimientos_masa, amenaza_inundacion o amenaza_avenidas_torrenciales).`,
        { campo: 'amenaza' },
      );
    await indexHazardPieces(tx, codigo, amenaza.capaId);
    const tabla = await overlay(tx, codigo, { suelo: suelo.capaId });
    const totalPorClaseHa: Record<string, number> = {};
    for (const r of tabla)
      totalPorClaseHa[r.clase] = Math.round(((totalPorClaseHa[r.clase] ?? 0) + r.ha) * 1e4) / 1e4;
    const filas = tabla.filter((r) => r.condicionAmenaza);
    const ha = Math.round(filas.reduce((sum, r) => sum + r.ha, 0) * 1e4) / 1e4;
    const parcels = await latestParcels(tx, codigo);
    let prediosExpuestos: LandHazardAnalysis['prediosExpuestos'] = null;
    if (parcels) {
      const campo = await parcelCodeField(tx, codigo, parcels.capaId);
      const predios = await exposedParcels(tx, codigo, { predios: parcels.capaId, campo });
      prediosExpuestos = { capa: parcels, total: predios.length, predios };
    }
    const condicionRiesgo = await riskCondition(tx, codigo, { amenaza, predios: parcels });
    const clases = [...new Set(tabla.map((r) => r.clase))];
    const escala = [await layerScaleCheck(tx, amenaza, clases)];
    return {
      suelo,
      amenaza,
      tabla,
      totalPorClaseHa,
      condicionAmenaza: { ha, filas },
      prediosExpuestos,
      condicionRiesgo,
      escala,
      citas: [
        ...HAZARD_CONDITION_CITATIONS,
        ...LAYER_PROFILES[amenaza.tipo as LayerProfileId].citations,
      ],
    };
  });
}
