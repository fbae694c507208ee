import { describe, expect, it } from 'vitest';

import { consultaBanco, conteoResumen, pesos, puedeEditar, puedeSolicitar } from './model';
import type { Preparacion } from './types';

const base = {
  items: [
    { id: 'a', estado: 'falta' },
    { id: 'b', estado: 'tiene' },
    { id: 'c', estado: 'desactualizado' },
  ],
  solicitudes: [{ itemId: 'c', estado: 'radicada' }],
  resumen: { tiene: ['b'], desactualizado: ['c'], falta: ['a'], sin_revisar: [] },
} as unknown as Preparacion;

describe('preparación — modelo', () => {
  it('formatea pesos con punto de miles', () => {
    expect(pesos(4135956000)).toBe('$4.135.956.000');
    expect(pesos(999)).toBe('$999');
  });
  it('cuenta lo que tiene y lo que falta', () => {
    expect(conteoResumen(base)).toEqual({ tiene: 1, desactualizado: 1, falta: 1, sinRevisar: 0 });
  });
  it('solo ofrece pedir lo que falta y no tiene una solicitud abierta', () => {
    expect(puedeSolicitar(base, 'a')).toBe(true);
    expect(puedeSolicitar(base, 'b')).toBe(false);
    expect(puedeSolicitar(base, 'c')).toBe(false);
  });
  it('deja editar a alcaldía, planeación y administradores', () => {
    expect(puedeEditar(['planeacion'], false)).toBe(true);
    expect(puedeEditar(['consultor'], false)).toBe(false);
    expect(puedeEditar([], true)).toBe(true);
  });
  it('arma la consulta del banco solo con filtros llenos', () => {
    expect(consultaBanco({ texto: 'inundación', tipoPlan: '' })).toBe('?texto=inundaci%C3%B3n');
    expect(consultaBanco({})).toBe('');
  });
});
