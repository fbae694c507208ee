import { describe, expect, it } from 'vitest';

import {
  findCategoryField,
  findProfileField,
  isHazardCondition,
  isLayerProfileId,
  LAND_CLASSES,
  LAYER_PROFILE_IDS,
  LAYER_PROFILES,
  normalizeCategory,
  requiredScaleDenominator,
  VOCABULARIES,
} from '../src/cartography/index.js';
import * as domain from '../src/index.js';

describe('layer profiles (issue 14)', () => {
  it('has the ten profile ids shared by API and CLI, each with a Spanish label', () => {
    expect(LAYER_PROFILE_IDS).toEqual([
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
    ]);
    for (const id of LAYER_PROFILE_IDS) {
      expect(LAYER_PROFILES[id].id).toBe(id);
      expect(LAYER_PROFILES[id].label).toMatch(/^[A-ZÁÉÍÓÚ]/);
      expect(LAYER_PROFILES[id].ladmColPot).toBeNull();
    }
    expect(isLayerProfileId('amenaza_inundacion')).toBe(true);
    expect(isLayerProfileId('inundacion')).toBe(false);
    expect(domain.LAYER_PROFILE_IDS).toBe(LAYER_PROFILE_IDS);
  });

  it('marks the three hazard profiles and cites the risk and scale rules', () => {
    const hazards = LAYER_PROFILE_IDS.filter((id) => LAYER_PROFILES[id].hazard);
    expect(hazards).toEqual([
      'amenaza_movimientos_masa',
      'amenaza_inundacion',
      'amenaza_avenidas_torrenciales',
    ]);
    for (const id of hazards) {
      const norms = LAYER_PROFILES[id].citations.map((c) => c.article).join(' ');
      expect(norms).toMatch(/2\.2\.2\.1\.3\.1\.3/);
    }
    expect(VOCABULARIES.amenaza.citations.some((c) => c.confidence === '?')).toBe(true);
  });
});

describe('normalizeCategory', () => {
  it.each([
    ['ALTA', 'alta'],
    ['Alta', 'alta'],
    ['Amenaza Alta', 'alta'],
    ['  amenaza   MEDIA ', 'media'],
    ['Moderada', 'media'],
    ['Baja', 'baja'],
    [
      'Amenaza Media mitigable (Profundidad 0.45 m - 0.90 m o Velocidad entre 0.5 - 0.8 m/s',
      'media',
    ],
    ['Amenaza no mitigable por Inundación Fluvial', null],
    ['', null],
    [null, null],
  ] as const)('hazard «%s» → %s', (value, expected) => {
    expect(normalizeCategory('amenaza', value)).toBe(expected);
  });

  it('reads gridcode 2/3/4 of the Santa Rosa study only under that attribute name', () => {
    expect(normalizeCategory('amenaza', 2, 'gridcode')).toBe('alta');
    expect(normalizeCategory('amenaza', 3, 'GRIDCODE')).toBe('media');
    expect(normalizeCategory('amenaza', '4', 'gridcode')).toBe('baja');
    expect(normalizeCategory('amenaza', 5, 'gridcode')).toBeNull();
    expect(normalizeCategory('amenaza', 2, 'Categoria')).toBeNull();
  });

  it.each([
    ['Suelo urbano', 'urbano'],
    ['URBANO', 'urbano'],
    ['Suelo de expansión urbana', 'expansion'],
    ['Expansion', 'expansion'],
    ['Rural', 'rural'],
    ['Suelo rural suburbano', 'suburbano'],
    ['Suelo rural de protección', 'proteccion'],
    ['Protección', 'proteccion'],
    ['Centro poblado rural', 'centro_poblado'],
    ['Centros poblados', 'centro_poblado'],
    ['Zona verde', null],
  ] as const)('land class «%s» → %s', (value, expected) => {
    expect(normalizeCategory('clase_suelo', value)).toBe(expected);
  });

  it('normalises only to the six land classes and three hazard categories', () => {
    expect(VOCABULARIES.clase_suelo.values.map((v) => v.code)).toEqual([...LAND_CLASSES]);
    expect(VOCABULARIES.amenaza.values.map((v) => v.code)).toEqual(['alta', 'media', 'baja']);
  });
});

describe('fields of a profile', () => {
  it('finds the category attribute by its candidate names, ignoring case and accents', () => {
    expect(findCategoryField('amenaza_inundacion', ['Id', 'gridcode', 'Categoria'])).toBe(
      'Categoria',
    );
    expect(findCategoryField('amenaza_inundacion', ['Id', 'gridcode'])).toBe('gridcode');
    expect(findCategoryField('riesgo', ['TIPO', 'C_riesgo'])).toBe('C_riesgo');
    expect(findCategoryField('clasificacion_suelo', ['CLASIFICACIÓN'])).toBe('CLASIFICACIÓN');
    expect(findCategoryField('otra', ['Categoria'])).toBeNull();
    expect(findProfileField('predios', 'codigo', ['OBJECTID', 'CODIGO'])).toBe('CODIGO');
  });
});

describe('condición de amenaza and scales', () => {
  it('is high or medium hazard in urban, expansion, suburban or centro poblado land', () => {
    expect(isHazardCondition('urbano', 'alta')).toBe(true);
    expect(isHazardCondition('expansion', 'media')).toBe(true);
    expect(isHazardCondition('centro_poblado', 'alta')).toBe(true);
    expect(isHazardCondition('suburbano', 'media')).toBe(true);
    expect(isHazardCondition('urbano', 'baja')).toBe(false);
    expect(isHazardCondition('rural', 'alta')).toBe(false);
    expect(isHazardCondition('proteccion', 'alta')).toBe(false);
    expect(isHazardCondition(null, 'alta')).toBe(false);
  });

  it('takes the study scale from the preparation rules (R-CART-01, R-RISK-04)', () => {
    expect(requiredScaleDenominator('urbano')).toBe(5000);
    expect(requiredScaleDenominator('centro_poblado')).toBe(5000);
    expect(requiredScaleDenominator('rural')).toBe(25000);
    expect(requiredScaleDenominator('suburbano')).toBe(5000);
    expect(requiredScaleDenominator('suburbano', 'suburbano_1_25000')).toBe(25000);
    expect(requiredScaleDenominator('proteccion')).toBeNull();
  });
});
