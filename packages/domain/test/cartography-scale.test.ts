import { describe, expect, it } from 'vitest';

import { checkLayerScale, formatScale, minimumVertexDensity } from '../src/cartography/index.js';
import * as domain from '../src/index.js';

const articles = (citas: { article: string }[]) => citas.map((c) => c.article).join(' ');

describe('scale check of a study layer (issue 14, R-CART-01, R-RISK-04)', () => {
  it('is exported from the package root', () => {
    expect(domain.checkLayerScale).toBe(checkLayerScale);
  });

  it('derives the vertex thresholds from a 0.5 mm resolution with a tolerance of 10', () => {
    expect(minimumVertexDensity(5000)).toBe(40);
    expect(minimumVertexDensity(25000)).toBe(8);
    expect(formatScale(5000)).toBe('1:5.000');
    expect(formatScale(25000)).toBe('1:25.000');
  });

  it('requires the most detailed scale of the classes covered', () => {
    const urban = checkLayerScale({
      profile: 'amenaza_inundacion',
      declarada: 5000,
      clases: ['rural', 'urbano'],
      densidad: { verticesPorKm: 300 },
    });
    expect(urban).toMatchObject({
      declarada: 5000,
      requerida: 5000,
      densidadVerticesPorKm: 300,
      veredicto: 'suficiente',
    });
    expect(urban.mensaje).toMatch(/exige escala 1:5\.000 y la capa declara 1:5\.000/);
    expect(articles(urban.citas)).toMatch(/2\.2\.2\.1\.3\.1\.3/);
    const rural = checkLayerScale({
      profile: 'amenaza_movimientos_masa',
      declarada: 25000,
      clases: ['rural', 'proteccion'],
      densidad: { segmentoMedioM: 50 },
    });
    expect(rural).toMatchObject({
      requerida: 25000,
      densidadVerticesPorKm: 20,
      veredicto: 'suficiente',
    });
  });

  it('finds a study declared at a less detailed scale insufficient', () => {
    const r = checkLayerScale({
      profile: 'amenaza_inundacion',
      declarada: 25000,
      clases: ['expansion'],
      densidad: { verticesPorKm: 300 },
    });
    expect(r.veredicto).toBe('insuficiente');
    expect(r.mensaje).toMatch(
      /declara 1:25\.000, menos detallada: hace falta un estudio a 1:5\.000/,
    );
  });

  it('doubts a layer declared at 1:5.000 whose segments are far longer than 1:5.000 needs', () => {
    const r = checkLayerScale({
      profile: 'amenaza_inundacion',
      declarada: 5000,
      clases: ['urbano'],
      // One vertex every 100 m: fine at 1:25.000, far too coarse at 1:5.000 (≤ 25 m).
      densidad: { segmentoMedioM: 100 },
    });
    expect(r).toMatchObject({ densidadVerticesPorKm: 10, veredicto: 'dudoso' });
    expect(r.mensaje).toMatch(/declara 1:5\.000, pero sus geometrías tienen menos detalle/);
    expect(r.mensaje).toMatch(/un segmento cada 100 m/);
    // The same density is enough for rural land.
    expect(
      checkLayerScale({
        profile: 'amenaza_inundacion',
        declarada: 25000,
        clases: ['rural'],
        densidad: { segmentoMedioM: 100 },
      }).veredicto,
    ).toBe('suficiente');
  });

  it('never calls a layer without a declared scale sufficient', () => {
    const dense = checkLayerScale({
      profile: 'riesgo',
      clases: ['urbano'],
      densidad: { verticesPorKm: 500 },
    });
    expect(dense).toMatchObject({ declarada: null, veredicto: 'sin_dato' });
    expect(dense.mensaje).toMatch(/no declara su escala: regístrela en los metadatos/);
    const coarse = checkLayerScale({
      profile: 'riesgo',
      declarada: null,
      clases: ['urbano'],
      densidad: { verticesPorKm: 5 },
    });
    expect(coarse.veredicto).toBe('insuficiente');
    expect(checkLayerScale({ profile: 'riesgo', declarada: 0, clases: ['urbano'] }).veredicto).toBe(
      'sin_dato',
    );
  });

  it('judges on the metadata alone when the density is unknown (points)', () => {
    const r = checkLayerScale({
      profile: 'predios',
      declarada: 2000,
      clases: ['urbano'],
      densidad: null,
    });
    expect(r).toMatchObject({ densidadVerticesPorKm: null, veredicto: 'suficiente' });
    expect(r.mensaje).not.toMatch(/vértices/);
  });

  it('has no required scale without land classes', () => {
    for (const clases of [[], ['proteccion'], ['sin_clase']]) {
      const r = checkLayerScale({ profile: 'amenaza_inundacion', declarada: 5000, clases });
      expect(r).toMatchObject({ requerida: null, veredicto: 'sin_dato' });
      expect(r.mensaje).toMatch(/No se sabe qué escala exige la capa de amenaza por inundación/);
    }
  });

  it('follows the suburban option and cites its uncertainty', () => {
    const strict = checkLayerScale({
      profile: 'amenaza_movimientos_masa',
      declarada: 25000,
      clases: ['suburbano', 'rural'],
    });
    expect(strict).toMatchObject({ requerida: 5000, veredicto: 'insuficiente' });
    expect(strict.citas.some((c) => c.confidence === '?' && /suburbano/.test(c.note ?? ''))).toBe(
      true,
    );
    const lenient = checkLayerScale({
      profile: 'amenaza_movimientos_masa',
      declarada: 25000,
      clases: ['suburbano', 'rural'],
      suburbano: 'suburbano_1_25000',
    });
    expect(lenient).toMatchObject({ requerida: 25000, veredicto: 'suficiente' });
    const keys = strict.citas.map((c) => `${c.norm}|${c.article}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
