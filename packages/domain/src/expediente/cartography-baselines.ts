import type { LandClassCode, LayerProfileId } from '../cartography/profiles.js';

/**
 * Which modelo de ocupación indicators the municipality's own cartography can measure (issue 15:
 * «baselines fill themselves where the platform already knows the value … areas from the
 * cartography»), written as data so the server computes each one with the same PostGIS query.
 *
 * A measure is the area, in hectares computed in EPSG:9377 (docs/adr/0005-crs-and-units.md), of
 * the union of the features of the municipality's most recent layer of one profile — optionally
 * only some categories — and, for the occupied-hazard indicator, intersected with the land the
 * plan occupies. The first layer choice the municipality has wins; none means «no value».
 */
export interface LayerChoice {
  perfil: LayerProfileId;
  /** Normalised categories counted; null counts the whole layer (e.g. the urban perimeter). */
  categorias: readonly string[] | null;
}

export interface CartographicMeasure {
  indicadorId: string;
  /** Layer choices in order of preference (one layer is used). */
  capa: readonly LayerChoice[];
  /**
   * Hazard profiles whose `alta` features are intersected with the area above (all the hazard
   * layers the municipality has, one per profile). Only the occupied-hazard indicator has it.
   */
  amenazaAlta?: readonly LayerProfileId[];
  /** The assumption shown next to the value (no number without its assumption). */
  supuesto: string;
}

const URBAN: readonly LandClassCode[] = ['urbano'];
const OCCUPIED: readonly LandClassCode[] = ['urbano', 'centro_poblado'];

export const HAZARD_PROFILES: readonly LayerProfileId[] = [
  'amenaza_movimientos_masa',
  'amenaza_inundacion',
  'amenaza_avenidas_torrenciales',
];

export const CARTOGRAPHIC_MEASURES: readonly CartographicMeasure[] = [
  {
    indicadorId: 'area-urbana',
    capa: [
      { perfil: 'clasificacion_suelo', categorias: URBAN },
      { perfil: 'perimetro_urbano', categorias: null },
    ],
    supuesto:
      'Área del suelo urbano de la capa de clasificación del suelo (o del perímetro urbano).',
  },
  {
    indicadorId: 'area-expansion',
    capa: [{ perfil: 'clasificacion_suelo', categorias: ['expansion'] }],
    supuesto: 'Área del suelo de expansión urbana de la capa de clasificación del suelo.',
  },
  {
    indicadorId: 'suelo-proteccion',
    capa: [
      { perfil: 'clasificacion_suelo', categorias: ['proteccion'] },
      { perfil: 'areas_protegidas', categorias: null },
    ],
    supuesto:
      'Área del suelo de protección de la capa de clasificación del suelo (o de la capa de áreas protegidas).',
  },
  {
    indicadorId: 'amenaza-alta-ocupada',
    capa: [
      { perfil: 'clasificacion_suelo', categorias: OCCUPIED },
      { perfil: 'perimetro_urbano', categorias: null },
    ],
    amenazaAlta: HAZARD_PROFILES,
    supuesto:
      'Se toma como suelo ocupado el suelo urbano y los centros poblados de la clasificación (o el perímetro urbano), cruzado con las zonas de amenaza alta de las capas de amenaza.',
  },
];

export function cartographicMeasure(indicadorId: string): CartographicMeasure | undefined {
  return CARTOGRAPHIC_MEASURES.find((m) => m.indicadorId === indicadorId);
}

/** The layer a value was read from, as the office sees it cited. */
export interface LayerOrigin {
  capaId: string;
  nombre: string;
  estudio: string | null;
  fecha: string | null;
}

/** «Tomado de la capa …»: the sentence shown next to a value read from the cartography. */
export function layerOriginText(capas: readonly LayerOrigin[]): string {
  const one = (c: LayerOrigin) =>
    [`«${c.nombre}»`, c.estudio, c.fecha].filter((p): p is string => !!p).join(', ');
  return `Tomado de ${capas.length === 1 ? 'la capa' : 'las capas'} ${capas.map(one).join('; ')}.`;
}

/** Year a layer's value belongs to: its study date, else the day it was imported. */
export function layerYear(fecha: string | null, importada: Date): number {
  const fromDate = fecha ? Number(fecha.slice(0, 4)) : Number.NaN;
  return Number.isInteger(fromDate) && fromDate >= 1990 ? fromDate : importada.getUTCFullYear();
}
