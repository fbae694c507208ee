import { capas, rowsOf, type Tx } from '@ruta-pot/db';
import {
  type Citation,
  findProfileField,
  HAZARD_CONDITION_CITATIONS,
  isHazardCondition,
  LAYER_PROFILES,
  type LayerProfileId,
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
  citas: Citation[];
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
  const [row] = await tx
    .select({ capaId: capas.id, nombre: capas.nombre, tipo: capas.tipo })
    .from(capas)
    .where(and(eq(capas.municipalityId, codigo), eq(capas.tipo, 'predios')))
    .orderBy(desc(capas.creadoEn))
    .limit(1);
  return row ?? null;
}

/** Hectares of each land class × hazard category, from the pairwise intersections in EPSG:9377. */
async function overlay(tx: Tx, codigo: string, ids: { suelo: string; amenaza: string }) {
  const rows = rowsOf<{ clase: string | null; categoria: string | null; m2: number }>(
    await tx.execute(sql`SELECT s.categoria AS clase, a.categoria AS categoria,
        sum(ST_Area(ST_Intersection(s.geom, a.geom))) AS m2
      FROM capa_entidades s
      JOIN capa_entidades a ON a.municipality_id = s.municipality_id
        AND a.capa_id = ${ids.amenaza}::uuid AND ST_Intersects(s.geom, a.geom)
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
  ids: { predios: string; amenaza: string; campo: string | null },
): Promise<ExposedParcel[]> {
  const codeExpr = ids.campo ? sql`p.atributos->>${ids.campo}` : sql`NULL::text`;
  const rows = rowsOf<{ entidad: number; codigo: string | null; alta: boolean; m2: number }>(
    await tx.execute(sql`SELECT p.id AS entidad, ${codeExpr} AS codigo,
        bool_or(a.categoria = 'alta') AS alta, sum(ST_Area(ST_Intersection(p.geom, a.geom))) AS m2
      FROM capa_entidades p
      JOIN capa_entidades a ON a.municipality_id = p.municipality_id
        AND a.capa_id = ${ids.amenaza}::uuid AND a.categoria IN ('alta', 'media')
        AND ST_Intersects(p.geom, a.geom)
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

/**
 * Suelo × amenaza for two layers of the municipality: hectares per land class × hazard category
 * (ST_Intersection measured in EPSG:9377), the áreas con condición de amenaza (high or medium
 * hazard in urban, expansion, suburban or centro poblado land) and, when the municipality has a
 * `predios` layer, the parcels in high or medium hazard. Overlapping features of one layer are
 * counted once per overlap (layers are expected to partition their area).
 */
export async function analyzeLandHazard(
  deps: Deps,
  input: AnalysisInput,
): Promise<LandHazardAnalysis> {
  const { codigo } = input;
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
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
    const tabla = await overlay(tx, codigo, { suelo: suelo.capaId, amenaza: amenaza.capaId });
    const totalPorClaseHa: Record<string, number> = {};
    for (const r of tabla)
      totalPorClaseHa[r.clase] = Math.round(((totalPorClaseHa[r.clase] ?? 0) + r.ha) * 1e4) / 1e4;
    const filas = tabla.filter((r) => r.condicionAmenaza);
    const ha = Math.round(filas.reduce((sum, r) => sum + r.ha, 0) * 1e4) / 1e4;
    const parcels = await latestParcels(tx, codigo);
    let prediosExpuestos: LandHazardAnalysis['prediosExpuestos'] = null;
    if (parcels) {
      const campo = await parcelCodeField(tx, codigo, parcels.capaId);
      const predios = await exposedParcels(tx, codigo, {
        predios: parcels.capaId,
        amenaza: amenaza.capaId,
        campo,
      });
      prediosExpuestos = { capa: parcels, total: predios.length, predios };
    }
    return {
      suelo,
      amenaza,
      tabla,
      totalPorClaseHa,
      condicionAmenaza: { ha, filas },
      prediosExpuestos,
      citas: [
        ...HAZARD_CONDITION_CITATIONS,
        ...LAYER_PROFILES[amenaza.tipo as LayerProfileId].citations,
      ],
    };
  });
}
