import { describe, expect, it } from 'vitest';

import {
  consultaBanco,
  consultaDeRiesgo,
  conteoResumen,
  cuerpoCaso,
  municipiosCuracion,
  pesos,
  puedeEditar,
  puedeSolicitar,
} from './model';
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
  it('lists where the session curates the bank, advisors marked', () => {
    const sesion = {
      membresias: [
        { municipio: { codigo: '25899', nombre: 'Zipaquirá' }, rol: 'asesor' },
        { municipio: { codigo: '66682', nombre: 'Santa Rosa' }, rol: 'planeacion' },
        { municipio: { codigo: '05001', nombre: 'Medellín' }, rol: 'ciudadano' },
      ],
    };
    expect(municipiosCuracion(sesion)).toEqual([
      { codigo: '25899', nombre: 'Zipaquirá', asesor: true },
      { codigo: '66682', nombre: 'Santa Rosa', asesor: false },
    ]);
  });
  it('builds a case body with numbers parsed and empty fields left out', () => {
    expect(
      cuerpoCaso({
        tipoPlan: 'EOT',
        tipoRevision: 'revision_general',
        resultado: 'adoptado',
        costoCop: '900.000.000',
        anioCosto: '2021',
        acto: '',
        fuente: ' Acta ',
      }),
    ).toEqual({
      tipoPlan: 'EOT',
      tipoRevision: 'revision_general',
      resultado: 'adoptado',
      costoCop: 900000000,
      anioCosto: 2021,
      fuente: 'Acta',
    });
  });
  it('turns a risk title into an «or» search of its longer words', () => {
    expect(consultaDeRiesgo('Sin estudios básicos de amenaza por inundación')).toBe(
      'estudios or básicos or amenaza or inundación',
    );
  });
});
