import { describe, expect, it } from 'vitest';

import {
  agregarVertice,
  construirGeometria,
  enlaceDelFragmento,
  enlaceSeguimiento,
  normalizarDocumentos,
  paginar,
  problemaAporte,
  type Vertice,
} from './model';

const A: Vertice = [-74.0, 5.02];
const B: Vertice = [-73.99, 5.03];
const C: Vertice = [-73.98, 5.01];

describe('construirGeometria', () => {
  it('un punto toma el último vértice marcado', () => {
    expect(construirGeometria('Point', [])).toBeNull();
    expect(agregarVertice('Point', [A], B)).toEqual([B]);
    expect(construirGeometria('Point', [B])).toEqual({
      type: 'Point',
      coordinates: [-73.99, 5.03],
    });
  });

  it('una línea necesita al menos 2 vértices', () => {
    expect(construirGeometria('LineString', [A])).toBeNull();
    expect(construirGeometria('LineString', agregarVertice('LineString', [A], B))).toEqual({
      type: 'LineString',
      coordinates: [
        [-74, 5.02],
        [-73.99, 5.03],
      ],
    });
  });

  it('un polígono necesita 3 vértices y cierra su anillo', () => {
    expect(construirGeometria('Polygon', [A, B])).toBeNull();
    const g = construirGeometria('Polygon', [A, B, C]);
    expect(g?.type).toBe('Polygon');
    const anillo = g?.type === 'Polygon' ? g.coordinates[0] : [];
    expect(anillo).toHaveLength(4);
    expect(anillo?.[0]).toEqual(anillo?.at(-1));
  });

  it('no repite el cierre si el último vértice ya es el primero', () => {
    const g = construirGeometria('Polygon', [A, B, C, A]);
    expect(g?.type === 'Polygon' ? g.coordinates[0] : []).toHaveLength(4);
    expect(construirGeometria('Polygon', [A, B, A])).toBeNull();
  });

  it('redondea a 7 decimales', () => {
    const g = construirGeometria('Point', [[-74.123456789, 5.000000049]]);
    expect(g).toEqual({ type: 'Point', coordinates: [-74.1234568, 5] });
  });
});

describe('paginar', () => {
  const filas = Array.from({ length: 60 }, (_, i) => i);
  it('25 filas por página, acotado a las páginas que existen', () => {
    expect(paginar(filas, 0)).toMatchObject({ pagina: 0, paginas: 3, desde: 1, hasta: 25 });
    expect(paginar(filas, 2).filas).toEqual([50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
    expect(paginar(filas, 9)).toMatchObject({ pagina: 2, desde: 51, hasta: 60 });
    expect(paginar([], 0)).toMatchObject({ pagina: 0, paginas: 1, desde: 0, hasta: 0 });
  });
});

describe('problemaAporte', () => {
  const base = { texto: 'Una observación válida', correo: 'a@b.co', consiente: true, adjuntos: 0 };
  it('valida texto, correo, consentimiento y adjuntos', () => {
    expect(problemaAporte({ ...base, conSesion: false })).toBeNull();
    expect(problemaAporte({ ...base, texto: '  corto   ', conSesion: false })).toBe('texto');
    expect(problemaAporte({ ...base, texto: 'x'.repeat(10_001), conSesion: false })).toBe('texto');
    expect(problemaAporte({ ...base, correo: '', conSesion: false })).toBe('correo');
    expect(problemaAporte({ ...base, correo: 'no-es-correo', conSesion: true })).toBe('correo');
    expect(problemaAporte({ ...base, consiente: false, conSesion: false })).toBe('consentimiento');
    expect(problemaAporte({ ...base, adjuntos: 4, conSesion: false })).toBe('adjuntos');
  });
  it('con sesión el correo es opcional, y sin correo no hace falta consentimiento', () => {
    expect(problemaAporte({ ...base, correo: '', consiente: false, conSesion: true })).toBeNull();
  });
});

describe('enlaces', () => {
  it('lee el fragmento', () => {
    expect(enlaceDelFragmento('#A-000123.abc%2Bdef')).toBe('A-000123.abc+def');
    expect(enlaceDelFragmento('')).toBe('');
    expect(enlaceDelFragmento('#%E0%A4%A')).toBe('%E0%A4%A');
  });
  it('completa un fragmento suelto como enlace de seguimiento', () => {
    expect(enlaceSeguimiento('25899', 'A-1.tok')).toBe(
      '/publico/25899/participa/seguimiento#A-1.tok',
    );
    expect(enlaceSeguimiento('25899', 'https://x.co/s#a')).toBe('https://x.co/s#a');
    expect(enlaceSeguimiento('25899', '/publico/25899/participa/seguimiento#a')).toBe(
      '/publico/25899/participa/seguimiento#a',
    );
  });
});

describe('normalizarDocumentos', () => {
  it('acepta lista o { documentos } y arma el enlace de descarga del contrato', () => {
    const cuerpo = {
      documentos: [{ id: 'd1', titulo: 'Formulación', version: 2, fecha: '2026-03-01' }],
    };
    expect(normalizarDocumentos('25899', cuerpo)).toEqual([
      {
        id: 'd1',
        titulo: 'Formulación',
        version: '2',
        fecha: '2026-03-01',
        archivo: '/api/v1/publico/25899/participacion/documentos/d1/archivo',
      },
    ]);
    expect(normalizarDocumentos('25899', [{ titulo: 'sin id' }])).toEqual([]);
    expect(normalizarDocumentos('25899', null)).toEqual([]);
  });
});
