import { type Citation, CITES, ley388 } from '../citations.js';
import { PREP_CITES } from '../preparation/citations.js';
import {
  type LandClass,
  scaleRules,
  type SuburbanScaleOption,
} from '../preparation/land-scales.js';

/**
 * POT layer profiles (issue 14): what a layer is, the attributes it is expected to carry and the
 * vocabularies its categories are normalised to. Written as data so the LADM_COL-POT model
 * (legal-rules R-CART-03, unverified) can be mapped onto it later: each profile and vocabulary
 * has a `ladmColPot` slot that stays null until that mapping is verified.
 */

/** Profile ids shared by the API and the CLI (`--tipo`). */
export const LAYER_PROFILE_IDS = [
  'clasificacion_suelo',
  'amenaza_movimientos_masa',
  'amenaza_inundacion',
  'amenaza_avenidas_torrenciales',
  'riesgo',
  'perimetro_urbano',
  'predios',
  'areas_protegidas',
  'tratamientos',
  'otra',
] as const;
export type LayerProfileId = (typeof LAYER_PROFILE_IDS)[number];

/** Hazard (and risk) categories, normalised. */
export const HAZARD_CATEGORIES = ['alta', 'media', 'baja'] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

/** Land classes of a POT (Ley 388 arts. 30-35 and centros poblados rurales), normalised. */
export const LAND_CLASSES = [
  'urbano',
  'expansion',
  'rural',
  'suburbano',
  'proteccion',
  'centro_poblado',
] as const;
export type LandClassCode = (typeof LAND_CLASSES)[number];

export type VocabularyId = 'amenaza' | 'clase_suelo';

export interface VocabularyValue {
  code: string;
  label: string;
  /** Phrases recognised in a value (compared without case, accents or punctuation). */
  synonyms: readonly string[];
}

export interface CategoryVocabulary {
  id: VocabularyId;
  label: string;
  values: readonly VocabularyValue[];
  /**
   * Numeric codes that only mean a category under one attribute name, e.g. the `gridcode` of a
   * raster-derived study. Keyed by the attribute name (lower case), then by the value as text.
   */
  fieldCodes: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Where each code of LADM_COL-POT maps (R-CART-03); null until verified. */
  ladmColPot: null;
  citations: readonly Citation[];
}

export interface ProfileField {
  id: string;
  label: string;
  /** Attribute names looked for, in order of preference (compared without case or accents). */
  candidates: readonly string[];
}

export interface LayerProfile {
  id: LayerProfileId;
  label: string;
  /** The category vocabulary, when the profile has one. */
  vocabulary: VocabularyId | null;
  /** The attribute that carries the category: looked for among these names when not given. */
  categoryField: ProfileField | null;
  /** Other attributes the profile expects (identifiers, names). */
  fields: readonly ProfileField[];
  /** True for hazard layers (the «amenaza» side of the suelo × amenaza analysis). */
  hazard: boolean;
  /** LADM_COL-POT class this profile maps to (R-CART-03); null until verified. */
  ladmColPot: null;
  citations: readonly Citation[];
}

/** R-CART-03: LADM_COL-POT, stated by a third party and not verified (legal-rules §11 Q8). */
const LADM_COL_POT: Citation = {
  norm: 'Resolución MinVivienda 0495 de 2022 (mod. Resolución 0058 de 2025), modelo LADM_COL-POT',
  article: '—',
  confidence: '?',
  note: 'Obligatoriedad del modelo afirmada por un tercero y no verificada; los perfiles se escriben como datos para mapearlo después.',
};

/** Clases de suelo: urbano, de expansión, rural, suburbano y de protección. */
const CLASES_SUELO = ley388('30 a 35', 'K', 'Clases de suelo; verificar texto oficial.');

const HAZARD_CITES = [CITES.d1077risk, PREP_CITES.escalas] as const;

export const VOCABULARIES: Readonly<Record<VocabularyId, CategoryVocabulary>> = {
  amenaza: {
    id: 'amenaza',
    label: 'Categoría de amenaza o riesgo',
    values: [
      { code: 'alta', label: 'Alta', synonyms: ['alta', 'alto'] },
      {
        code: 'media',
        label: 'Media',
        synonyms: ['media', 'medio', 'moderada', 'moderado', 'intermedia'],
      },
      { code: 'baja', label: 'Baja', synonyms: ['baja', 'bajo'] },
    ],
    fieldCodes: {
      // Estudio detallado ALDESARROLLO (2025), Santa Rosa de Cabal: the raster class of each
      // polygon (../shared/data/README.md). Only under this attribute name.
      gridcode: { '2': 'alta', '3': 'media', '4': 'baja' },
    },
    ladmColPot: null,
    citations: [...HAZARD_CITES, LADM_COL_POT],
  },
  clase_suelo: {
    id: 'clase_suelo',
    label: 'Clase de suelo',
    values: [
      { code: 'urbano', label: 'Suelo urbano', synonyms: ['urbano', 'urbana', 'suelo urbano'] },
      {
        code: 'expansion',
        label: 'Suelo de expansión urbana',
        synonyms: ['expansion', 'expansion urbana', 'suelo de expansion'],
      },
      { code: 'rural', label: 'Suelo rural', synonyms: ['rural', 'suelo rural'] },
      {
        code: 'suburbano',
        label: 'Suelo rural suburbano',
        synonyms: ['suburbano', 'suburbana', 'rural suburbano'],
      },
      {
        code: 'proteccion',
        label: 'Suelo de protección',
        synonyms: ['proteccion', 'suelo de proteccion', 'rural de proteccion'],
      },
      {
        code: 'centro_poblado',
        label: 'Centro poblado rural',
        synonyms: ['centro poblado', 'centros poblados', 'centro poblado rural'],
      },
    ],
    fieldCodes: {},
    ladmColPot: null,
    citations: [CLASES_SUELO, PREP_CITES.escalas, LADM_COL_POT],
  },
};

const CATEGORY_HAZARD: ProfileField = {
  id: 'categoria',
  label: 'Categoría de amenaza (alta, media, baja)',
  candidates: [
    'categoria',
    'cat_amenaza',
    'categoria_amenaza',
    'nivel_amenaza',
    'amenaza',
    'tipo_amena',
    'tipo_amenaza',
    'nivel',
    'gridcode',
  ],
};

const hazard = (id: LayerProfileId, label: string): LayerProfile => ({
  id,
  label,
  vocabulary: 'amenaza',
  categoryField: CATEGORY_HAZARD,
  fields: [],
  hazard: true,
  ladmColPot: null,
  citations: HAZARD_CITES,
});

const NAME_FIELD: ProfileField = {
  id: 'nombre',
  label: 'Nombre',
  candidates: ['nombre', 'name', 'nom'],
};

export const LAYER_PROFILES: Readonly<Record<LayerProfileId, LayerProfile>> = {
  clasificacion_suelo: {
    id: 'clasificacion_suelo',
    label: 'Clasificación del suelo',
    vocabulary: 'clase_suelo',
    categoryField: {
      id: 'clase',
      label: 'Clase de suelo (urbano, expansión, rural, suburbano, protección, centro poblado)',
      candidates: ['clase_suelo', 'clasificacion', 'clase', 'tipo_suelo', 'suelo', 'categoria'],
    },
    fields: [],
    hazard: false,
    ladmColPot: null,
    citations: VOCABULARIES.clase_suelo.citations,
  },
  amenaza_movimientos_masa: hazard('amenaza_movimientos_masa', 'Amenaza por movimientos en masa'),
  amenaza_inundacion: hazard('amenaza_inundacion', 'Amenaza por inundación'),
  amenaza_avenidas_torrenciales: hazard(
    'amenaza_avenidas_torrenciales',
    'Amenaza por avenidas torrenciales',
  ),
  riesgo: {
    id: 'riesgo',
    label: 'Riesgo (elementos expuestos)',
    vocabulary: 'amenaza',
    categoryField: {
      id: 'categoria',
      label: 'Categoría de riesgo (alta, media, baja)',
      candidates: ['categoria', 'c_riesgo', 'cat_riesgo', 'nivel_riesgo', 'riesgo'],
    },
    fields: [{ id: 'tipo', label: 'Elemento expuesto', candidates: ['tipo', 'elemento'] }],
    hazard: false,
    ladmColPot: null,
    citations: HAZARD_CITES,
  },
  perimetro_urbano: {
    id: 'perimetro_urbano',
    label: 'Perímetro urbano',
    vocabulary: null,
    categoryField: null,
    fields: [NAME_FIELD],
    hazard: false,
    ladmColPot: null,
    citations: [PREP_CITES.escalas],
  },
  predios: {
    id: 'predios',
    label: 'Predios (catastro)',
    vocabulary: null,
    categoryField: null,
    fields: [
      {
        id: 'codigo',
        label: 'Número predial',
        candidates: ['codigo', 'numero_predial', 'codigo_predial', 'npn', 'cod_predio'],
      },
    ],
    hazard: false,
    ladmColPot: null,
    citations: [CITES.d1077risk],
  },
  areas_protegidas: {
    id: 'areas_protegidas',
    label: 'Áreas protegidas y de importancia ambiental',
    vocabulary: null,
    categoryField: {
      id: 'categoria',
      label: 'Categoría de manejo',
      candidates: ['categoria', 'categoria_manejo', 'figura'],
    },
    fields: [NAME_FIELD],
    hazard: false,
    ladmColPot: null,
    citations: [PREP_CITES.escalas],
  },
  tratamientos: {
    id: 'tratamientos',
    label: 'Tratamientos urbanísticos',
    vocabulary: null,
    categoryField: {
      id: 'tratamiento',
      label: 'Tratamiento',
      candidates: ['tratamiento', 'tratamient', 'categoria'],
    },
    fields: [],
    hazard: false,
    ladmColPot: null,
    citations: [PREP_CITES.escalas],
  },
  otra: {
    id: 'otra',
    label: 'Otra capa',
    vocabulary: null,
    categoryField: null,
    fields: [],
    hazard: false,
    ladmColPot: null,
    citations: [],
  },
};

export function isLayerProfileId(value: string): value is LayerProfileId {
  return (LAYER_PROFILE_IDS as readonly string[]).includes(value);
}

/** Lower case, without accents, punctuation collapsed to single spaces. */
export function normalizeAttributeText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every (phrase, code) of a vocabulary, the longest phrase first (so «expansión urbana» wins). */
function phrases(vocabulary: CategoryVocabulary): Array<[string, string]> {
  return vocabulary.values
    .flatMap((v) => v.synonyms.map((s): [string, string] => [normalizeAttributeText(s), v.code]))
    .sort((a, b) => b[0].length - a[0].length);
}

/**
 * The normalised category of an attribute value: the vocabulary code whose longest synonym
 * appears as whole words in the value («Amenaza Alta», «ALTA», «Alta no mitigable» → alta;
 * «Suelo de expansión urbana» → expansion), or a study code of that attribute (`gridcode` 2 →
 * alta). Null when the value means nothing in the vocabulary.
 */
export function normalizeCategory(
  vocabularyId: VocabularyId,
  value: string | number | boolean | null,
  fieldName?: string,
): string | null {
  if (value === null || typeof value === 'boolean') return null;
  const vocabulary = VOCABULARIES[vocabularyId];
  const codes = fieldName ? vocabulary.fieldCodes[normalizeAttributeText(fieldName)] : undefined;
  if (codes) return codes[String(value).trim()] ?? null;
  const text = ` ${normalizeAttributeText(String(value))} `;
  if (text.trim() === '') return null;
  const hit = phrases(vocabulary).find(([phrase]) => text.includes(` ${phrase} `));
  return hit ? hit[1] : null;
}

/** The attribute of `names` that carries the profile's category (by its candidates), or null. */
export function findCategoryField(
  profileId: LayerProfileId,
  names: readonly string[],
): string | null {
  const field = LAYER_PROFILES[profileId].categoryField;
  if (!field) return null;
  for (const candidate of field.candidates) {
    const found = names.find(
      (n) => normalizeAttributeText(n) === normalizeAttributeText(candidate),
    );
    if (found) return found;
  }
  return null;
}

/** The attribute of `names` that carries a field of the profile (e.g. `codigo` of predios). */
export function findProfileField(
  profileId: LayerProfileId,
  fieldId: string,
  names: readonly string[],
): string | null {
  const field = LAYER_PROFILES[profileId].fields.find((f) => f.id === fieldId);
  if (!field) return null;
  for (const candidate of field.candidates) {
    const found = names.find(
      (n) => normalizeAttributeText(n) === normalizeAttributeText(candidate),
    );
    if (found) return found;
  }
  return null;
}

/** Land classes where high or medium hazard is an «área con condición de amenaza» (R-RISK-03). */
export const HAZARD_CONDITION_CLASSES: readonly LandClassCode[] = [
  'urbano',
  'expansion',
  'suburbano',
  'centro_poblado',
];

/**
 * Áreas con condición de amenaza: high or medium hazard in land the plan makes urban, expansion,
 * suburban or centro poblado (Decreto 1077 de 2015 art. 2.2.2.1.3.1.3; legal-rules R-RISK-03).
 */
export function isHazardCondition(landClass: string | null, category: string | null): boolean {
  return (
    (category === 'alta' || category === 'media') &&
    (HAZARD_CONDITION_CLASSES as readonly (string | null)[]).includes(landClass)
  );
}

export const HAZARD_CONDITION_CITATIONS: readonly Citation[] = [CITES.d1077risk];

const SCALE_CLASS: Record<LandClassCode, LandClass | null> = {
  urbano: 'urbano',
  expansion: 'expansion',
  centro_poblado: 'centros_poblados',
  suburbano: 'suburbano',
  rural: 'rural',
  // Protection land lies in any class: its scale is the one of the class it lies in.
  proteccion: null,
};

/**
 * Scale denominator the studies of a land class need (5.000 or 25.000; R-CART-01, R-RISK-04),
 * from the preparation rules (`scaleRules`); null for protection land, which takes the scale of
 * the class it lies in.
 */
export function requiredScaleDenominator(
  landClass: LandClassCode,
  option: SuburbanScaleOption = 'suburbano_1_5000',
): 5000 | 25000 | null {
  const scaleClass = SCALE_CLASS[landClass];
  const rule = scaleRules(option).find((r) => r.landClass === scaleClass);
  if (!rule) return null;
  return rule.scale === '1:5.000' ? 5000 : 25000;
}
