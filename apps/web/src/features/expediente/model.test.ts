import { describe, expect, it } from 'vitest';

import { geometriaSerie, leerAnio, leerValor, millones, ordenarIndicadores } from './model';
import type { IndicadorResumen } from './types';

const indicador = (nombre: string, estado: IndicadorResumen['seguimiento']['estado']) =>
  ({ nombre, seguimiento: { estado } }) as IndicadorResumen;

describe('expediente en la web', () => {
  it('pone primero los indicadores rezagados y luego los que no tienen datos', () => {
    const orden = ordenarIndicadores([
      indicador('B', 'cumplida'),
      indicador('A', 'sin_datos'),
      indicador('C', 'rezagada'),
    ]);
    expect(orden.map((i) => i.nombre)).toEqual(['C', 'A', 'B']);
  });

  it('dibuja la serie dentro del margen y la meta a su altura', () => {
    const g = geometriaSerie(
      [
        { anio: 2020, valor: 0 },
        { anio: 2022, valor: 10 },
      ],
      { ancho: 100, alto: 50, margen: 5, meta: 10 },
    );
    expect(g.puntos.map((p) => [p.x, p.y])).toEqual([
      [5, 45],
      [95, 5],
    ]);
    expect(g.yMeta).toBe(5);
    expect(geometriaSerie([], { ancho: 100, alto: 50, margen: 5, meta: null }).puntos).toEqual([]);
  });

  it('lee años y valores como los escribe una oficina, y rechaza lo demás', () => {
    expect(leerAnio('2024')).toBe(2024);
    expect(leerAnio('24')).toBeNull();
    expect(leerValor('4,5')).toBe(4.5);
    expect(leerValor('cuatro')).toBeNull();
    expect(millones(3_400_000_000)).toBe('3.400 millones');
  });
});
