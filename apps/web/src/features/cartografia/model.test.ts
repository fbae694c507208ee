import { describe, expect, it } from 'vitest';

import {
  ampliar,
  bboxDe,
  colorCategoria,
  consultaEntidades,
  cubre,
  expresionColor,
  filtrarCategoria,
  formatearHa,
  leyenda,
  paginar,
  SIN_CATEGORIA,
  unirBbox,
} from './model';
import { tablaCruzada } from './model-analisis';
import { barraEscala, disenoPng, metrosPorPixel } from './model-png';

const cat = (valor: string | null, etiqueta = valor ?? 'Sin categoría') => ({
  valor,
  etiqueta,
  areaHa: 1,
  entidades: 1,
});

describe('leyenda', () => {
  it('amenaza: alta roja, media naranja, baja amarilla, en cualquier perfil de amenaza o riesgo', () => {
    for (const tipo of ['amenaza_inundacion', 'amenaza_movimientos_masa', 'riesgo']) {
      expect(colorCategoria(tipo, 'alta', 5)).toBe('#d7301f');
      expect(colorCategoria(tipo, 'media', 0)).toBe('#fc8d59');
      expect(colorCategoria(tipo, 'baja', 0)).toBe('#fee08b');
      expect(colorCategoria(tipo, 'rara', 0)).toBe(SIN_CATEGORIA);
    }
  });
  it('clases de suelo con color fijo; sin categoría, gris', () => {
    expect(colorCategoria('clasificacion_suelo', 'proteccion', 0)).toBe('#1b7837');
    expect(colorCategoria('clasificacion_suelo', null, 0)).toBe(SIN_CATEGORIA);
  });
  it('categorías libres por orden y capa sin categorías de un solo color', () => {
    const l = leyenda({ tipo: 'tratamientos', categorias: [cat('a'), cat('b')] }, 0);
    expect(l.map((e) => e.color)).toEqual(['#1f78b4', '#33a02c']);
    const sola = leyenda({ tipo: 'predios', categorias: [cat(null)] }, 1);
    expect(sola).toEqual([{ valor: null, etiqueta: 'Sin categoría', color: '#33a02c' }]);
  });
  it('expresión match de MapLibre con el color de respaldo', () => {
    const l = leyenda({ tipo: 'riesgo', categorias: [cat('alta'), cat(null)] }, 0);
    expect(expresionColor(l)).toEqual([
      'match',
      ['coalesce', ['get', 'categoria'], ''],
      'alta',
      '#d7301f',
      SIN_CATEGORIA,
    ]);
    expect(expresionColor([{ valor: null, etiqueta: 'x', color: '#123456' }])).toBe('#123456');
  });
});

describe('consulta por recuadro y zoom', () => {
  it('redondea a 5 decimales, limita a rangos válidos y usa zoom entero', () => {
    expect(consultaEntidades([-75.7123456, 4.8, -75.5, 4.95], 12.7, 3000)).toBe(
      'bbox=-75.71235,4.8,-75.5,4.95&zoom=12&limite=3000',
    );
    expect(consultaEntidades([-200, -95, 10, 95], 30, 99_999)).toBe(
      'bbox=-180,-90,10,90&zoom=22&limite=5000',
    );
    expect(consultaEntidades(null, 0, 10)).toBe('zoom=0&limite=10');
  });
  it('amplía el recuadro y sabe si lo cargado cubre la vista', () => {
    expect(ampliar([0, 0, 10, 10], 0.1)).toEqual([-1, -1, 11, 11]);
    const cargado = { bbox: [-1, -1, 11, 11] as const, zoom: 10, truncado: false };
    const b = { ...cargado, bbox: [...cargado.bbox] as [number, number, number, number] };
    expect(cubre(b, [0, 0, 10, 10], 10.9)).toBe(true);
    expect(cubre(b, [0, 0, 10, 10], 11)).toBe(false);
    expect(cubre(b, [-2, 0, 10, 10], 9)).toBe(false);
    expect(cubre({ ...b, truncado: true }, [0, 0, 1, 1], 10)).toBe(false);
    expect(cubre(null, [0, 0, 1, 1], 10)).toBe(false);
  });
  it('recuadros: unión y extensión de un GeoJSON', () => {
    expect(unirBbox([null, [0, 0, 1, 1], [-1, 0.5, 0.5, 2]])).toEqual([-1, 0, 1, 2]);
    expect(unirBbox([null])).toBeNull();
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-75, 4],
                [-74, 5],
                [-75, 4],
              ],
            ],
          },
        },
      ],
    };
    expect(bboxDe(fc)).toEqual([-75, 4, -74, 5]);
    expect(bboxDe({ features: [] })).toBeNull();
  });
});

describe('tabla paginada', () => {
  const items = Array.from({ length: 53 }, (_, i) => ({ id: i, categoria: i % 2 ? 'alta' : null }));
  it('pagina y ajusta la página al rango', () => {
    expect(paginar(items, 3, 25)).toMatchObject({ pagina: 3, paginas: 3, desde: 51, hasta: 53 });
    expect(paginar(items, 99, 25).pagina).toBe(3);
    expect(paginar(items, 0, 25)).toMatchObject({ pagina: 1, desde: 1, hasta: 25 });
    expect(paginar([], 1, 25)).toMatchObject({ pagina: 1, paginas: 1, desde: 0, hasta: 0 });
  });
  it('filtra por categoría, con «∅» para las entidades sin categoría', () => {
    expect(filtrarCategoria(items, '')).toHaveLength(53);
    expect(filtrarCategoria(items, 'alta')).toHaveLength(26);
    expect(filtrarCategoria(items, '∅')).toHaveLength(27);
  });
  it('hectáreas en formato colombiano', () => {
    expect(formatearHa(1234.5678)).toBe('1.234,57');
    expect(formatearHa(0)).toBe('0,00');
    expect(formatearHa(-3.2)).toBe('−3,20');
  });
});

describe('imagen PNG', () => {
  it('barra de escala redonda que cabe en el ancho', () => {
    expect(metrosPorPixel(0, 0)).toBeCloseTo(78_271.5, 0);
    expect(barraEscala(10, 120)).toEqual({ px: 100, etiqueta: '1 km' });
    expect(barraEscala(3, 120)).toEqual({ px: 67, etiqueta: '200 m' });
    expect(barraEscala(50, 120)).toEqual({ px: 100, etiqueta: '5 km' });
  });
  it('leyenda en columnas bajo el mapa y fuentes al final', () => {
    const d = disenoPng({
      mapaW: 800,
      mapaH: 500,
      leyenda: [1, 2, 3, 4].map((i) => ({ color: '#000', texto: `c${i}` })),
      fuentes: ['a', 'b'],
    });
    expect(d.ancho).toBe(832);
    expect(d.mapa).toEqual({ x: 16, y: 44, w: 800, h: 500 });
    expect(d.leyenda.map((e) => [e.x, e.y])).toEqual([
      [16, 560],
      [276, 560],
      [536, 560],
      [16, 580],
    ]);
    expect(d.fuentes.map((f) => f.y)).toEqual([608, 624]);
    expect(d.alto).toBe(656);
    expect(d.norte.x).toBeLessThan(d.mapa.x + d.mapa.w);
  });
});

describe('tabla cruzada del análisis', () => {
  it('clases por filas, categorías alta-media-baja por columnas, con totales', () => {
    const x = tablaCruzada([
      { clase: 'urbano', claseEtiqueta: 'Suelo urbano', categoria: 'baja', ha: 1 },
      {
        clase: 'urbano',
        claseEtiqueta: 'Suelo urbano',
        categoria: 'alta',
        categoriaEtiqueta: 'Alta',
        ha: 2.5,
      },
      {
        clase: 'rural',
        claseEtiqueta: 'Suelo rural',
        categoria: 'alta',
        categoriaEtiqueta: 'Alta',
        ha: 10,
      },
    ]);
    expect(x.columnas).toEqual([
      { valor: 'alta', etiqueta: 'Alta' },
      { valor: 'baja', etiqueta: 'baja' },
    ]);
    expect(x.filas).toEqual([
      { clase: 'urbano', etiqueta: 'Suelo urbano', celdas: [2.5, 1], total: 3.5 },
      { clase: 'rural', etiqueta: 'Suelo rural', celdas: [10, 0], total: 10 },
    ]);
    expect(x.totales).toEqual([12.5, 1]);
    expect(x.total).toBe(13.5);
  });
});
