import { randomUUID } from 'node:crypto';

import { appendAudit, rowsOf } from '@ruta-pot/db';
import type { Citation } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { notFound } from '../../http/errors';
import type { Deps } from '../../http/types';
import { analyzeLandHazard, type LayerRef } from './analysis-service';
import { categoryLabel } from './layer-read';

/** Exposed parcels kept with a saved analysis (the total is always kept). */
export const MAX_SAVED_PARCELS = 500;

export interface ScaleVerdict {
  capaId: string;
  nombre: string;
  declarada: number | null;
  requerida: number | null;
  densidadVerticesPorKm: number | null;
  veredicto: string;
  mensaje: string;
  citas: Citation[];
}

/** A saved suelo × amenaza analysis, as the API answers it (and as it is stored). */
export interface SavedAnalysis {
  id: string;
  /** Id of the land-classification layer. */
  suelo: string;
  /** Id of the hazard layer. */
  amenaza: string;
  creadoEn: string;
  capas: { suelo: LayerRef; amenaza: LayerRef; predios: LayerRef | null };
  tabla: {
    clase: string;
    claseEtiqueta: string;
    categoria: string;
    categoriaEtiqueta: string;
    ha: number;
    condicionAmenaza: boolean;
  }[];
  totalHa: number;
  condicionAmenaza: { ha: number; porClase: Record<string, number> };
  /**
   * Áreas con condición de riesgo: high hazard already occupied (under parcels and/or exposed
   * elements of a `riesgo` layer); null when the municipality has neither layer.
   */
  condicionRiesgo: { ha: number; prediosHa: number | null; elementosHa: number | null } | null;
  prediosExpuestos: { entidad: number; codigo: string | null; categoria: string; ha: number }[];
  prediosTotal: number;
  escala: ScaleVerdict[];
  citas: Citation[];
}

export interface AnalysisListItem {
  id: string;
  suelo: string;
  amenaza: string;
  sueloNombre: string;
  amenazaNombre: string;
  creadoEn: string;
  totalHa: number;
  condicionAmenazaHa: number;
  prediosTotal: number;
}

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * Runs the suelo × amenaza analysis (analysis-service) and saves it with its figures, so the
 * report can be issued again later with the same numbers; audited.
 */
export async function saveAnalysis(
  deps: Deps,
  input: { codigo: string; suelo: string; amenaza: string; actor: { id: string; label: string } },
): Promise<SavedAnalysis> {
  const { codigo } = input;
  const result = await analyzeLandHazard(deps, {
    codigo,
    suelo: input.suelo,
    amenaza: input.amenaza,
  });
  const porClase: Record<string, number> = {};
  for (const r of result.condicionAmenaza.filas)
    porClase[r.clase] = round4((porClase[r.clase] ?? 0) + r.ha);
  const id = randomUUID();
  const creadoEn = deps.clock.now();
  const parcels = result.prediosExpuestos;
  const saved: SavedAnalysis = {
    id,
    suelo: result.suelo.capaId,
    amenaza: result.amenaza.capaId,
    creadoEn: creadoEn.toISOString(),
    capas: { suelo: result.suelo, amenaza: result.amenaza, predios: parcels?.capa ?? null },
    tabla: result.tabla.map((r) => ({
      clase: r.clase,
      claseEtiqueta:
        r.clase === 'sin_clase' ? 'Sin clase' : categoryLabel('clasificacion_suelo', r.clase),
      categoria: r.categoria,
      categoriaEtiqueta:
        r.categoria === 'sin_categoria'
          ? 'Sin categoría'
          : categoryLabel(result.amenaza.tipo, r.categoria),
      ha: r.ha,
      condicionAmenaza: r.condicionAmenaza,
    })),
    totalHa: round4(result.tabla.reduce((sum, r) => sum + r.ha, 0)),
    condicionAmenaza: { ha: result.condicionAmenaza.ha, porClase },
    condicionRiesgo: result.condicionRiesgo
      ? {
          ha: result.condicionRiesgo.ha,
          prediosHa: result.condicionRiesgo.prediosHa,
          elementosHa: result.condicionRiesgo.riesgo?.ha ?? null,
        }
      : null,
    prediosExpuestos: (parcels?.predios ?? []).slice(0, MAX_SAVED_PARCELS).map((p) => ({
      entidad: p.entidad,
      codigo: p.codigo,
      categoria: p.categoria,
      ha: p.haExpuestas,
    })),
    prediosTotal: parcels?.total ?? 0,
    escala: result.escala.map((e) => ({ ...e })),
    citas: result.citas,
  };
  const { id: _id, creadoEn: _creado, ...resultado } = saved;
  await deps.db.withContext({ municipio: codigo, usuario: input.actor.id }, async (tx) => {
    await tx.execute(sql`INSERT INTO capas_analisis
        (municipality_id, id, suelo_id, amenaza_id, resultado, creado_en, creado_por)
      VALUES (${codigo}, ${id}::uuid, ${saved.suelo}::uuid, ${saved.amenaza}::uuid,
        ${JSON.stringify(resultado)}::jsonb, ${creadoEn.toISOString()}::timestamptz, ${input.actor.id}::uuid)`);
    await appendAudit(tx, {
      municipalityId: codigo,
      actorId: input.actor.id,
      actor: input.actor.label,
      accion: 'capas.analizar',
      objeto: id,
      detalle: {
        suelo: saved.suelo,
        amenaza: saved.amenaza,
        totalHa: saved.totalHa,
        condicionAmenazaHa: saved.condicionAmenaza.ha,
        prediosTotal: saved.prediosTotal,
      },
      ocurridoEn: creadoEn,
    });
  });
  return saved;
}

interface StoredRow {
  id: string;
  resultado: Omit<SavedAnalysis, 'id' | 'creadoEn'> | string;
  creado_en: string | Date;
}

const fromRow = (r: StoredRow): SavedAnalysis => {
  const resultado =
    typeof r.resultado === 'string' ? (JSON.parse(r.resultado) as unknown) : r.resultado;
  return {
    ...(resultado as Omit<SavedAnalysis, 'id' | 'creadoEn'>),
    id: r.id,
    creadoEn: new Date(r.creado_en).toISOString(),
  };
};

/** The municipality's saved analyses, newest first (summaries). */
export async function listAnalyses(
  deps: Deps,
  codigo: string,
): Promise<{ analisis: AnalysisListItem[] }> {
  return deps.db.withContext({ municipio: codigo }, async (tx) => {
    const rows = rowsOf<StoredRow>(
      await tx.execute(sql`SELECT id::text AS id, resultado, creado_en FROM capas_analisis
        WHERE municipality_id = ${codigo} ORDER BY creado_en DESC, id`),
    );
    return {
      analisis: rows.map(fromRow).map((a) => ({
        id: a.id,
        suelo: a.suelo,
        amenaza: a.amenaza,
        sueloNombre: a.capas.suelo.nombre,
        amenazaNombre: a.capas.amenaza.nombre,
        creadoEn: a.creadoEn,
        totalHa: a.totalHa,
        condicionAmenazaHa: a.condicionAmenaza.ha,
        prediosTotal: a.prediosTotal,
      })),
    };
  });
}

/** One saved analysis of the municipality (404 when absent). */
export async function readAnalysis(
  deps: Deps,
  key: { codigo: string; id: string },
): Promise<SavedAnalysis> {
  return deps.db.withContext({ municipio: key.codigo }, async (tx) => {
    const [row] = rowsOf<StoredRow>(
      await tx.execute(sql`SELECT id::text AS id, resultado, creado_en FROM capas_analisis
        WHERE municipality_id = ${key.codigo} AND id = ${key.id}::uuid`),
    );
    if (!row) throw notFound();
    return fromRow(row);
  });
}
