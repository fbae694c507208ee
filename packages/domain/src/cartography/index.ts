/** Cartography of the POT (issue 14): layer profiles, category vocabularies, hazard condition. */
export type {
  CategoryVocabulary,
  HazardCategory,
  LandClassCode,
  LayerProfile,
  LayerProfileId,
  ProfileField,
  VocabularyId,
  VocabularyValue,
} from './profiles.js';
export {
  findCategoryField,
  findProfileField,
  HAZARD_CATEGORIES,
  HAZARD_CONDITION_CITATIONS,
  HAZARD_CONDITION_CLASSES,
  isHazardCondition,
  isLayerProfileId,
  LAND_CLASSES,
  LAYER_PROFILE_IDS,
  LAYER_PROFILES,
  normalizeAttributeText,
  normalizeCategory,
  requiredScaleDenominator,
  VOCABULARIES,
} from './profiles.js';
export type {
  ScaleCheck,
  ScaleCheckInput,
  ScaleVerdictCode,
  VertexDensity,
} from './scale-check.js';
export {
  checkLayerScale,
  formatScale,
  MAP_RESOLUTION_M,
  minimumVertexDensity,
  SEGMENT_TOLERANCE,
} from './scale-check.js';
