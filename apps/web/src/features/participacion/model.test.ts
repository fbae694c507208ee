import { describe, expect, it } from 'vitest';

import {
  consultaAportes,
  cuerpoRespuesta,
  estadoVencimiento,
  faltaEnRespuesta,
  FILTROS_VACIOS,
  hayFiltros,
  pestanaValida,
  resumenLugar,
  tamano,
} from './model';

describe('consultaAportes', () => {
  it('omite los filtros vacíos y pone el límite', () => {
    expect(consultaAportes(FILTROS_VACIOS)).toBe('limite=25');
  });
  it('lleva filtros recortados y el cursor', () => {
    const q = consultaAportes(
      { ...FILTROS_VACIOS, estado: 'recibido', q: '  ronda del río ', grupo: 'G-2' },
      { despues: 'abc', limite: 10 },
    );
    const p = new URLSearchParams(q);
    expect(p.get('estado')).toBe('recibido');
    expect(p.get('q')).toBe('ronda del río');
    expect(p.get('grupo')).toBe('G-2');
    expect(p.get('despues')).toBe('abc');
    expect(p.get('limite')).toBe('10');
    expect(p.has('origen')).toBe(false);
  });
  it('hayFiltros ignora los espacios', () => {
    expect(hayFiltros({ ...FILTROS_VACIOS, q: '  ' })).toBe(false);
    expect(hayFiltros({ ...FILTROS_VACIOS, tema: 'Agua' })).toBe(true);
  });
});

describe('respuesta', () => {
  const base = {
    resultado: 'no_aceptado',
    razones: 'El predio está en zona de amenaza alta.',
    documentoVersion: '',
    articulo: '',
    elementoMapa: '',
  };
  it('exige resultado y razones de al menos 20 caracteres', () => {
    expect(faltaEnRespuesta({ ...base, resultado: '' })).toBe('resultado');
    expect(faltaEnRespuesta({ ...base, razones: '   corto   ' })).toBe('razones');
    expect(faltaEnRespuesta(base)).toBeNull();
  });
  it('una respuesta que acepta pide versión y artículo, o elemento del mapa', () => {
    const acepta = { ...base, resultado: 'aceptado' };
    expect(faltaEnRespuesta(acepta)).toBe('cambio');
    expect(faltaEnRespuesta({ ...acepta, documentoVersion: 'v2' })).toBe('cambio');
    expect(faltaEnRespuesta({ ...acepta, documentoVersion: 'v2', articulo: '12' })).toBeNull();
    expect(
      faltaEnRespuesta({ ...acepta, resultado: 'aceptado_parcial', elementoMapa: 'Z-1' }),
    ).toBe(null);
  });
  it('el cuerpo no lleva campos vacíos ni cambio cuando no acepta', () => {
    expect(cuerpoRespuesta({ ...base, articulo: '12' }, false)).toEqual({
      resultado: 'no_aceptado',
      razones: base.razones,
    });
    expect(
      cuerpoRespuesta({ ...base, resultado: 'aceptado', elementoMapa: ' Z-1 ' }, true),
    ).toEqual({
      resultado: 'aceptado',
      razones: base.razones,
      elementoMapa: 'Z-1',
      todoElGrupo: true,
    });
  });
});

describe('estadoVencimiento', () => {
  it('sin plazo no hay estado', () => {
    expect(estadoVencimiento(null, '2026-03-10', 'recibido')).toBeNull();
  });
  it('vencido, hoy, pronto y vigente', () => {
    expect(estadoVencimiento('2026-03-09', '2026-03-10', 'recibido')).toBe('vencido');
    expect(estadoVencimiento('2026-03-10', '2026-03-10', 'clasificado')).toBe('hoy');
    expect(estadoVencimiento('2026-03-13', '2026-03-10', 'agrupado')).toBe('pronto');
    expect(estadoVencimiento('2026-03-20', '2026-03-10', 'recibido')).toBe('vigente');
  });
  it('un aporte ya respondido no está vencido', () => {
    expect(estadoVencimiento('2026-01-01', '2026-03-10', 'respondido')).toBe('atendido');
  });
});

describe('resumenLugar', () => {
  it('un punto', () => {
    expect(resumenLugar({ type: 'Point', coordinates: [-74.004, 5.0221] })).toEqual({
      tipo: 'Point',
      vertices: 1,
      centro: [-74.004, 5.0221],
    });
  });
  it('un polígono cuenta su anillo sin repetir el cierre', () => {
    const r = resumenLugar({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    });
    expect(r).toEqual({ tipo: 'Polygon', vertices: 4, centro: [1, 1] });
  });
  it('no es GeoJSON', () => {
    expect(resumenLugar(null)).toBeNull();
    expect(resumenLugar('x')).toBeNull();
  });
});

describe('utilidades', () => {
  it('pestanaValida cae en la primera', () => {
    expect(pestanaValida('car', ['aportes', 'car'])).toBe('car');
    expect(pestanaValida('otra', ['aportes', 'car'])).toBe('aportes');
    expect(pestanaValida(null, ['aportes'])).toBe('aportes');
  });
  it('tamano', () => {
    expect(tamano(500)).toBe('1 KB');
    expect(tamano(1_572_864)).toBe('1,5 MB');
  });
});
