import { describe, expect, it } from 'vitest';

import type { Sesion } from '../sesion/types';
import {
  accionesRonda,
  actaIncompleta,
  advertenciasDe,
  citasDe,
  conceptoIncompleto,
  esPlanillaEscaneada,
  esTablaAsistencia,
  parrafos,
  type Permisos,
  permisosEn,
  puedeRadicarRonda,
  sumaAsistentes,
  tamanoLegible,
  totalValido,
} from './espacio-model';

const sesion = (roles: [string, string][], admin = false): Sesion => ({
  usuario: { id: 'u', email: 'u@x.co', nombre: 'U', esAdministrador: admin },
  membresias: roles.map(([codigo, rol]) => ({
    municipio: { codigo, nombre: codigo, departamento: 'D' },
    rol,
    rolEtiqueta: rol,
  })),
});
const nadie: Permisos = { oficina: false, car: false, ctp: false, concejo: false };

describe('permisosEn', () => {
  it('reads the roles held in this municipality only', () => {
    const s = sesion([
      ['25899', 'planeacion'],
      ['25899', 'concejo'],
      ['11001', 'autoridad_ambiental'],
    ]);
    expect(permisosEn(s, '25899')).toEqual({
      oficina: true,
      car: false,
      ctp: false,
      concejo: true,
    });
    expect(permisosEn(s, '11001')).toEqual({ ...nadie, car: true });
  });
  it('treats a platform administrator as the office and nobody signed in as no one', () => {
    expect(permisosEn(sesion([], true), '25899').oficina).toBe(true);
    expect(permisosEn(null, '25899')).toEqual(nadie);
    expect(permisosEn(sesion([['25899', 'ciudadano']]), '25899')).toEqual(nadie);
    expect(permisosEn(sesion([['25899', 'consejo_territorial']]), '25899').ctp).toBe(true);
  });
});

describe('citas y advertencias', () => {
  it('maps the API citation names to the citation component', () => {
    expect(
      citasDe([{ norma: 'Ley 388 de 1997', articulo: '24', url: null, nota: 'Nota' }]),
    ).toEqual([{ norm: 'Ley 388 de 1997', article: '24', note: 'Nota' }]);
    expect(citasDe(undefined)).toEqual([]);
  });
  it('keeps warnings with the same code apart', () => {
    const a = { codigo: 'X', mensaje: 'm', citas: [] };
    const r = advertenciasDe([a, a]);
    expect(new Set(r.map((x) => x.code)).size).toBe(2);
    expect(r[0]).toMatchObject({ message: 'm', citations: [] });
  });
});

describe('asistencia', () => {
  it('tells a scanned sheet from a table', () => {
    expect(esPlanillaEscaneada('planilla.PDF')).toBe(true);
    expect(esPlanillaEscaneada('foto.jpeg')).toBe(true);
    expect(esPlanillaEscaneada('lista.csv')).toBe(false);
    expect(esTablaAsistencia('lista.xlsx')).toBe(true);
    expect(esTablaAsistencia('lista.xls')).toBe(false);
  });
  it('accepts a typed total from 1 to 999 999', () => {
    expect(totalValido(' 42 ')).toBe(42);
    expect(totalValido('0')).toBeNull();
    expect(totalValido('-3')).toBeNull();
    expect(totalValido('4.5')).toBeNull();
    expect(totalValido('1000000')).toBeNull();
    expect(totalValido('')).toBeNull();
  });
  it('adds the attendance of the events', () => {
    expect(
      sumaAsistentes([{ asistentes: 10 }, { asistentes: 5 }, { asistentes: Number.NaN }]),
    ).toBe(15);
    expect(sumaAsistentes([])).toBe(0);
  });
});

describe('rondas con la CAR', () => {
  it('offers each role only what the round state allows', () => {
    const car = { ...nadie, car: true };
    const oficina = { ...nadie, oficina: true };
    expect(accionesRonda('radicada', car)).toMatchObject({ observar: true, acta: true });
    expect(accionesRonda('radicada', oficina)).toMatchObject({
      observar: false,
      responder: false,
      acta: true,
    });
    expect(accionesRonda('con_observaciones', oficina)).toMatchObject({
      responder: true,
      acta: false,
    });
    expect(accionesRonda('con_observaciones', car)).toMatchObject({ observarMas: true });
    expect(accionesRonda('concertada', car)).toMatchObject({
      observar: false,
      acta: false,
      cerrada: true,
    });
    expect(accionesRonda('radicada', nadie)).toMatchObject({ observar: false, acta: false });
  });
  it('lets the office file a new round only when the last one is closed', () => {
    const oficina = { ...nadie, oficina: true };
    expect(puedeRadicarRonda([], oficina)).toBe(true);
    expect(puedeRadicarRonda([{ estado: 'respondida' }], oficina)).toBe(false);
    expect(puedeRadicarRonda([{ estado: 'no_concertada' }], oficina)).toBe(true);
    expect(puedeRadicarRonda([], { ...nadie, car: true })).toBe(false);
  });
  it('asks for the points of disagreement of a partial or failed acta', () => {
    expect(actaIncompleta('total', '')).toBe(false);
    expect(actaIncompleta('parcial', '  ')).toBe(true);
    expect(actaIncompleta('sin_acuerdo', 'Ronda hídrica')).toBe(false);
  });
});

describe('otros', () => {
  it('wants the CTP concept with both its text and its date, or neither', () => {
    expect(conceptoIncompleto('', '')).toBe(false);
    expect(conceptoIncompleto('2026-01-02', 'Concepto favorable')).toBe(false);
    expect(conceptoIncompleto('2026-01-02', ' ')).toBe(true);
    expect(conceptoIncompleto('', 'Concepto')).toBe(true);
  });
  it('splits paragraphs and sizes files', () => {
    expect(parrafos('uno\n\n  dos \n\n\n')).toEqual(['uno', 'dos']);
    expect(tamanoLegible(2_400_000)).toBe('2,4 MB');
    expect(tamanoLegible(830_000)).toBe('830 KB');
    expect(tamanoLegible(10)).toBe('1 KB');
  });
});
