import type { Citation } from '../citations.js';
import { PREP_CITES } from '../preparation/citations.js';
import type { SuburbanScaleOption } from '../preparation/land-scales.js';
import {
  LAND_CLASSES,
  type LandClassCode,
  LAYER_PROFILES,
  type LayerProfileId,
  requiredScaleDenominator,
} from './profiles.js';

/**
 * Scale check of a study layer (issue 14; legal-rules R-CART-01, R-RISK-04): the studies of urban,
 * expansion and centro poblado land go at 1:5.000 and those of the rest of rural land at 1:25.000
 * (suburban land follows the named option of `scaleRules`). The required scale of a layer is the
 * most detailed one among the land classes it covers.
 *
 * Two sources of evidence:
 * - the declared scale (the layer's metadata), compared with the required one;
 * - the vertex density of its geometries. A map at 1:N is drawn with a graphic resolution of about
 *   0.5 mm, i.e. N × 0.5 mm on the ground (2,5 m at 1:5.000, 12,5 m at 1:25.000). Straight edges
 *   (parcels, rectangles) legitimately have long segments, so a layer is only flagged when its mean
 *   segment is longer than SEGMENT_TOLERANCE times that resolution (5 mm on the map: 25 m at
 *   1:5.000, 125 m at 1:25.000; i.e. fewer than 40 or 8 vertices per km of boundary). The test is
 *   one-sided: few vertices prove a lack of detail, many vertices do not prove detail (a line can
 *   be densified). So a layer whose metadata says 1:5.000 but whose segments are much longer than
 *   1:5.000 needs is «dudoso», and a layer without a declared scale is never «suficiente».
 */

/** Graphic resolution of a printed map, in metres of paper (0.5 mm). */
export const MAP_RESOLUTION_M = 0.0005;
/** How many times the resolution a mean segment may be before the layer is suspicious. */
export const SEGMENT_TOLERANCE = 10;
const M_PER_KM = 1000;

export type ScaleVerdictCode = 'suficiente' | 'insuficiente' | 'sin_dato' | 'dudoso';

/** Measured vertex density: vertices per km of boundary, or the mean segment length in metres. */
export type VertexDensity = { verticesPorKm: number } | { segmentoMedioM: number };

export interface ScaleCheckInput {
  /** The study layer's profile (amenaza_inundacion, riesgo, predios, …). */
  profile: LayerProfileId;
  /** Declared scale denominator (5000 for 1:5.000), from the metadata; absent when unknown. */
  declarada?: number | null | undefined;
  /** Land classes the layer covers (from the suelo × amenaza analysis). */
  clases: readonly string[];
  /** Measured density; null for points or when not measured. */
  densidad?: VertexDensity | null | undefined;
  suburbano?: SuburbanScaleOption | undefined;
}

export interface ScaleCheck {
  declarada: number | null;
  requerida: number | null;
  densidadVerticesPorKm: number | null;
  veredicto: ScaleVerdictCode;
  /** Plain Spanish explanation. */
  mensaje: string;
  citas: Citation[];
}

/** «1:5.000» (Spanish thousands separator). */
export function formatScale(denominator: number): string {
  return `1:${Math.round(denominator).toLocaleString('de-DE')}`;
}

/** Fewest vertices per km of boundary a layer at 1:N should have (8 at 1:25.000, 40 at 1:5.000). */
export function minimumVertexDensity(denominator: number): number {
  return M_PER_KM / (denominator * MAP_RESOLUTION_M * SEGMENT_TOLERANCE);
}

function verticesPerKm(density: VertexDensity | null | undefined): number | null {
  if (!density) return null;
  const value =
    'verticesPorKm' in density
      ? density.verticesPorKm
      : density.segmentoMedioM > 0
        ? M_PER_KM / density.segmentoMedioM
        : NaN;
  return Number.isFinite(value) && value > 0 ? Math.round(value * 10) / 10 : null;
}

const isLandClass = (c: string): c is LandClassCode =>
  (LAND_CLASSES as readonly string[]).includes(c);

function citationsFor(input: ScaleCheckInput, classes: readonly LandClassCode[]): Citation[] {
  const all = [PREP_CITES.escalas, ...LAYER_PROFILES[input.profile].citations];
  if (classes.includes('suburbano')) all.push(PREP_CITES.escalaSuburbano);
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.norm}|${c.article}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function densityText(density: number): string {
  const segment = Math.round(M_PER_KM / density);
  return `${density.toLocaleString('es-CO')} vértices por km de borde (un segmento cada ${segment} m)`;
}

/**
 * The scale verdict of a study layer: its declared scale and vertex density against the scale
 * the land classes it covers require (see the heuristic above).
 */
export function checkLayerScale(input: ScaleCheckInput): ScaleCheck {
  const declarada =
    input.declarada !== null &&
    input.declarada !== undefined &&
    Number.isFinite(input.declarada) &&
    input.declarada > 0
      ? input.declarada
      : null;
  const classes = input.clases.filter(isLandClass);
  const required = classes
    .map((c) => requiredScaleDenominator(c, input.suburbano))
    .filter((d): d is 5000 | 25000 => d !== null);
  const requerida = required.length > 0 ? Math.min(...required) : null;
  const densidadVerticesPorKm = verticesPerKm(input.densidad);
  const citas = citationsFor(input, classes);
  const label = LAYER_PROFILES[input.profile].label.toLowerCase();
  const result = (veredicto: ScaleVerdictCode, mensaje: string): ScaleCheck => ({
    declarada,
    requerida,
    densidadVerticesPorKm,
    veredicto,
    mensaje,
    citas,
  });
  if (requerida === null)
    return result(
      'sin_dato',
      `No se sabe qué escala exige la capa de ${label}: no cubre suelo urbano, de expansión, suburbano, centro poblado ni rural de la clasificación del suelo.`,
    );
  const need = `El estudio cubre suelo que exige escala ${formatScale(requerida)}`;
  const coarse =
    densidadVerticesPorKm !== null && densidadVerticesPorKm < minimumVertexDensity(requerida);
  const coarseText =
    densidadVerticesPorKm === null
      ? ''
      : ` Sus geometrías tienen ${densityText(densidadVerticesPorKm)}; a ${formatScale(requerida)} se esperan al menos ${minimumVertexDensity(requerida)} (un segmento cada ${Math.round(requerida * MAP_RESOLUTION_M * SEGMENT_TOLERANCE)} m o menos).`;
  if (declarada === null) {
    if (coarse)
      return result(
        'insuficiente',
        `${need} y la capa no declara su escala.${coarseText} Tiene menos detalle del exigido.`,
      );
    return result(
      'sin_dato',
      `${need}, pero la capa no declara su escala: regístrela en los metadatos.${coarseText}`,
    );
  }
  if (declarada > requerida)
    return result(
      'insuficiente',
      `${need} y la capa declara ${formatScale(declarada)}, menos detallada: hace falta un estudio a ${formatScale(requerida)}.${coarseText}`,
    );
  if (coarse)
    return result(
      'dudoso',
      `${need}; la capa declara ${formatScale(declarada)}, pero sus geometrías tienen menos detalle del que esa escala supone.${coarseText} Verifique la escala real del estudio.`,
    );
  return result(
    'suficiente',
    `${need} y la capa declara ${formatScale(declarada)}.${coarseText}`.trim(),
  );
}
