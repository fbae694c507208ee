import { type CapaMetadatos, rowsOf, type Tx } from '@ruta-pot/db';
import {
  CARTOGRAPHIC_MEASURES,
  type CartographicMeasure,
  type LayerChoice,
  type LayerOrigin,
  type LayerProfileId,
  layerYear,
} from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

/** Square metres in a hectare. */
const M2_PER_HA = 10_000;
const roundHa = (m2: number) => Math.round((m2 / M2_PER_HA) * 100) / 100;

/** An area the municipality's cartography measures for an indicator, with where it came from. */
export interface CartographicValue {
  valor: number;
  anio: number;
  capas: LayerOrigin[];
  supuesto: string;
}

interface LayerRow {
  id: string;
  nombre: string;
  metadatos: CapaMetadatos;
  creado_en: Date | string;
}

/** The municipality's most recent layer of each profile (a new import supersedes the older). */
async function latestLayers(tx: Tx, codigo: string) {
  const rows = rowsOf<LayerRow & { tipo: string }>(
    await tx.execute(sql`SELECT DISTINCT ON (tipo) id::text AS id, nombre, tipo, metadatos, creado_en
      FROM capas WHERE municipality_id = ${codigo}
      ORDER BY tipo, creado_en DESC, id`),
  );
  return new Map(rows.map((r) => [r.tipo as LayerProfileId, r]));
}

const categoryFilter = (choice: LayerChoice) =>
  choice.categorias === null
    ? sql`true`
    : sql`e.categoria IN (${sql.join(
        choice.categorias.map((c) => sql`${c}`),
        sql`, `,
      )})`;

/**
 * The area (m², EPSG:9377) of one layer's features, union first so overlapping features are not
 * counted twice; null when the layer has none of the categories (a classification without
 * expansion land says nothing about it, it does not measure 0 ha).
 */
async function layerArea(tx: Tx, q: { codigo: string; capaId: string; choice: LayerChoice }) {
  const { codigo, capaId, choice } = q;
  const [row] = rowsOf<{ n: number; m2: number | null }>(
    await tx.execute(sql`SELECT count(*)::int AS n, ST_Area(ST_UnaryUnion(ST_Collect(e.geom))) AS m2
      FROM capa_entidades e
      WHERE e.municipality_id = ${codigo} AND e.capa_id = ${capaId}::uuid AND ${categoryFilter(choice)}
        AND ST_Dimension(e.geom) = 2`),
  );
  return row && row.n > 0 ? Number(row.m2 ?? 0) : null;
}

/** Area (m²) of the chosen features ∩ the `alta` features of the given hazard layers. */
async function highHazardArea(
  tx: Tx,
  q: { codigo: string; capaId: string; choice: LayerChoice; hazardIds: readonly string[] },
) {
  const { codigo, capaId, choice, hazardIds } = q;
  const [row] = rowsOf<{ m2: number | null }>(
    await tx.execute(sql`WITH base AS MATERIALIZED (
        SELECT ST_UnaryUnion(ST_Collect(e.geom)) AS g FROM capa_entidades e
        WHERE e.municipality_id = ${codigo} AND e.capa_id = ${capaId}::uuid AND ${categoryFilter(choice)}
          AND ST_Dimension(e.geom) = 2),
      alta AS MATERIALIZED (
        SELECT ST_UnaryUnion(ST_Collect(h.geom)) AS g FROM capa_entidades h, base
        WHERE h.municipality_id = ${codigo} AND h.categoria = 'alta' AND ST_Dimension(h.geom) = 2
          AND h.capa_id IN (${sql.join(
            hazardIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
          AND h.geom && base.g)
      SELECT coalesce(ST_Area(ST_Intersection(base.g, alta.g)), 0) AS m2 FROM base, alta`),
  );
  return Number(row?.m2 ?? 0);
}

const originOf = (r: LayerRow): LayerOrigin => ({
  capaId: r.id,
  nombre: r.nombre,
  estudio: r.metadatos.estudio ?? null,
  fecha: r.metadatos.fecha ?? null,
});

async function measureOne(
  tx: Tx,
  codigo: string,
  m: CartographicMeasure & { layers: Map<LayerProfileId, LayerRow> },
): Promise<CartographicValue | null> {
  const { layers } = m;
  for (const choice of m.capa) {
    const layer = layers.get(choice.perfil);
    if (!layer) continue;
    const base = await layerArea(tx, { codigo, capaId: layer.id, choice });
    if (base === null) continue;
    const importada = new Date(layer.creado_en);
    if (!m.amenazaAlta) {
      return {
        valor: roundHa(base),
        anio: layerYear(layer.metadatos.fecha ?? null, importada),
        capas: [originOf(layer)],
        supuesto: m.supuesto,
      };
    }
    const hazards = m.amenazaAlta.flatMap((p) => layers.get(p) ?? []);
    if (hazards.length === 0) return null;
    const m2 = await highHazardArea(tx, {
      codigo,
      capaId: layer.id,
      choice,
      hazardIds: hazards.map((h) => h.id),
    });
    const all = [layer, ...hazards];
    return {
      valor: roundHa(m2),
      // The value is as recent as the oldest layer it crosses.
      anio: Math.min(
        ...all.map((l) => layerYear(l.metadatos.fecha ?? null, new Date(l.creado_en))),
      ),
      capas: all.map(originOf),
      supuesto: m.supuesto,
    };
  }
  return null;
}

/**
 * What the municipality's cartography measures for the catalogue's area indicators (issue 15), in
 * hectares computed in EPSG:9377 (the layers' storage CRS, ADR 0005). Only the indicators the
 * municipality has are measured, and nothing is queried when it has no layers.
 */
export async function cartographicValues(
  tx: Tx,
  codigo: string,
  indicadores: readonly string[],
): Promise<Map<string, CartographicValue>> {
  const values = new Map<string, CartographicValue>();
  const wanted = CARTOGRAPHIC_MEASURES.filter((m) => indicadores.includes(m.indicadorId));
  if (wanted.length === 0) return values;
  const layers = await latestLayers(tx, codigo);
  if (layers.size === 0) return values;
  for (const m of wanted) {
    const v = await measureOne(tx, codigo, { ...m, layers });
    if (v) values.set(m.indicadorId, v);
  }
  return values;
}
