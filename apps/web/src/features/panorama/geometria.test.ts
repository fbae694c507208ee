import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import { acercarEn, encuadrar, municipiosDesdeTopologia, proyectar } from './geometria';
import { LIMITES_COLOMBIA } from './model';

/**
 * Two unit squares side by side sharing their middle edge (arc 0), quantized and delta-encoded
 * the way the server sends them: scale 1 and translate (-75, 4), so x = -75 + qx, y = 4 + qy.
 */
const TOPOLOGIA: Topology = {
  type: 'Topology',
  transform: { scale: [1, 1], translate: [-75, 4] },
  objects: {
    municipios: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '05001', arcs: [[0, 1]] },
        { type: 'MultiPolygon', id: '05002', arcs: [[[~0, 2]]] },
      ],
    },
  },
  arcs: [
    // (1,0) → (1,1): the shared border, sent once.
    [
      [1, 0],
      [0, 1],
    ],
    // (1,1) → (0,1) → (0,0) → (1,0)
    [
      [1, 1],
      [-1, 0],
      [0, -1],
      [1, 0],
    ],
    // (1,1) → (2,1) → (2,0) → (1,0)
    [
      [1, 1],
      [1, 0],
      [0, -1],
      [-1, 0],
    ],
  ],
};

describe('geometría del mapa nacional', () => {
  it('decodifica los arcos compartidos de la topología en los anillos proyectados de cada municipio', () => {
    const municipios = municipiosDesdeTopologia(TOPOLOGIA);
    expect(municipios.map((m) => m.codigo)).toEqual(['05001', '05002']);
    const [a, b] = municipios;
    const punto = (anillo: Float64Array, i: number) => [anillo[i * 2], anillo[i * 2 + 1]];
    // Both rings pass through the two ends of the shared edge, (-74, 4) and (-74, 5).
    const comun = [proyectar(-74, 4), proyectar(-74, 5)];
    for (const m of [a!, b!]) {
      expect(m.anillos).toHaveLength(1);
      const puntos = Array.from({ length: m.anillos[0]!.length / 2 }, (_, i) =>
        punto(m.anillos[0]!, i),
      );
      for (const c of comun) expect(puntos).toContainEqual(c);
    }
    // 05002 lies east of 05001.
    expect(Math.max(...b!.anillos[0]!.filter((_, i) => i % 2 === 0))).toBeGreaterThan(
      Math.max(...a!.anillos[0]!.filter((_, i) => i % 2 === 0)),
    );
  });

  it('sin el objeto municipios no hay nada que dibujar', () => {
    expect(municipiosDesdeTopologia({ type: 'Topology', objects: {}, arcs: [] })).toEqual([]);
  });

  it('encaja Colombia en el lienzo con margen y acerca alrededor de un punto fijo', () => {
    const vista = encuadrar(LIMITES_COLOMBIA, { ancho: 600, alto: 400 }, 8);
    const aPixel = (lon: number, lat: number) => {
      const [x, y] = proyectar(lon, lat);
      return [x * vista.escala + vista.dx, y * vista.escala + vista.dy] as const;
    };
    const [oeste, norte] = aPixel(LIMITES_COLOMBIA[0], LIMITES_COLOMBIA[3]);
    const [este, sur] = aPixel(LIMITES_COLOMBIA[2], LIMITES_COLOMBIA[1]);
    // Taller than wide: the height fills the canvas minus the margin; centred horizontally.
    expect(norte).toBeCloseTo(8);
    expect(sur).toBeCloseTo(392);
    expect(oeste).toBeGreaterThan(8);
    expect(600 - este).toBeCloseTo(oeste);
    const cerca = acercarEn(vista, 2, { x: 300, y: 200 });
    expect(cerca.escala).toBeCloseTo(vista.escala * 2);
    // The point under (300, 200) stays there.
    const x = (300 - vista.dx) / vista.escala;
    expect(x * cerca.escala + cerca.dx).toBeCloseTo(300);
  });
});
