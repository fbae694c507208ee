import { describe, expect, it } from 'vitest';

import {
  calcularDominio,
  claveEstado,
  construirLinea,
  enPeriodo,
  fechaDeConsulta,
  LIENZO,
  ordenarTiposRevision,
  pasoAnios,
  validarPlan,
  xDeFecha,
} from './model';
import type { TipoRevision } from './types';

const X0 = LIENZO.margenIzquierdo;
const X1 = LIENZO.ancho - LIENZO.margenDerecho;

describe('calcularDominio', () => {
  it('va del 1 de enero del primer año al 1 de enero siguiente al último', () => {
    const d = calcularDominio(['2002-03-15', '2027-12-31', 'no es fecha']);
    expect(d).not.toBeNull();
    expect(d?.anioInicio).toBe(2002);
    expect(d?.anioFin).toBe(2028);
    expect(calcularDominio(['x'])).toBeNull();
  });
});

describe('xDeFecha', () => {
  const dominio = calcularDominio(['2020-01-01', '2023-12-31']);
  if (!dominio) throw new Error('dominio');

  it('ubica los extremos del dominio en los márgenes', () => {
    expect(xDeFecha('2020-01-01', dominio)).toBe(X0);
    expect(xDeFecha('2024-01-01', dominio)).toBe(X1);
  });

  it('es proporcional a los días transcurridos', () => {
    const mitad = xDeFecha('2022-01-01', dominio);
    const esperado = X0 + (731 / 1461) * (X1 - X0);
    expect(mitad).toBeCloseTo(esperado, 6);
  });

  it('limita las fechas fuera del dominio y las inválidas', () => {
    expect(xDeFecha('1990-01-01', dominio)).toBe(X0);
    expect(xDeFecha('2090-01-01', dominio)).toBe(X1);
    expect(xDeFecha('nada', dominio)).toBe(X0);
  });

  it('no depende de la zona horaria (acepta ISO completo)', () => {
    expect(xDeFecha('2022-01-01T00:00:00Z', dominio)).toBe(xDeFecha('2022-01-01', dominio));
  });
});

describe('pasoAnios', () => {
  it('espacia las marcas del eje según el lapso', () => {
    expect(pasoAnios(10)).toBe(1);
    expect(pasoAnios(26)).toBe(2);
    expect(pasoAnios(40)).toBe(5);
  });
});

describe('construirLinea', () => {
  const contenidos = [
    { content: 'corto' as const, end: '2007-12-31', expired: true, label: 'Corto plazo' },
    { content: 'mediano' as const, end: '2011-12-31', expired: true, label: 'Mediano plazo' },
    { content: 'largo' as const, end: '2027-12-31', expired: false, label: 'Largo plazo' },
  ];
  const periodos = [
    { start: '2020-01-01', end: '2023-12-31', years: 4 },
    { start: '2024-01-01', end: '2027-12-31', years: 4 },
  ];
  const linea = construirLinea({
    inicio: '2002-03-15',
    contenidos,
    periodos,
    fecha: '2025-06-30',
    hoy: '2025-06-30',
  });

  it('dibuja una barra por contenido, todas desde la fecha base', () => {
    expect(linea?.barras).toHaveLength(3);
    const [corto, mediano, largo] = linea?.barras ?? [];
    expect(corto?.x).toBe(mediano?.x);
    expect(corto?.ancho).toBeLessThan(mediano?.ancho ?? 0);
    expect(mediano?.ancho).toBeLessThan(largo?.ancho ?? 0);
    expect(largo?.vencida).toBe(false);
    expect((largo?.y ?? 0) > (corto?.y ?? 0)).toBe(true);
  });

  it('marca el periodo en curso y la fecha de hoy', () => {
    expect(linea?.periodos.map((p) => p.enCurso)).toEqual([false, true]);
    expect(linea?.periodos[0]?.etiqueta).toBe('2020–2023');
    expect(linea?.marca.esHoy).toBe(true);
    const x2025 = linea?.anios.find((a) => a.anio === 2025)?.x ?? 0;
    const x2026 = linea?.anios.find((a) => a.anio === 2026)?.x ?? Infinity;
    expect(linea?.marca.x).toBeGreaterThan(x2025);
    expect(linea?.marca.x).toBeLessThan(x2026);
  });

  it('distingue la fecha evaluada de hoy', () => {
    const otra = construirLinea({
      inicio: '2002-03-15',
      contenidos,
      periodos,
      fecha: '2030-01-01',
      hoy: '2025-06-30',
    });
    expect(otra?.marca.esHoy).toBe(false);
  });

  it('calcula el alto según el número de barras', () => {
    expect(linea?.alto).toBe(linea ? linea.yEje + LIENZO.altoEje : 0);
  });
});

describe('enPeriodo', () => {
  it('incluye los extremos', () => {
    const p = { start: '2024-01-01', end: '2027-12-31', years: 4 };
    expect(enPeriodo(p, '2024-01-01')).toBe(true);
    expect(enPeriodo(p, '2027-12-31')).toBe(true);
    expect(enPeriodo(p, '2028-01-01')).toBe(false);
  });
});

describe('claveEstado', () => {
  it('traduce el estado a su etiqueta', () => {
    expect(claveEstado({ status: 'vigente' })).toBe('estado.vigente');
    expect(claveEstado({ status: 'vencido' })).toBe('estado.vencido');
    expect(claveEstado(null)).toBeNull();
  });
});

describe('ordenarTiposRevision', () => {
  const tipo = (type: string, open: boolean): TipoRevision => ({
    type,
    label: type,
    open,
    reasons: [],
    mayChange: [],
    requires: [],
    citations: [],
    warnings: [],
  });

  it('pone primero los abiertos, con la propuesta al frente, y conserva el orden', () => {
    const tipos = [tipo('a', false), tipo('b', true), tipo('c', true), tipo('d', false)];
    expect(ordenarTiposRevision(tipos, 'c').map((t) => t.type)).toEqual(['c', 'b', 'a', 'd']);
    expect(ordenarTiposRevision(tipos, null).map((t) => t.type)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('validarPlan', () => {
  const base = {
    instrumento: ' Acuerdo 12 de 2002 ',
    adopcion: '2002-03-15',
    revisionGeneral: '',
    vigenciaLargoPlazoDeclarada: '',
  };

  it('omite los campos opcionales vacíos', () => {
    expect(validarPlan(base)).toEqual({
      ok: true,
      cuerpo: { instrumento: 'Acuerdo 12 de 2002', adopcion: '2002-03-15' },
    });
  });

  it('incluye los opcionales válidos', () => {
    const r = validarPlan({
      ...base,
      revisionGeneral: '2015-06-01',
      vigenciaLargoPlazoDeclarada: '2027-12-31',
    });
    expect(r.ok && r.cuerpo).toEqual({
      instrumento: 'Acuerdo 12 de 2002',
      adopcion: '2002-03-15',
      revisionGeneral: '2015-06-01',
      vigenciaLargoPlazoDeclarada: '2027-12-31',
    });
  });

  it('rechaza faltantes y fechas inválidas', () => {
    expect(validarPlan({ ...base, instrumento: ' ' })).toEqual({
      ok: false,
      clave: 'registro.faltan',
    });
    expect(validarPlan({ ...base, adopcion: '15/03/2002' })).toEqual({
      ok: false,
      clave: 'registro.faltan',
    });
    expect(validarPlan({ ...base, revisionGeneral: '2015-02-30' })).toEqual({
      ok: false,
      clave: 'registro.fechaInvalida',
    });
  });
});

describe('fechaDeConsulta', () => {
  it('solo acepta fechas válidas', () => {
    expect(fechaDeConsulta('2025-06-30')).toBe('2025-06-30');
    expect(fechaDeConsulta('ayer')).toBeNull();
    expect(fechaDeConsulta(null)).toBeNull();
  });
});
